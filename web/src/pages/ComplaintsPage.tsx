import { DownloadOutlined, FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, download, queryString, type Answer, type Certificate, type Complaint, type Query } from '../api.js';
import { afterCbToday, cbYear } from '../cb-time.js';
import { usePersonLabel, useSave, useSession, useShowError } from '../session.js';
import { CaseAnalysisCard } from './AnalysisSections.js';
import { ClientSelect } from '../components/ClientSelect.js';
import { complaintCauses, UNCLASSIFIED } from '../../../src/modules/complaints/complaint.rules.js';

const statusColor = { received: 'orange', investigating: 'gold', answered: 'green', escalated: 'red', closed: 'default' } as const;
type Step = 'owner' | 'investigate' | 'answer' | 'escalate' | 'close' | 'cause';

type Summary = Answer<'/api/complaints/summary', 'GET'>;

/** 申投诉登记: every complaint and appeal, its owner, its deadline and its answer. */
export function ComplaintsPage() {
  const { t } = useTranslation();
  const { may, lang, me } = useSession();
  const showError = useShowError();
  const portal = me.role === 'client';
  const [filter, setFilter] = useState<Omit<Query<'/api/complaints'>, 'overdue'> & { overdue?: boolean; year: number }>({
    year: cbYear(),
  });
  const [rows, setRows] = useState<Complaint[] | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [open, setOpen] = useState<Complaint | null>(null);
  const [filing, setFiling] = useState(false);
  const query = useMemo(() => ({ ...filter, overdue: filter.overdue ? 'true' : undefined }), [filter]);

  const load = useCallback(() => {
    void api('GET', '/api/complaints', { query }).then(setRows, showError);
    if (!portal) void api('GET', '/api/complaints/summary', { query: { year: query.year } }).then(setSummary, showError);
  }, [query, portal, showError]);
  useEffect(load, [load]);

  return (
    <>
      <Card
        title={t('complaints.title')}
        extra={
          <Space>
            {may('complaints:file') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setFiling(true)}>
                {t('complaints.file')}
              </Button>
            )}
            {!portal && (
              <Button
                icon={<DownloadOutlined />}
                onClick={() => download(`/api/complaints/export?${queryString({ ...query, lang })}`, 'complaints.xlsx').catch(showError)}
              >
                {t('complaints.export')}
              </Button>
            )}
          </Space>
        }
      >
        {summary && (
          <Space size="large" style={{ marginBottom: 16 }} wrap data-testid="complaint-summary">
            <Statistic title={t('complaints.summary.total', { year: filter.year })} value={summary.total} />
            <Statistic title={t('complaints.kinds.complaint')} value={summary.byKind.complaint ?? 0} />
            <Statistic title={t('complaints.kinds.appeal')} value={summary.byKind.appeal ?? 0} />
            <Statistic
              title={t('complaints.summary.onTime')}
              value={summary.onTimeRate === null ? '—' : `${Math.round(summary.onTimeRate * 100)}%`}
            />
            <Statistic title={t('complaints.summary.days')} value={summary.averageDaysToAnswer ?? '—'} />
            <Statistic
              title={t('complaints.summary.overdue')}
              value={summary.overdue}
              valueStyle={summary.overdue ? { color: '#cf1322' } : undefined}
            />
          </Space>
        )}
        <Space wrap style={{ marginBottom: 16 }}>
          <DatePicker
            picker="year"
            allowClear={false}
            value={dayjs(`${filter.year}-01-01`)}
            onChange={(d) => d && setFilter({ ...filter, year: d.year() })}
          />
          <Select
            allowClear
            style={{ width: 120 }}
            placeholder={t('complaints.kind')}
            aria-label={t('complaints.kind')}
            value={filter.kind}
            onChange={(kind) => setFilter({ ...filter, kind })}
            options={(['complaint', 'appeal'] as const).map((k) => ({
              value: k,
              label: t(`complaints.kinds.${k}`),
              title: t(`complaints.kinds.${k}`),
            }))}
          />
          <Select
            allowClear
            style={{ width: 150 }}
            placeholder={t('common.status')}
            aria-label={t('common.status')}
            value={filter.status}
            onChange={(status) => setFilter({ ...filter, status })}
            options={Object.keys(statusColor).map((s) => ({
              value: s,
              label: t(`complaints.status.${s}`),
              title: t(`complaints.status.${s}`),
            }))}
          />
          {!portal && (
            <Select
              allowClear
              style={{ width: 200 }}
              placeholder={t('complaints.cause')}
              aria-label={t('complaints.cause')}
              value={filter.cause}
              onChange={(cause) => setFilter({ ...filter, cause })}
              options={[
                ...causeOptions(t),
                { value: UNCLASSIFIED, label: t('complaints.unclassified'), title: t('complaints.unclassified') },
              ]}
            />
          )}
          <Checkbox checked={!!filter.overdue} onChange={(e) => setFilter({ ...filter, overdue: e.target.checked })}>
            {t('incidents.overdueOnly')}
          </Checkbox>
          <Input.Search
            allowClear
            style={{ width: 240 }}
            placeholder={t('complaints.search')}
            aria-label={t('complaints.search')}
            onSearch={(q) => setFilter({ ...filter, q: q || undefined })}
          />
        </Space>
        <Table<Complaint>
          data-testid="complaints"
          rowKey="id"
          size="small"
          loading={!rows}
          dataSource={rows ?? []}
          pagination={{ pageSize: 50 }}
          onRow={(c) => ({ onClick: () => setOpen(c), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('complaints.number'), dataIndex: 'number', width: 130 },
            { title: t('complaints.kind'), width: 70, render: (_, c) => t(`complaints.kinds.${c.kind}`) },
            { title: t('complaints.receivedOn'), dataIndex: 'receivedOn', width: 110 },
            {
              title: t('complaints.answerDueOn'),
              width: 130,
              render: (_, c) => <span style={c.overdue ? { color: '#cf1322', fontWeight: 600 } : undefined}>{c.answerDueOn}</span>,
            },
            { title: t('complaints.subject'), dataIndex: 'subject' },
            ...(portal ? [] : [{ title: t('complaints.cause'), width: 150, render: (_: unknown, c: Complaint) => causeText(t, c.cause) }]),
            { title: t('complaints.organisation'), render: (_, c) => c.clientName ?? c.organisation },
            // who handles a case is the CB's: not a portal column
            ...(portal ? [] : [{ title: t('complaints.owner'), dataIndex: 'ownerName', width: 120 }]),
            {
              title: t('common.status'),
              width: 120,
              render: (_, c) => <Tag color={statusColor[c.status]}>{t(`complaints.status.${c.status}`)}</Tag>,
            },
          ]}
        />
        {open && (
          <ComplaintDrawer
            complaint={open}
            onClose={() => setOpen(null)}
            onChanged={(c) => {
              setOpen(c);
              load();
            }}
          />
        )}
        {filing && (
          <FileComplaintModal
            portal={portal}
            onClose={() => setFiling(false)}
            onDone={() => {
              setFiling(false);
              load();
            }}
          />
        )}
      </Card>
      {may('analyses:read') && <CaseAnalysisCard of="complaints" />}
    </>
  );
}

