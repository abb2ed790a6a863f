import { App as AntApp, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { codeOptions } from '../cnca-codes.js';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Branch, type Client, type RequestBody } from '../api.js';
import { formFieldErrors, pick, useSession } from '../session.js';

// status, grade, certificate numbers and the actual surveillance date have doors of their own (loss record, classification, certificates, audits)
const dateFields = ['applicationAcceptedOn', 'initialAuditOn', 'plannedSurveillanceOn'] as const;
const feeFields = ['initialAuditFee', 'surveillanceFee'] as const;

type FormValues = Record<string, unknown>;

function toForm(c: Client): FormValues {
  const values: FormValues = { ...c };
  for (const f of dateFields) values[f] = c[f] ? dayjs(c[f]) : null;
  return values;
}

/** The form's values as the API takes them; `fees` are the fee fields the form shows (none for a role that may not see them). */
function fromForm(values: FormValues, fees: readonly string[]): FormValues {
  const out: FormValues = { ...values };
  for (const f of dateFields) out[f] = values[f] ? (values[f] as Dayjs).format('YYYY-MM-DD') : null;
  for (const f of ['postcode', 'contactPerson', 'phone', 'email', 'scope', 'legalRepresentative'])
    if (out[f] === '' || out[f] === undefined) out[f] = null;
  for (const f of ['organisationType', 'registeredCapital', 'registeredCapitalCurrency', 'employeeCount'])
    if (out[f] === undefined) out[f] = null;
  for (const f of fees) if (out[f] === undefined) out[f] = null;
  return out;
}

/** Creates a client (no `client`) or edits one; server field errors appear beside their fields. */
export function ClientFormModal({
  open,
  client,
  branches,
  onClose,
  onSaved,
}: {
  open: boolean;
  client?: Client;
  branches: Branch[];
  onClose: () => void;
  onSaved: (c: Client) => void;
}) {
  const { t } = useTranslation();
  const { lang, me, hides } = useSession();
  const { message } = AntApp.useApp();
  // a fee the server does not send this role is not on its form either (and so never sent back as cleared)
  const fees = feeFields.filter((f) => !hides('client', f));
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (client) form.setFieldsValue(toForm(client));
    else
      form.setFieldsValue({
        vip: false,
        confidential: false,
        branchId: me.branchId ?? undefined,
        formerNames: [],
        technicalAreaCodes: [],
        industryCodes: [],
        registeredCapitalCurrency: '01',
      });
  }, [open, client, form, me.branchId]);

  async function save() {
    // the form's fields are the create body's (the server checks every value)
    // a field left empty or wrong is marked on the form: nothing more to report
    const filled = await form.validateFields().catch(() => null);
    if (!filled) return;
    const values = fromForm(filled, fees) as RequestBody<'/api/clients', 'POST'>;
    setSaving(true);
    try {
      const saved = client
        ? await api('PATCH', '/api/clients/{id}', { path: { id: client.id }, body: { ...values, version: client.version } })
        : await api('POST', '/api/clients', { body: values });
      void message.success(t('common.saved'));
      onSaved(saved);
    } catch (err) {
      form.setFields(formFieldErrors(err, lang));
      if (err instanceof ApiError) void message.error(pick(err.text, lang));
      if (err instanceof ApiError && err.status === 409 && err.code === 'CONCURRENCY.STALE_VERSION') onClose();
    } finally {
      setSaving(false);
    }
  }

  const item = (name: string, input: React.ReactNode, required = false, span = 12) => (
    <Col span={span}>
      <Form.Item name={name} label={t(`fields.${name}`)} rules={required ? [{ required: true, message: `${t(`fields.${name}`)}` }] : []}>
        {input}
      </Form.Item>
    </Col>
  );
  const tags = (
    <Select mode="tags" tokenSeparators={[';', '；', ',', '，', '、']} open={false} suffixIcon={null} placeholder={t('clients.listHint')} />
  );

  return (
    <Modal
      open={open}
      title={client ? `${t('common.edit')} — ${client.name}` : t('clients.new')}
      width={860}
      onCancel={onClose}
      onOk={save}
      confirmLoading={saving}
      okText={t('common.save')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="client-form">
        <Row gutter={16}>
          {item('name', <Input />, true, 16)}
          {item('contractNo', <Input />, true, 8)}
          {item('uscc', <Input maxLength={18} style={{ fontFamily: 'monospace' }} />, true)}
          {item(
            'branchId',
            <Select
              options={branches.map((b) => ({ value: b.id, label: lang === 'en' ? b.nameEn : b.nameZh }))}
              disabled={me.branchId !== null}
            />,
            true,
          )}
          {item('province', <Input />, true, 6)}
          {item('address', <Input />, true, 12)}
          {item('postcode', <Input maxLength={6} />, false, 6)}
          {item('contactPerson', <Input />, false, 8)}
          {item('phone', <Input />, false, 8)}
          {item('email', <Input type="email" />, false, 8)}
          {item('vip', <Switch />, false, 4)}
          {item('confidential', <Switch />, false, 8)}
          {item('formerNames', tags)}
          {item('technicalAreaCodes', tags)}
          {dateFields.map((f) => item(f, <DatePicker style={{ width: '100%' }} />, false, 6))}
          {fees.map((f) => item(f, <InputNumber min={0} precision={2} style={{ width: '100%' }} />, false, 6))}
          {item('scope', <Input.TextArea rows={2} />, false, 24)}
          {/* what the CNCA monthly report asks of the organisation */}
          {item('legalRepresentative', <Input maxLength={50} />, false, 6)}
          {item(
            'organisationType',
            <Select allowClear showSearch optionFilterProp="label" options={codeOptions('organisationType', lang)} />,
            false,
            6,
          )}
          {item('registeredCapital', <InputNumber min={0} precision={2} style={{ width: '100%' }} />, false, 6)}
          {item('registeredCapitalCurrency', <Select allowClear options={codeOptions('registeredCapitalCurrency', lang)} />, false, 6)}
          {item('employeeCount', <InputNumber min={0} precision={0} style={{ width: '100%' }} />, false, 6)}
          {item('industryCodes', tags, false, 18)}
        </Row>
      </Form>
    </Modal>
  );
}
