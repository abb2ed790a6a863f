import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type Branch, type ServiceApplication } from '../api.js';
import { EvidenceFiles } from '../components/EvidenceFiles.js';
import { pick, useSave, useSession, useShowError } from '../session.js';

type Status = ServiceApplication['status'] | 'all';
const statusColor = { received: 'orange', accepted: 'green', refused: 'default' } as const;
const checks = ['administrativePenalties', 'abnormalOperation', 'seriousViolation'] as const;
const materials = ['businessLicence', 'serviceDocuments', 'flowChart'] as const;

/** 售后服务认证申请: received, reviewed with a credit check within the deadline, accepted or refused. */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const { may } = useSession();
  const showError = useShowError();
  const [status, setStatus] = useState<Status>('received');
  const [rows, setRows] = useState<ServiceApplication[] | null>(null);
  const [open, setOpen] = useState<ServiceApplication | null>(null);
  const [receiving, setReceiving] = useState(false);
  const load = useCallback(
    () => api('GET', '/api/service-applications', { query: { status: status === 'all' ? undefined : status } }).then(setRows, showError),
    [status, showError],
  );
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Card
      title={t('applications.title')}
      extra={
        may('applications:handle') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setReceiving(true)}>
            {t('applications.receive')}
          </Button>
        )
      }
    >
      <Segmented<Status>
        style={{ marginBottom: 16 }}
        value={status}
        onChange={setStatus}
        options={[
          ...(['received', 'accepted', 'refused'] as const).map((s) => ({ value: s, label: t(`applications.status.${s}`) })),
          { value: 'all' as const, label: t('changes.all') },
        ]}
      />
      <Table<ServiceApplication>
        data-testid="applications"
        rowKey="id"
        size="small"
        loading={!rows}
        dataSource={rows ?? []}
        onRow={(a) => ({ onClick: () => setOpen(a), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('changes.number'), dataIndex: 'number', width: 130 },
          { title: t('applications.applicant'), dataIndex: 'applicantName' },
          { title: t('complaints.receivedOn'), dataIndex: 'receivedOn', width: 110 },
          {
            title: t('applications.reviewDueOn'),
            width: 120,
            render: (_, a) => <span style={a.overdue ? { color: '#cf1322', fontWeight: 600 } : undefined}>{a.reviewDueOn}</span>,
          },
          {
            title: t('applications.missing'),
            render: (_, a) =>
              a.missing.map((m) => (
                <Tag key={m} color="orange">
                  {t(`applications.materials.${m}`)}
                </Tag>
              )),
          },
          {
            title: t('common.status'),
            width: 100,
            render: (_, a) => <Tag color={statusColor[a.status]}>{t(`applications.status.${a.status}`)}</Tag>,
          },
        ]}
      />
      {open && (
        <ApplicationDrawer
          application={open}
          onClose={() => setOpen(null)}
          onChanged={(a) => {
            setOpen(a);
            void load();
          }}
        />
      )}
      {receiving && (
        <ReceiveModal
          onClose={() => setReceiving(false)}
          onDone={() => {
            setReceiving(false);
            void load();
          }}
        />
      )}
    </Card>
  );
}

