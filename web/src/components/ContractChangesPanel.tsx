import { formatMoney } from '../format.js';
import { FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Modal, Radio, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type Audit, type Certificate, type ContractChange } from '../api.js';
import { useSave, useSession, useShowError } from '../session.js';

const kinds = [
  'name',
  'contact',
  'address_sites',
  'legal_status',
  'key_management',
  'system_process',
  'scope_extension',
  'scope_reduction',
  'fees',
] as const;
const statusColor = { submitted: 'orange', awaiting_audit: 'gold', approved: 'blue', rejected: 'default', applied: 'green' } as const;
type Status = ContractChange['status'] | 'all';

/** 合同变更: a client's applications (or all of them), each with its next step for whoever owns it. */
export function ContractChangesPanel({ clientId }: { clientId?: string }) {
  const { t } = useTranslation();
  const { may, me, lang } = useSession();
  const showError = useShowError();
  const [status, setStatus] = useState<Status>(clientId ? 'all' : 'submitted');
  const [rows, setRows] = useState<ContractChange[] | null>(null);
  const [filing, setFiling] = useState(false);
  const [acting, setActing] = useState<{ change: ContractChange; step: 'review' | 'apply' } | null>(null);

  const load = useCallback(
    () =>
      api('GET', '/api/contract-changes', { query: { clientId, status: status === 'all' ? undefined : status } }).then(setRows, showError),
    [clientId, status, showError],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const mine = (role: string) => me.role === 'admin' || me.role === role;
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented<Status>
          value={status}
          onChange={setStatus}
          options={[
            ...(['submitted', 'awaiting_audit', 'approved', 'applied', 'rejected'] as const).map((s) => ({
              value: s,
              label: t(`changes.status.${s}`),
            })),
            { value: 'all' as const, label: t('changes.all') },
          ]}
        />
        {clientId && may('changes:file') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFiling(true)}>
            {t('changes.file')}
          </Button>
        )}
      </Space>
      <Table<ContractChange>
        data-testid="contract-changes"
        rowKey="id"
        size="small"
        loading={!rows}
        dataSource={rows ?? []}
        pagination={{ pageSize: 50 }}
        expandable={{
          expandedRowRender: (c) => (
            <Space direction="vertical" size={0}>
              <span>{c.description}</span>
              {Object.entries(c.proposed).map(([k, v]) => (
                <span key={k}>
                  <Typography.Text type="secondary">{t(`changes.fields.${k}`, { defaultValue: k })}：</Typography.Text>
                  {Array.isArray(v)
                    ? v.map((s) => `${s.name} ${s.address}`).join('；')
                    : typeof v === 'number'
                      ? formatMoney(v, lang)
                      : String(v)}
                </span>
              ))}
              {c.documents.length > 0 && (
                <span>
                  <Typography.Text type="secondary">{t('changes.documents')}：</Typography.Text>
                  {c.documents.join('、')}
                </span>
              )}
              {c.reviewNote && (
                <span>
                  <Typography.Text type="secondary">{t('changes.review')}：</Typography.Text>
                  {c.reviewedBy} {c.reviewedOn} {c.reviewNote}
                </span>
              )}
              {c.applyNote && (
                <span>
                  <Typography.Text type="secondary">{t('changes.apply')}：</Typography.Text>
                  {c.appliedBy} {c.appliedOn} {c.applyNote}
                </span>
              )}
            </Space>
          ),
        }}
        columns={[
          { title: t('changes.number'), dataIndex: 'number', width: 120 },
          ...(clientId
            ? []
            : [
                {
                  title: t('dueList.client'),
                  render: (_: unknown, c: ContractChange) => <Link to={`/clients/${c.clientId}`}>{c.clientName}</Link>,
                },
              ]),
          { title: t('changes.kind'), render: (_, c) => t(`changes.kinds.${c.kind}`) },
          { title: t('dueList.certificate'), dataIndex: 'certificateNo' },
          { title: t('changes.filedOn'), dataIndex: 'filedOn', width: 110 },
          { title: t('changes.owner'), render: (_, c) => t(`departments.${c.status === 'submitted' ? c.reviewer : c.executor}`) },
          { title: t('common.status'), render: (_, c) => <Tag color={statusColor[c.status]}>{t(`changes.status.${c.status}`)}</Tag> },
          {
            title: t('changes.form'),
            render: (_, c) => (
              <Button size="small" type="link" icon={<FilePdfOutlined />} href={`/api/contract-changes/${c.id}/pdf`} target="_blank">
                F01
              </Button>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, c) =>
              c.status === 'submitted' && may('changes:handle') && mine(c.reviewer) ? (
                <Button size="small" onClick={() => setActing({ change: c, step: 'review' })}>
                  {t('changes.review')}
                </Button>
              ) : (c.status === 'approved' || c.status === 'awaiting_audit') && may('changes:handle') && mine(c.executor) ? (
                <Button size="small" type="primary" onClick={() => setActing({ change: c, step: 'apply' })}>
                  {t('changes.apply')}
                </Button>
              ) : null,
          },
        ]}
      />
      {filing && clientId && (
        <FileChangeModal
          clientId={clientId}
          onClose={() => setFiling(false)}
          onDone={() => {
            setFiling(false);
            void load();
          }}
        />
      )}
      {acting && (
        <StepModal
          {...acting}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            void load();
          }}
        />
      )}
    </>
  );
}

