import { Alert, Button, Checkbox, DatePicker, Descriptions, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, grades, type Audit, type ClientClassification, type Evaluation } from '../api.js';
import { afterCbToday, cbTodayDayjs } from '../cb-time.js';
import { useSave, useSession, useShowError } from '../session.js';

const overrideKeys = ['bad_record', 'certificate_only', 'leading'] as const;
const sources = ['annual', 'audit', 'risk', 'adjustment'] as const;
export const gradeColor = (g: string | null) => (!g ? 'default' : g.startsWith('A') ? 'green' : g.startsWith('B') ? 'blue' : 'red');

/** 分类评价 tab of a client: its grade, the history, and the evaluation form over the items of the systems it holds. */
export function ClassificationPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { may, lang } = useSession();
  const showError = useShowError();
  const [data, setData] = useState<ClientClassification | null>(null);
  const [open, setOpen] = useState(false);
  const load = useCallback(() => {
    api('GET', '/api/clients/{id}/classification', { path: { id: clientId } }).then(setData, showError);
  }, [clientId, showError]);
  useEffect(load, [load]);
  if (!data) return null;

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Typography.Text>{t('classification.currentGrade')}</Typography.Text>
        <Tag color={gradeColor(data.grade)} data-testid="client-grade">
          {data.grade ?? '—'}
        </Tag>
        {may('classification:write') && data.systems.length > 0 && (
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('classification.evaluate')}
          </Button>
        )}
      </Space>
      {data.systems.length === 0 && <Alert type="info" message={t('classification.noSystem')} />}
      <Typography.Text type="secondary">{t('classification.rule')}</Typography.Text>
      <Table<Evaluation>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data.history}
        columns={[
          { title: t('classification.evaluatedOn'), dataIndex: 'evaluatedOn', width: 110 },
          { title: t('classification.source'), width: 130, render: (_, e) => t(`classification.sources.${e.source}`) },
          {
            title: t('classification.systemGrade'),
            render: (_, e) =>
              Object.entries(e.systemGrades).map(([s, g]) => (
                <Tag key={s}>
                  {s} {g}
                </Tag>
              )),
          },
          {
            title: t('classification.overrides'),
            render: (_, e) => e.overrides.map((o) => <Tag key={o}>{t(`classification.overrideNames.${o}`)}</Tag>),
          },
          {
            title: t('classification.overall'),
            width: 90,
            render: (_, e) => <Tag color={gradeColor(e.overallGrade)}>{e.overallGrade}</Tag>,
          },
          { title: t('classification.note'), dataIndex: 'note' },
          { title: t('classification.evaluatedBy'), dataIndex: 'evaluatedBy', width: 100 },
        ]}
      />
      {open && (
        <EvaluateModal
          clientId={clientId}
          data={data}
          lang={lang}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            load();
          }}
        />
      )}
    </Space>
  );
}

function EvaluateModal({
  clientId,
  data,
  lang,
  onClose,
  onDone,
}: {
  clientId: string;
  data: ClientClassification;
  lang: 'zh' | 'en';
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { saving, save } = useSave(onDone);
  const showError = useShowError();
  const last = data.history[0];
  const source = Form.useWatch('source', form);
  const [audits, setAudits] = useState<Audit[]>([]);
  useEffect(() => {
    api('GET', '/api/clients/{id}/programmes', { path: { id: clientId } }).then(
      (ps) =>
        setAudits(
          ps
            .flatMap((p) => p.audits)
            .filter((a) => a.status === 'held' && ['QMS', 'EMS', 'OHSMS'].includes(ps.find((p) => p.id === a.programmeId)!.field)),
        ),
      showError,
    );
  }, [clientId, showError]);
  return (
    <Modal
      open
      width={720}
      title={t('classification.evaluate')}
      onCancel={onClose}
      okText={t('common.save')}
      confirmLoading={saving}
      onOk={() =>
        form.validateFields().then((v) =>
          save(() =>
            api('POST', '/api/clients/{id}/evaluations', {
              path: { id: clientId },
              body: {
                source: v.source,
                evaluatedOn: v.evaluatedOn ? v.evaluatedOn.format('YYYY-MM-DD') : null,
                auditId: v.source === 'audit' ? v.auditId : null,
                // only the items in use now: the last grading may hold items switched off since
                itemGrades: Object.fromEntries(data.items.map((i) => [i.code, v.itemGrades[i.code]])),
                overrides: v.overrides ?? [],
                note: v.note,
              },
            }),
          ),
        )
      }
    >
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ span: 10 }}
        initialValues={{
          source: 'annual',
          evaluatedOn: cbTodayDayjs(),
          itemGrades: last?.itemGrades ?? {},
          overrides: data.badRecord.length ? ['bad_record'] : [],
        }}
      >
        <Form.Item name="source" label={t('classification.source')} rules={[{ required: true }]}>
          <Select
            options={sources.map((s) => ({ value: s, label: t(`classification.sources.${s}`), title: t(`classification.sources.${s}`) }))}
          />
        </Form.Item>
        {source === 'audit' && (
          <Form.Item name="auditId" label={t('classification.audit')} rules={[{ required: true }]}>
            <Select
              options={audits.map((a) => {
                const label = `${a.actualEnd} ${t(`auditTypes.${a.type}`)}`;
                return { value: a.id, label, title: label };
              })}
            />
          </Form.Item>
        )}
        <Form.Item name="evaluatedOn" label={t('classification.evaluatedOn')}>
          <DatePicker disabledDate={afterCbToday} />
        </Form.Item>
        {data.systems.map((system) => (
          <Descriptions key={system} size="small" bordered column={1} title={system} style={{ marginBottom: 12 }}>
            {data.items
              .filter((i) => i.system === system)
              .map((item) => (
                <Descriptions.Item key={item.code} label={lang === 'en' ? item.nameEn : item.nameZh}>
                  <Form.Item name={['itemGrades', item.code]} rules={[{ required: true }]} noStyle>
                    <Select
                      style={{ width: 100 }}
                      data-testid={`grade-${item.code}`}
                      options={grades.map((g) => ({ value: g, label: g, title: g }))}
                    />
                  </Form.Item>
                </Descriptions.Item>
              ))}
          </Descriptions>
        ))}
        {data.badRecord.length > 0 && (
          <Alert
            type="warning"
            style={{ marginBottom: 12 }}
            message={`${t('classification.badRecordFound')} ${data.badRecord.map((b) => `${b.on} ${t(`classification.badRecordBasis.${b.basis}`)} ${b.basis === 'incident' ? t(`riskKinds.${b.detail}`) : b.detail}`).join('；')}`}
          />
        )}
        <Form.Item name="overrides" label={t('classification.overrides')}>
          <Checkbox.Group options={overrideKeys.map((o) => ({ value: o, label: t(`classification.overrideNames.${o}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('classification.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