function ApplicationDrawer({
  application: a,
  onClose,
  onChanged,
}: {
  application: ServiceApplication;
  onClose: () => void;
  onChanged: (a: ServiceApplication) => void;
}) {
  const { t } = useTranslation();
  const { may } = useSession();
  const [step, setStep] = useState<'credit-check' | 'materials' | 'accept' | 'refuse' | null>(null);
  const handle = may('applications:handle') && a.status === 'received';
  return (
    <Drawer open width={720} title={`${a.number} · ${a.applicantName}`} onClose={onClose} data-testid="application-drawer">
      {handle && (
        <Space wrap style={{ marginBottom: 16 }}>
          <Button onClick={() => setStep('materials')}>{t('applications.completeMaterials')}</Button>
          <Button onClick={() => setStep('credit-check')}>{t('applications.creditCheck')}</Button>
          <Button type="primary" onClick={() => setStep('accept')}>
            {t('applications.accept')}
          </Button>
          <Button danger onClick={() => setStep('refuse')}>
            {t('applications.refuse')}
          </Button>
        </Space>
      )}
      {a.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`${t('applications.missing')}：${a.missing.map((m) => t(`applications.materials.${m}`)).join('、')}`}
        />
      )}
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('common.status')}>
          <Tag color={statusColor[a.status]}>{t(`applications.status.${a.status}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('applications.reviewDueOn')}>{a.reviewDueOn}</Descriptions.Item>
        <Descriptions.Item label={t('fields.uscc')}>{a.uscc}</Descriptions.Item>
        <Descriptions.Item label={t('applications.headcount')}>{a.headcount ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fields.address')} span={2}>
          {a.address}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.contactPerson')}>{a.contactPerson}</Descriptions.Item>
        <Descriptions.Item label={t('fields.phone')}>{a.phone}</Descriptions.Item>
        <Descriptions.Item label={t('fields.scope')} span={2}>
          {a.scope}
        </Descriptions.Item>
        <Descriptions.Item label={t('applications.creditCheck')} span={2}>
          {a.credit
            ? checks.map((c) => (
                <Tag key={c} color={a.credit![c] === 'found' ? 'red' : 'green'}>
                  {t(`applications.checks.${c}`)}：{t(`applications.findings.${a.credit![c]}`)}
                </Tag>
              ))
            : '—'}
          {a.creditNote && <div>{a.creditNote}</div>}
          {a.creditNoEvidenceReason && (
            <div>
              {t('applications.noEvidenceReason')}：{a.creditNoEvidenceReason}
            </div>
          )}
        </Descriptions.Item>
        {a.decisionNote && (
          <Descriptions.Item label={t('applications.decision')} span={2}>
            {a.decidedBy} {a.decidedOn}：{a.decisionNote}
            {a.clientId && (
              <div>
                <Link to={`/clients/${a.clientId}`}>{t('applications.openClient')}</Link>
              </div>
            )}
          </Descriptions.Item>
        )}
      </Descriptions>
      <EvidenceFiles files="/api/service-applications/{id}/files" id={a.id} canUpload={handle} />
      {step && <StepModal application={a} step={step} onClose={() => setStep(null)} onDone={(next) => (setStep(null), onChanged(next))} />}
    </Drawer>
  );
}

function StepModal({
  application,
  step,
  onClose,
  onDone,
}: {
  application: ServiceApplication;
  step: 'credit-check' | 'materials' | 'accept' | 'refuse';
  onClose: () => void;
  onDone: (a: ServiceApplication) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const result = useRef<ServiceApplication | null>(null);
  const { saving, save } = useSave(() => result.current && onDone(result.current));
  async function submit() {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body =
      step === 'materials'
        ? {
            materials: Object.fromEntries(materials.map((m) => [m, (v.materials as string[]).includes(m)])),
            ...(v.headcount !== undefined && v.headcount !== null ? { headcount: v.headcount } : {}),
          }
        : v;
    await save(async () => {
      result.current = await api('POST', `/api/service-applications/{id}/${step}`, {
        path: { id: application.id },
        body: { version: application.version, ...body },
      });
    });
  }
  const title = {
    'credit-check': t('applications.creditCheck'),
    materials: t('applications.completeMaterials'),
    accept: t('applications.accept'),
    refuse: t('applications.refuse'),
  }[step];
  return (
    <Modal open title={title} onCancel={onClose} onOk={submit} confirmLoading={saving} okText={t('common.save')}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          credit: application.credit ?? Object.fromEntries(checks.map((c) => [c, 'none'])),
          materials: materials.filter((m) => application.materials[m]),
          headcount: application.headcount,
        }}
      >
        {step === 'materials' && (
          <>
            <Form.Item name="materials" label={t('applications.materialsReceived')}>
              <Checkbox.Group options={materials.map((m) => ({ value: m, label: t(`applications.materials.${m}`) }))} />
            </Form.Item>
            <Form.Item name="headcount" label={t('applications.headcount')}>
              <InputNumber min={0} max={1_000_000} />
            </Form.Item>
          </>
        )}
        {step === 'credit-check' &&
          checks.map((c) => (
            <Form.Item key={c} name={['credit', c]} label={t(`applications.checks.${c}`)}>
              <Radio.Group options={(['none', 'found'] as const).map((f) => ({ value: f, label: t(`applications.findings.${f}`) }))} />
            </Form.Item>
          ))}
        {step === 'credit-check' && (
          <Form.Item name="noEvidenceReason" label={t('applications.noEvidenceReason')} extra={t('applications.noEvidenceHint')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
        {step !== 'materials' && (
          <Form.Item
            name={step === 'refuse' ? 'reason' : 'note'}
            label={step === 'refuse' ? t('applications.refusalReason') : t('changes.note')}
            rules={step === 'credit-check' ? [] : [{ required: true, min: 2 }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function ReceiveModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { lang, me } = useSession();
  const showError = useShowError();
  const [form] = Form.useForm();
  const [branches, setBranches] = useState<Branch[]>([]);
  const { saving, save } = useSave(onDone);
  useEffect(() => {
    api('GET', '/api/branches').then(setBranches, showError);
  }, [showError]);
  async function submit() {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const checked: string[] = v.materials ?? [];
    await save(() =>
      api('POST', '/api/service-applications', {
        body: {
          ...v,
          materials: Object.fromEntries(materials.map((m) => [m, checked.includes(m)])),
        },
      }),
    );
  }
  return (
    <Modal
      open
      width={680}
      title={t('applications.receive')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      okText={t('common.save')}
    >
      <Form form={form} layout="vertical" initialValues={{ branchId: me.branchId ?? undefined, materials: [] }}>
        <Form.Item name="applicantName" label={t('applications.applicant')} rules={[{ required: true, min: 2 }]}>
          <Input />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="uscc" label={t('fields.uscc')} rules={[{ required: true, len: 18 }]} style={{ flex: 2 }}>
            <Input />
          </Form.Item>
          <Form.Item name="province" label={t('fields.province')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="address" label={t('fields.address')} rules={[{ required: true, min: 2 }]}>
          <Input />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="contactPerson" label={t('fields.contactPerson')} rules={[{ required: true }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item name="phone" label={t('fields.phone')} rules={[{ required: true, min: 5 }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item name="headcount" label={t('applications.headcount')} style={{ flex: 1 }}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="branchId" label={t('fields.branchId')} rules={[{ required: true }]}>
          <Select options={branches.map((b) => ({ value: b.id, label: pick({ zh: b.nameZh, en: b.nameEn }, lang), title: b.nameZh }))} />
        </Form.Item>
        <Form.Item name="scope" label={t('fields.scope')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="materials" label={t('applications.materialsReceived')}>
          <Checkbox.Group options={materials.map((m) => ({ value: m, label: t(`applications.materials.${m}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
