import { Alert, Button, Card, DatePicker, Form, Input, Select, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Incident } from '../api.js';
import { afterCbToday, cbTodayDayjs } from '../cb-time.js';
import { useSave, useSession, useShowError } from '../session.js';
import { IncidentTable } from './IncidentsPage.js';

/** 事件自报: a certified client tells the CB of its own major incident (SPEC §5). */
export function SelfReportPage() {
  const { t } = useTranslation();
  const { lang } = useSession();
  const showError = useShowError();
  const [form] = Form.useForm();
  const [mine, setMine] = useState<Incident[] | null>(null);
  const load = useCallback(() => api('GET', '/api/incidents').then(setMine, showError), [showError]);
  const { saving, save } = useSave(() => {
    form.resetFields();
    void load();
  });
  useEffect(() => {
    void load();
  }, [load]);

  async function submit() {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await save(() => api('POST', '/api/portal/incidents', { body: { ...v, eventOn: v.eventOn.format('YYYY-MM-DD') } }));
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card title={t('selfReport.title')}>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('selfReport.intro')} />
        <Form form={form} layout="vertical" initialValues={{ kind: 'quality', eventOn: cbTodayDayjs() }} style={{ maxWidth: 720 }}>
          <Space>
            <Form.Item name="eventOn" label={t('risk.eventOn')} rules={[{ required: true }]}>
              <DatePicker disabledDate={afterCbToday} />
            </Form.Item>
            <Form.Item name="kind" label={t('risk.fields.kind')}>
              <Select
                style={{ width: 140 }}
                options={(['quality', 'environment', 'safety', 'other'] as const).map((k) => ({
                  value: k,
                  label: t(`riskKinds.${k}`),
                  title: t(`riskKinds.${k}`),
                }))}
              />
            </Form.Item>
          </Space>
          <Form.Item name="text" label={t('risk.fields.text')} rules={[{ required: true, max: 5000 }]}>
            <Input.TextArea rows={5} />
          </Form.Item>
          <Button type="primary" loading={saving} onClick={submit}>
            {t('selfReport.submit')}
          </Button>
        </Form>
      </Card>
      <Card title={t('selfReport.mine')}>
        <IncidentTable rows={mine} lang={lang} />
      </Card>
    </Space>
  );
}
