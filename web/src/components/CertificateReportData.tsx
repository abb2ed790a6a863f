import { Alert, App as AntApp, Button, Descriptions, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type CertificateDetail } from '../api.js';
import { codeOptions, codeWords } from '../cnca-codes.js';
import { formFieldErrors, useSession, useShowError } from '../session.js';

/**
 * 上报信息: what the CNCA monthly report asks of a certificate. The base audit time is IAF MD 5's
 * unless staff give another figure with its reason (the server decides, and says so when refused).
 */
export function CertificateReportData({
  certificate: c,
  onChanged,
}: {
  certificate: CertificateDetail;
  onChanged: (c: CertificateDetail) => void;
}) {
  const { t } = useTranslation();
  const { lang, may } = useSession();
  const [editing, setEditing] = useState(false);
  // the portal is not sent the CB's risk rating or audit time
  if (c.baseAuditDaysByTable === undefined) return null;
  const afterSales = c.scheme === 'after_sales';
  const days = c.baseAuditDays === null ? '—' : t('reportData.days', { n: c.baseAuditDays });
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('reportData.title')}
        {may('certificates:reissue') && (
          <Button size="small" style={{ marginLeft: 12 }} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        )}
      </Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} data-testid="certificate-report-data">
        <Descriptions.Item label={t('reportData.coveredEmployees')}>{c.coveredEmployees ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('reportData.riskLevel')}>{codeWords('riskLevel', c.riskLevel, lang) || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('reportData.baseAuditDays')} span={afterSales ? 1 : 2}>
          {days}
          {c.baseAuditDays !== null && c.baseAuditDaysReason === null && c.baseAuditDaysByTable !== null && (
            <Typography.Text type="secondary">（{t('reportData.byTable')}）</Typography.Text>
          )}
          {c.baseAuditDaysReason && (
            <div>
              {t('reportData.reason')}：{c.baseAuditDaysReason}
            </div>
          )}
        </Descriptions.Item>
        {afterSales && <Descriptions.Item label={t('reportData.serviceAreaCode')}>{c.serviceAreaCode ?? '—'}</Descriptions.Item>}
      </Descriptions>
      {editing && (
        <ReportDataModal
          certificate={c}
          onClose={() => setEditing(false)}
          onSaved={(updated) => {
            setEditing(false);
            onChanged(updated);
          }}
        />
      )}
    </>
  );
}

function ReportDataModal({
  certificate: c,
  onClose,
  onSaved,
}: {
  certificate: CertificateDetail;
  onClose: () => void;
  onSaved: (c: CertificateDetail) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const { message } = AntApp.useApp();
  const showError = useShowError();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const afterSales = c.scheme === 'after_sales';

  useEffect(() => {
    form.setFieldsValue({
      coveredEmployees: c.coveredEmployees,
      riskLevel: c.riskLevel,
      // a figure of the table's own is left for the server to recompute
      baseAuditDays: c.baseAuditDaysReason ? c.baseAuditDays : null,
      baseAuditDaysReason: c.baseAuditDaysReason,
      serviceAreaCode: c.serviceAreaCode,
    });
  }, [c, form]);

  async function save() {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSaving(true);
    try {
      const saved = await api('POST', '/api/certificates/{id}/report-data', {
        path: { id: c.id },
        body: {
          version: c.version,
          coveredEmployees: v.coveredEmployees,
          riskLevel: v.riskLevel ?? null,
          baseAuditDays: v.baseAuditDays ?? null,
          baseAuditDaysReason: v.baseAuditDaysReason?.trim() || null,
          serviceAreaCode: afterSales ? v.serviceAreaCode?.trim() || null : null,
        },
      });
      void message.success(t('common.saved'));
      onSaved(saved);
    } catch (err) {
      form.setFields(formFieldErrors(err, lang));
      showError(err);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={`${t('reportData.title')} — ${c.certificateNo}`}
      onCancel={onClose}
      onOk={save}
      confirmLoading={saving}
      okText={t('common.save')}
    >
      <Alert type="info" showIcon message={t('reportData.hint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" data-testid="report-data-form">
        <Form.Item name="coveredEmployees" label={t('reportData.coveredEmployees')} rules={[{ required: true }]}>
          <InputNumber min={1} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="riskLevel" label={t('reportData.riskLevel')}>
          <Select allowClear style={{ width: 200 }} options={codeOptions('riskLevel', lang)} />
        </Form.Item>
        <Form.Item name="baseAuditDays" label={t('reportData.baseAuditDays')} extra={t('reportData.daysHint')}>
          <InputNumber min={0.5} max={999} step={0.5} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="baseAuditDaysReason" label={t('reportData.reason')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        {afterSales && (
          <Form.Item name="serviceAreaCode" label={t('reportData.serviceAreaCode')}>
            <Input maxLength={3} style={{ width: 120 }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
