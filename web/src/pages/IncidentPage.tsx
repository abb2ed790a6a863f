import { ArrowLeftOutlined, CheckCircleTwoTone, ClockCircleOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Descriptions, Form, Input, List, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import type dayjs from 'dayjs';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, type Certificate, type Incident, type IncidentStepKind } from '../api.js';
import { EvidenceFiles } from '../components/EvidenceFiles.js';
import { ProvisionalMark } from '../components/ProvisionalMark.js';
import { pick, useSave, useSession, useShowError } from '../session.js';

type StepPath =
  'report-to-audit-management' | 'suspension-request' | 'self-check' | 'report' | 'actions' | 'rectification' | 'verification';

const stepOrder: IncidentStepKind[] = [
  'incident_report_to_audit_management',
  'incident_suspension_request',
  'incident_self_check',
  'incident_report',
  'incident_actions',
  'incident_rectification',
];

/** Which form records a step, and who may use it. */
function formFor(i: Incident, kind: IncidentStepKind): { path: StepPath; permission: string } {
  switch (kind) {
    case 'incident_report_to_audit_management':
      return { path: 'report-to-audit-management', permission: 'risk:write' };
    case 'incident_suspension_request':
      return { path: 'suspension-request', permission: 'risk:write' };
    case 'incident_self_check':
      return { path: 'self-check', permission: 'incidents:respond' };
    case 'incident_report':
      return { path: 'report', permission: 'incidents:respond' };
    case 'incident_actions':
      return { path: 'actions', permission: 'incidents:decide' };
    case 'incident_rectification':
      return i.rectificationSubmittedOn
        ? { path: 'verification', permission: 'incidents:decide' }
        : { path: 'rectification', permission: 'incidents:respond' };
  }
}