function FileChangeModal({ clientId, onClose, onDone }: { clientId: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { me, hides } = useSession();
  const showError = useShowError();
  const [form] = Form.useForm();
  const kind = Form.useWatch('kind', form) as (typeof kinds)[number] | undefined;
  const [certificates, setCertificates] = useState<Certificate[]>([]);
  const [audits, setAudits] = useState<Audit[]>([]);
  const { saving, save } = useSave(onDone);
  useEffect(() => {
    api('GET', '/api/clients/{id}/certificates', { path: { id: clientId } }).then(setCertificates, showError);
    if (me.role !== 'client') {
      api('GET', '/api/clients/{id}/programmes', { path: { id: clientId } }).then(
        (ps) => setAudits(ps.flatMap((p) => p.audits).filter((a) => a.status !== 'cancelled')),
        showError,
      );
    }
  }, [clientId, me.role, showError]);

  const fieldsOf: Record<(typeof kinds)[number], string[]> = {
    name: ['name'],
    contact: ['contactPerson', 'phone', 'email'],
    address_sites: ['address'],
    legal_status: [],
    key_management: [],
    system_process: [],
    scope_extension: ['scope'],
    scope_reduction: ['scope'],
    fees: ['initialAuditFee', 'surveillanceFee'],
  };
  async function submit() {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const proposed = Object.fromEntries(Object.entries(v.proposed ?? {}).filter(([, x]) => x !== undefined && x !== null && x !== ''));
    await save(() =>
      api('POST', '/api/clients/{id}/contract-changes', {
        path: { id: clientId },
        body: {
          kind: v.kind,
          certificateId: v.certificateId ?? null,
          description: v.description,
          proposed,
          documents: v.documents ?? [],
          raisedInAuditId: v.raisedInAuditId ?? null,
        },
      }),
    );
  }
  // a kind whose proposal this role may not see (fees) is not offered; the server lists no such change to it either
  const available = kinds.filter((k) => !fieldsOf[k].some((f) => hides('contractChange', f)));
  return (
    <Modal open width={640} title={t('changes.file')} onCancel={onClose} onOk={submit} confirmLoading={saving} okText={t('common.save')}>
      <Form form={form} layout="vertical">
        <Form.Item name="kind" label={t('changes.kind')} rules={[{ required: true }]}>
          <Select options={available.map((k) => ({ value: k, label: t(`changes.kinds.${k}`), title: t(`changes.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="certificateId" label={t('dueList.certificate')}>
          <Select allowClear options={certificates.map((c) => ({ value: c.id, label: c.certificateNo, title: c.certificateNo }))} />
        </Form.Item>
        {kind &&
          fieldsOf[kind].map((f) => (
            <Form.Item
              key={f}
              name={['proposed', f]}
              label={t(`changes.fields.${f}`)}
              extra={f === 'scope' ? t(kind === 'scope_reduction' ? 'changes.reductionHint' : 'changes.extensionHint') : undefined}
            >
              {f.endsWith('Fee') ? (
                <InputNumber min={0} style={{ width: '100%' }} />
              ) : f === 'scope' ? (
                <Input.TextArea rows={3} />
              ) : (
                <Input />
              )}
            </Form.Item>
          ))}
        {(kind === 'scope_extension' || kind === 'scope_reduction') && (
          <Form.Item name="documents" label={t('changes.documents')} rules={[{ required: true }]}>
            <Select mode="tags" open={false} />
          </Form.Item>
        )}
        {audits.length > 0 && (
          <Form.Item name="raisedInAuditId" label={t('changes.raisedInAudit')}>
            <Select
              allowClear
              options={audits.map((a) => {
                const label = `${t(`auditTypes.${a.type}`)} ${a.actualStart ?? a.plannedStart}`;
                return { value: a.id, label, title: label };
              })}
            />
          </Form.Item>
        )}
        <Form.Item name="description" label={t('changes.description')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function StepModal({
  change,
  step,
  onClose,
  onDone,
}: {
  change: ContractChange;
  step: 'review' | 'apply';
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const decision = Form.useWatch('decision', form);
  const done = useRef(onDone);
  const { saving, save } = useSave(() => done.current());
  async function submit() {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await save(() =>
      api('POST', `/api/contract-changes/{id}/${step}`, {
        path: { id: change.id },
        body: {
          version: change.version,
          ...v,
          auditPlannedStart: v.audit?.[0]?.format('YYYY-MM-DD'),
          auditPlannedEnd: v.audit?.[1]?.format('YYYY-MM-DD'),
          audit: undefined,
        },
      }),
    );
  }
  return (
    <Modal
      open
      title={`${t(`changes.${step}`)} — ${change.number}`}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      okText={t('common.save')}
    >
      <Form form={form} layout="vertical" initialValues={{ decision: 'approve' }}>
        {step === 'review' && (
          <Form.Item name="decision">
            <Radio.Group
              options={(['approve', 'audit', 'reject'] as const).map((d) => ({ value: d, label: t(`changes.decisions.${d}`) }))}
            />
          </Form.Item>
        )}
        {step === 'review' && decision === 'audit' && (
          <Form.Item name="audit" label={t('changes.auditDates')} rules={[{ required: true }]}>
            <DatePicker.RangePicker />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('changes.note')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