function ComplaintDrawer({
  complaint: c,
  onClose,
  onChanged,
}: {
  complaint: Complaint;
  onClose: () => void;
  onChanged: (c: Complaint) => void;
}) {
  const { t } = useTranslation();
  const { may } = useSession();
  const [stepping, setStepping] = useState<Step | null>(null);
  const steps: Step[] = [];
  if (may('complaints:handle') && c.status !== 'closed') steps.push('owner');
  if (may('complaints:handle') && c.status === 'received') steps.push('investigate');
  if (may('complaints:handle') && (c.status === 'received' || c.status === 'investigating')) steps.push('answer');
  if (may('complaints:file') && c.status === 'answered') steps.push('escalate');
  if (may('complaints:handle') && (c.status === 'answered' || c.status === 'escalated')) steps.push('close');
  // classified at the answer at the latest; corrected at any time after
  if (may('complaints:handle') && c.cause) steps.push('cause');
  return (
    <Drawer open width={680} title={`${c.number} · ${t(`complaints.kinds.${c.kind}`)}`} onClose={onClose} data-testid="complaint-drawer">
      <Space wrap style={{ marginBottom: 16 }}>
        {steps.map((s) => (
          <Button key={s} type={s === 'answer' ? 'primary' : 'default'} danger={s === 'escalate'} onClick={() => setStepping(s)}>
            {t(`complaints.steps.${s}`)}
          </Button>
        ))}
        {c.answer && (
          <Button icon={<FilePdfOutlined />} href={`/api/complaints/${c.id}/answer/pdf`} target="_blank">
            {t('complaints.answerLetter')}
          </Button>
        )}
      </Space>
      <Descriptions bordered size="small" column={2}>
        <Descriptions.Item label={t('common.status')}>
          <Tag color={statusColor[c.status]}>{t(`complaints.status.${c.status}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('complaints.channel')}>{t(`complaints.channels.${c.channel}`)}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.receivedOn')}>{c.receivedOn}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.answerDueOn')}>
          {c.answerDueOn} {c.overdue && <Tag color="red">{t('incidents.overdue')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('complaints.complainant')}>{c.complainantName}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.contact')}>{c.complainantContact}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.organisation')} span={2}>
          {c.clientId ? <Link to={`/clients/${c.clientId}`}>{c.clientName}</Link> : c.organisation}
          {c.certificateNo && ` · ${c.certificateNo}`}
        </Descriptions.Item>
        {/* who handles it and how the CB classifies it: not sent to the portal */}
        {c.ownerName !== undefined && <Descriptions.Item label={t('complaints.owner')}>{c.ownerName ?? '—'}</Descriptions.Item>}
        {c.cause !== undefined && <Descriptions.Item label={t('complaints.cause')}>{causeText(t, c.cause)}</Descriptions.Item>}
        <Descriptions.Item label={t('complaints.subject')} span={2}>
          {c.subject}
        </Descriptions.Item>
        <Descriptions.Item label={t('complaints.description')} span={2}>
          <div style={{ whiteSpace: 'pre-wrap' }}>{c.description}</div>
        </Descriptions.Item>
        {c.answer && (
          <Descriptions.Item label={t('complaints.answer')} span={2}>
            <div style={{ whiteSpace: 'pre-wrap' }}>{c.answer}</div>
            <Typography.Text type="secondary">{t('incidents.by', { who: c.answeredBy, on: c.answeredOn })}</Typography.Text>
          </Descriptions.Item>
        )}
        {c.investigationNote && (
          <Descriptions.Item label={t('complaints.notes.investigate')} span={2}>
            <div style={{ whiteSpace: 'pre-wrap' }}>{c.investigationNote}</div>
          </Descriptions.Item>
        )}
        {c.escalatedOn && (
          <Descriptions.Item label={t('complaints.steps.escalate')} span={2}>
            {c.escalatedOn}：{c.escalationNote}
          </Descriptions.Item>
        )}
        {c.closedOn && (
          <Descriptions.Item label={t('complaints.steps.close')} span={2}>
            {c.closedOn}：{c.closingNote}
          </Descriptions.Item>
        )}
      </Descriptions>
      {stepping && (
        <StepModal
          complaint={c}
          step={stepping}
          onClose={() => setStepping(null)}
          onDone={(next) => (setStepping(null), onChanged(next))}
        />
      )}
    </Drawer>
  );
}

function StepModal({
  complaint,
  step,
  onClose,
  onDone,
}: {
  complaint: Complaint;
  step: Step;
  onClose: () => void;
  onDone: (c: Complaint) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [staff, setStaff] = useState<Answer<'/api/complaints/owners', 'GET'>>([]);
  const personLabel = usePersonLabel();
  const showError = useShowError();
  const result = useRef<Complaint | null>(null);
  const { saving, save } = useSave(() => result.current && onDone(result.current));
  useEffect(() => {
    if (step === 'owner') api('GET', '/api/complaints/owners').then(setStaff, showError);
  }, [step, showError]);

  async function submit() {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await save(async () => {
      result.current = await api('POST', `/api/complaints/{id}/${step}`, {
        path: { id: complaint.id },
        body: { version: complaint.version, ...v },
      });
    });
  }
  return (
    <Modal open title={t(`complaints.steps.${step}`)} onCancel={onClose} onOk={submit} confirmLoading={saving} okText={t('common.save')}>
      <Form form={form} layout="vertical">
        {step === 'owner' && (
          <Form.Item name="ownerId" label={t('complaints.owner')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={staff.map((s) => ({ value: s.id, label: personLabel(s), title: personLabel(s) }))}
            />
          </Form.Item>
        )}
        {step === 'answer' && (
          <Form.Item name="answer" label={t('complaints.answer')} rules={[{ required: true, max: 5000 }]}>
            <Input.TextArea rows={6} />
          </Form.Item>
        )}
        {(step === 'answer' || step === 'cause') && (
          <Form.Item
            name="cause"
            label={t('complaints.cause')}
            initialValue={complaint.cause ?? undefined}
            rules={[{ required: true, message: t('complaints.causeRequired') }]}
            extra={step === 'answer' ? t('complaints.causeHint') : undefined}
          >
            <Select data-testid="complaint-cause" options={causeOptions(t)} />
          </Form.Item>
        )}
        {(step === 'investigate' || step === 'escalate' || step === 'close') && (
          <Form.Item name="note" label={t(`complaints.notes.${step}`)} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function FileComplaintModal({ portal, onClose, onDone }: { portal: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const showError = useShowError();
  const [form] = Form.useForm();
  const { saving, save } = useSave(onDone);
  // in the portal the organisation files for itself: its name given, one of its own certificates to pick
  const [certificates, setCertificates] = useState<Certificate[] | undefined>(undefined);
  const clientId = portal ? me.clientId : null;
  useEffect(() => {
    if (!clientId) return;
    api('GET', '/api/clients/{id}', { path: { id: clientId } }).then(
      // the portal user files in its own name, which it may change (the organisation's contact, say)
      (c) =>
        form.setFieldsValue({
          organisation: form.getFieldValue('organisation') || c.name,
          complainantName: form.getFieldValue('complainantName') || me.displayName,
        }),
      showError,
    );
    api('GET', '/api/clients/{id}/certificates', { path: { id: clientId } }).then(setCertificates, showError);
  }, [clientId, form, showError, me.displayName]);
  async function submit() {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await save(() =>
      api('POST', '/api/complaints', { body: { ...v, receivedOn: v.receivedOn ? v.receivedOn.format('YYYY-MM-DD') : null } }),
    );
  }
  return (
    <Modal open width={640} title={t('complaints.file')} onCancel={onClose} onOk={submit} confirmLoading={saving} okText={t('common.save')}>
      <ComplaintFields form={form} staff={!portal} ownCertificates={portal ? (certificates ?? []) : undefined} />
    </Modal>
  );
}

/**
 * The fields anyone files with; shared by staff, the portal and the public register. Given
 * `ownCertificates` (the portal), the organisation is the filer's own and the certificate is one
 * of its own, picked from a list.
 */
export function ComplaintFields({
  form,
  staff,
  ownCertificates,
}: {
  form: ReturnType<typeof Form.useForm>[0];
  /** staff entering a letter or a call: the day it came and, when known already, its cause */
  staff: boolean;
  ownCertificates?: Certificate[];
}) {
  const { t } = useTranslation();
  return (
    <Form form={form} layout="vertical" initialValues={{ kind: 'complaint' }}>
      <Form.Item name="kind" label={t('complaints.kind')}>
        <Radio.Group options={(['complaint', 'appeal'] as const).map((k) => ({ value: k, label: t(`complaints.kinds.${k}`) }))} />
      </Form.Item>
      <Space.Compact block>
        <Form.Item name="complainantName" label={t('complaints.complainant')} rules={[{ required: true, max: 100 }]} style={{ flex: 1 }}>
          <Input />
        </Form.Item>
        <Form.Item name="complainantContact" label={t('complaints.contact')} rules={[{ required: true, max: 200 }]} style={{ flex: 1 }}>
          <Input />
        </Form.Item>
      </Space.Compact>
      <Space.Compact block>
        <Form.Item name="organisation" label={t('complaints.organisation')} rules={[{ max: 200 }]} style={{ flex: 2 }}>
          <Input readOnly={!!ownCertificates} variant={ownCertificates ? 'filled' : undefined} />
        </Form.Item>
        <Form.Item name="certificateNo" label={t('complaints.certificateNo')} rules={[{ max: 60 }]} style={{ flex: 1 }}>
          {ownCertificates ? (
            <Select
              allowClear
              data-testid="complaint-certificate"
              placeholder={t('complaints.ownCertificate')}
              popupMatchSelectWidth={false}
              options={ownCertificates.map((c) => {
                const label = `${c.certificateNo} · ${t(`certificationFields.${c.field}`)} · ${t(`certStatus.${c.status}`)}`;
                return { value: c.certificateNo, label, title: label };
              })}
            />
          ) : (
            <Input />
          )}
        </Form.Item>
      </Space.Compact>
      {staff && (
        <Form.Item name="clientId" label={t('complaints.client')} extra={t('complaints.clientHint')}>
          <ClientSelect allowClear />
        </Form.Item>
      )}
      {staff && (
        <Space.Compact block>
          <Form.Item name="receivedOn" label={t('complaints.receivedOn')} style={{ flex: 1 }}>
            <DatePicker disabledDate={afterCbToday} />
          </Form.Item>
          <Form.Item name="cause" label={t('complaints.cause')} extra={t('complaints.causeHint')} style={{ flex: 2 }}>
            <Select allowClear options={causeOptions(t)} />
          </Form.Item>
        </Space.Compact>
      )}
      <Form.Item name="subject" label={t('complaints.subject')} rules={[{ required: true, max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label={t('complaints.description')} rules={[{ required: true, max: 5000 }]}>
        <Input.TextArea rows={5} />
      </Form.Item>
    </Form>
  );
}

/** 原因分类 in the code table's order. */
const causeOptions = (t: TFunction) =>
  complaintCauses.map((c) => ({ value: c, label: t(`complaints.causes.${c}`), title: t(`complaints.causes.${c}`) }));
const causeText = (t: TFunction, cause: Complaint['cause'] | undefined) => (cause ? t(`complaints.causes.${cause}`) : '—');