/** 风险事件处理: each step with its deadline, who recorded it, and the form for the next. */
export function IncidentPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { may, lang, hides } = useSession();
  const showError = useShowError();
  const [incident, setIncident] = useState<Incident | null>(null);
  const [recording, setRecording] = useState<StepPath | null>(null);

  const load = useCallback(() => api('GET', '/api/incidents/{id}', { path: { id: id! } }).then(setIncident, showError), [id, showError]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!incident) return <Card loading />;
  const i = incident;
  // the portal receives an incident's public state only: what it reported and where it stands
  if (hides('incident', 'owed')) {
    return (
      <Card
        title={`${t('incidents.title')} · ${i.clientName}`}
        extra={<Tag color={i.status === 'open' ? 'orange' : 'default'}>{t(`incidents.status.${i.status}`)}</Tag>}
      >
        <Descriptions column={3} size="small" bordered>
          <Descriptions.Item label={t('risk.fields.kind')}>{t(`riskKinds.${i.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.eventOn')}>{i.eventOn}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.openedOn')}>{i.openedOn}</Descriptions.Item>
          <Descriptions.Item label={t('risk.fields.text')} span={3}>
            {i.riskItemText}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    );
  }
  const owed = new Map(i.owed.map((s) => [s.kind, s]));
  const by = (who: string | null, on: string | null) => (on ? t('incidents.by', { who, on }) : null);
  const doneText: Record<IncidentStepKind, ReactNode> = {
    incident_report_to_audit_management: by(i.reportedToAuditManagementBy, i.reportedToAuditManagementOn),
    incident_suspension_request: i.suspensionRequestedOn && (
      <>
        {by(i.suspensionRequestedBy, i.suspensionRequestedOn)}：{i.suspensionRequestNote}
      </>
    ),
    incident_self_check: i.selfCheckOn && (
      <>
        {by(i.selfCheckBy, i.selfCheckOn)}：<Tag>{t(`selfCheck.${i.selfCheckFinding}`)}</Tag>
        {i.selfCheckNote}
      </>
    ),
    incident_report: i.reportSubmittedOn && (
      <Space direction="vertical" size={0}>
        {by(i.reportSubmittedBy, i.reportSubmittedOn)}
        {(['event', 'investigation', 'actions', 'opinion'] as const).map((k) => (
          <span key={k}>
            <Typography.Text type="secondary">{t(`incidents.report.${k}`)}：</Typography.Text>
            {i[`report${k[0]!.toUpperCase()}${k.slice(1)}` as 'reportEvent']}
          </span>
        ))}
      </Space>
    ),
    incident_actions: i.actionsDecidedOn && (
      <Space direction="vertical" size={0}>
        <span>
          {by(i.actionsDecidedBy, i.actionsDecidedOn)}：{i.actionsNote}
        </span>
        {i.actions.length === 0
          ? t('incidents.noActions')
          : i.actions.map((a) => (
              <span key={a.id}>
                <Tag color="volcano">{t(`incidentActions.${a.kind}`)}</Tag>
                {a.certificateNo} {a.note}{' '}
                {a.auditId
                  ? t('incidents.linkedAudit')
                  : a.proposalId
                    ? t('incidents.linkedProposal')
                    : a.kind === 'revocation' && t('incidents.proposedRevocation')}
              </span>
            ))}
        {i.rectificationDueOn && `${t('incidents.rectificationDueOn')}: ${i.rectificationDueOn}`}
      </Space>
    ),
    incident_rectification: i.rectificationVerifiedOn && (
      <>
        {by(i.rectificationVerifiedBy, i.rectificationVerifiedOn)}：{i.rectificationEvidence}（{i.rectificationVerificationNote}）
      </>
    ),
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Link to="/incidents">
        <ArrowLeftOutlined /> {t('incidents.back')}
      </Link>
      <Card
        title={
          <Space>
            {t('incidents.title')}
            <Link to={`/clients/${i.clientId}`}>{i.clientName}</Link>
            <Typography.Text type="secondary">{pick(i.branchName, lang)}</Typography.Text>
          </Space>
        }
        extra={<Tag color={i.status === 'open' ? 'orange' : 'default'}>{t(`incidents.status.${i.status}`)}</Tag>}
      >
        <Descriptions column={3} size="small" bordered>
          <Descriptions.Item label={t('risk.fields.kind')}>{t(`riskKinds.${i.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.eventOn')}>{i.eventOn}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.openedOn')}>{i.openedOn}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.riskItem')} span={3}>
            <Link to={`/risk/${i.riskItemId}`}>{i.riskItemSource}</Link>：{i.riskItemText}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('incidents.steps')}>
        <List
          data-testid="incident-steps"
          dataSource={stepOrder.filter((k) => k !== 'incident_rectification' || i.rectificationDueOn)}
          renderItem={(kind) => {
            const step = owed.get(kind);
            const form = formFor(i, kind);
            return (
              <List.Item
                data-step={kind}
                actions={
                  step && may(form.permission)
                    ? [
                        <Button key="record" type="primary" size="small" onClick={() => setRecording(form.path)}>
                          {form.path === 'verification' ? t('incidents.verify') : t('incidents.record')}
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  avatar={
                    step ? (
                      <ClockCircleOutlined style={{ color: step.overdue ? '#cf1322' : '#d48806' }} />
                    ) : (
                      <CheckCircleTwoTone twoToneColor="#52c41a" />
                    )
                  }
                  title={
                    <Space>
                      {t(`incidentSteps.${kind}`)}
                      {step && (
                        <Tag color={step.overdue ? 'red' : 'orange'}>
                          {step.overdue ? `${t('incidents.overdue')} · ${step.dueOn}` : t('incidents.dueBy', { date: step.dueOn })}
                        </Tag>
                      )}
                      {step && <ProvisionalMark dueOn={step.dueOn} provisional={step.provisional} />}
                    </Space>
                  }
                  description={step ? (kind === 'incident_rectification' && i.rectificationEvidence) || null : doneText[kind]}
                />
              </List.Item>
            );
          }}
        />
      </Card>
      <EvidenceFiles files="/api/incidents/{id}/files" id={i.id} canUpload={may('incidents:respond') && i.status === 'open'} />
      {recording && (
        <StepModal
          incident={i}
          path={recording}
          onClose={() => setRecording(null)}
          onDone={() => {
            setRecording(null);
            void load();
          }}
        />
      )}
    </Space>
  );
}

function StepModal({ incident, path, onClose, onDone }: { incident: Incident; path: StepPath; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { saving, save } = useSave(onDone);
  const [certificates, setCertificates] = useState<Certificate[]>([]);
  const showError = useShowError();

  useEffect(() => {
    if (path === 'actions') {
      api('GET', '/api/clients/{id}/certificates', { path: { id: incident.clientId } }).then(
        (all) => setCertificates(all.filter((c) => c.status === 'valid' || c.status === 'suspended')),
        showError,
      );
    }
  }, [path, incident.clientId, showError]);

  async function submit() {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const date = (d?: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);
    const body =
      path === 'actions'
        ? {
            note: v.note,
            rectificationDueOn: date(v.rectificationDueOn),
            actions: (v.actions ?? []).map((a: Record<string, never>) => ({
              kind: a.kind,
              certificateId: a.certificateId,
              plannedStart: date(a.plannedStart),
              plannedEnd: date(a.plannedEnd),
              note: a.note || null,
            })),
          }
        : v;
    await save(() =>
      api('POST', `/api/incidents/{id}/${path}`, { path: { id: incident.id }, body: { version: incident.version, ...body } }),
    );
  }

  const text = (name: string, label: string, required = true) => (
    <Form.Item key={name} name={name} label={label} rules={required ? [{ required: true, min: 1 }] : []}>
      <Input.TextArea rows={3} maxLength={5000} />
    </Form.Item>
  );
  const fields: Record<StepPath, ReactNode> = {
    'report-to-audit-management': text('note', t('risk.note'), false),
    'suspension-request': text('note', t('incidents.suspensionNote')),
    'self-check': (
      <>
        <Form.Item name="finding" label={t('incidents.finding')} rules={[{ required: true }]}>
          <Radio.Group options={(['none', 'lapses', 'violations'] as const).map((f) => ({ value: f, label: t(`selfCheck.${f}`) }))} />
        </Form.Item>
        {text('note', t('risk.note'))}
      </>
    ),
    report: (['event', 'investigation', 'actions', 'opinion'] as const).map((k) => text(k, t(`incidents.report.${k}`))),
    actions: (
      <>
        <Form.List name="actions">
          {(items, { add, remove }) => (
            <>
              {items.map((item) => (
                <Space key={item.key} align="start" wrap>
                  <Form.Item name={[item.name, 'kind']} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 150 }}
                      placeholder={t('incidents.actions')}
                      options={(['more_surveillance', 'unscheduled_audit', 'project_inspection', 'suspension', 'revocation'] as const).map(
                        (k) => ({
                          value: k,
                          label: t(`incidentActions.${k}`),
                          title: t(`incidentActions.${k}`),
                        }),
                      )}
                    />
                  </Form.Item>
                  <Form.Item name={[item.name, 'certificateId']} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 180 }}
                      placeholder={t('incidents.certificate')}
                      options={certificates.map((c) => ({ value: c.id, label: c.certificateNo, title: c.certificateNo }))}
                    />
                  </Form.Item>
                  <Form.Item name={[item.name, 'plannedStart']}>
                    <DatePicker placeholder={t('incidents.plannedStart')} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'plannedEnd']}>
                    <DatePicker placeholder={t('incidents.plannedEnd')} />
                  </Form.Item>
                  <MinusCircleOutlined style={{ marginTop: 8 }} onClick={() => remove(item.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 16 }}>
                {t('incidents.addAction')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="rectificationDueOn" label={t('incidents.rectificationDueOn')}>
          <DatePicker />
        </Form.Item>
        {text('note', t('incidents.decisionNote'))}
      </>
    ),
    rectification: text('evidence', t('incidents.evidence')),
    verification: (
      <>
        <Typography.Paragraph>{incident.rectificationEvidence}</Typography.Paragraph>
        <Form.Item name="accepted" rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: true, label: t('incidents.accepted') },
              { value: false, label: t('incidents.notAccepted') },
            ]}
          />
        </Form.Item>
        {text('note', t('incidents.verificationNote'))}
      </>
    ),
  };
  const title = path === 'verification' ? t('incidents.verify') : t(`incidentSteps.${stepOf[path]}`);
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      okText={t('common.save')}
      width={path === 'actions' ? 820 : 560}
    >
      <Form form={form} layout="vertical">
        {fields[path]}
      </Form>
    </Modal>
  );
}

const stepOf: Record<StepPath, IncidentStepKind> = {
  'report-to-audit-management': 'incident_report_to_audit_management',
  'suspension-request': 'incident_suspension_request',
  'self-check': 'incident_self_check',
  report: 'incident_report',
  actions: 'incident_actions',
  rectification: 'incident_rectification',
  verification: 'incident_rectification',
};
