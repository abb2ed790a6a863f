import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Empty, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, type Audit, type Programme } from '../api.js';
import { afterCbToday, cbTodayDayjs } from '../cb-time.js';
import { maintainedAuditTypes } from '../../../src/modules/programmes/programme.rules.js';
import { useSession, useSave, useShowError } from '../session.js';
import { ActivitiesModal, TeamModal } from './AuditTeamModals.js';
import { DueTag } from './DueTag.js';
import { StarAssessmentDrawer } from './StarAssessmentDrawer.js';

const auditTypes = [
  'document_review',
  'initial_stage1',
  'initial_stage2',
  'surveillance',
  'recertification',
  'extra',
  'mystery_shopping',
  'random_survey',
];
const afterSalesOnly = ['mystery_shopping', 'random_survey'];
const triggers = ['SERIOUS_ACCIDENT', 'MEDIA_EXPOSURE', 'SUBSTANTIATED_COMPLAINT', 'MAJOR_CHANGE', 'CRITERIA_CHANGE', 'OTHER'];
const statusColor = { planned: 'blue', held: 'green', cancelled: 'default' } as const;

type Dialog =
  | { kind: 'newProgramme' }
  | { kind: 'plan' | 'recertify'; programme: Programme }
  | { kind: 'reschedule' | 'cancel' | 'record' | 'maintain'; programme: Programme; audit: Audit }
  | { kind: 'team' | 'activities'; programme: Programme; audit: Audit };

type FormDialog = Exclude<Dialog, { kind: 'team' | 'activities' }>;
const isFormDialog = (d: Dialog): d is FormDialog => d.kind !== 'team' && d.kind !== 'activities';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 审核方案: every cycle of the client's certificates, its audits and what it still owes. */
export function ProgrammesPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { may, me } = useSession();
  const showError = useShowError();
  const [programmes, setProgrammes] = useState<Programme[] | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [assessing, setAssessing] = useState<Audit | null>(null);

  const load = useCallback(
    () => api('GET', '/api/clients/{id}/programmes', { path: { id: clientId } }).then(setProgrammes, showError),
    [clientId, showError],
  );
  useEffect(() => {
    void load();
  }, [load]);
  // ?audit=<id> (an auditor's dashboard links here): that audit's assessment opens at once
  const [search, setSearch] = useSearchParams();
  const linkedAudit = search.get('audit');
  useEffect(() => {
    if (!programmes || !linkedAudit) return;
    const audit = programmes.flatMap((p) => p.audits).find((a) => a.id === linkedAudit);
    if (audit?.status === 'held') setAssessing(audit);
    setSearch(
      (s) => {
        const next = new URLSearchParams(s);
        next.delete('audit');
        return next;
      },
      { replace: true },
    );
  }, [programmes, linkedAudit, setSearch]);

  if (!programmes) return <Card loading />;
  const done = () => {
    setDialog(null);
    void load();
  };
  const write = may('programmes:write');

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="programmes">
      {write && (
        <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'newProgramme' })}>
          {t('programmes.newProgramme')}
        </Button>
      )}
      {programmes.length === 0 && <Empty description={t('programmes.empty')} />}
      {programmes.map((p) => {
        const recertifiable =
          p.status === 'open' &&
          p.certificateId &&
          p.audits.some((a) => a.type === 'recertification' && a.status === 'held' && a.result !== 'fail');
        return (
          <Card
            key={p.id}
            size="small"
            data-testid={`programme-${p.cycleNo}`}
            title={
              <Space wrap>
                <Typography.Text strong>{t(`certificationFields.${p.field}`)}</Typography.Text>
                <Typography.Text>{p.certificateNo ?? t('programmes.application')}</Typography.Text>
                <Tag>{t('programmes.cycle', { n: p.cycleNo })}</Tag>
                {p.status === 'open' ? (
                  <Tag color="green">{t('programmes.open')}</Tag>
                ) : (
                  <Tag>{t('programmes.closed', { on: p.closedOn })}</Tag>
                )}
              </Space>
            }
            extra={
              <Space>
                {recertifiable && may('certificates:decide') && (
                  <Button type="primary" onClick={() => setDialog({ kind: 'recertify', programme: p })}>
                    {t('programmes.recertify')}
                  </Button>
                )}
                {write && p.status === 'open' && (
                  <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'plan', programme: p })}>
                    {t('programmes.planAudit')}
                  </Button>
                )}
              </Space>
            }
          >
            {p.status === 'open' && (
              <div style={{ marginBottom: 12 }}>
                <Typography.Text type="secondary">{t('common.labelled', { label: t('programmes.due') })}</Typography.Text>
                {p.due.length === 0 ? t('programmes.nothingDue') : p.due.map((d) => <DueTag key={d.id} item={d} />)}
              </div>
            )}
            <Table<Audit>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={p.audits}
              locale={{ emptyText: '—' }}
              columns={[
                {
                  title: t('programmes.type'),
                  render: (_, a) => (
                    <Space size={4} wrap>
                      {t(`auditTypes.${a.type}`)}
                      {a.sequence && <Typography.Text type="secondary">{t('programmes.sequence', { n: a.sequence })}</Typography.Text>}
                      {a.trigger && <Tag color="purple">{t(`triggers.${a.trigger}`)}</Tag>}
                    </Space>
                  ),
                },
                {
                  title: t('programmes.auditStatus'),
                  render: (_, a) => <Tag color={statusColor[a.status]}>{t(`auditStatuses.${a.status}`)}</Tag>,
                },
                {
                  title: t('programmes.planned'),
                  render: (_, a) => (
                    <>
                      {a.plannedStart} ~ {a.plannedEnd}
                      {a.rescheduleCount > 0 && (
                        <Typography.Text type="secondary">
                          {' '}
                          {t('common.parenthesised', { text: t('programmes.rescheduleCount', { n: a.rescheduleCount }) })}
                        </Typography.Text>
                      )}
                    </>
                  ),
                },
                { title: t('programmes.actual'), render: (_, a) => (a.actualStart ? `${a.actualStart} ~ ${a.actualEnd}` : '') },
                {
                  title: t('programmes.team'),
                  render: (_, a) =>
                    a.team
                      .map((m) =>
                        m.role === 'team_leader' ? `${m.name}${t('common.parenthesised', { text: t('teamRoles.team_leader') })}` : m.name,
                      )
                      .join(t('common.listSeparator')),
                },
                {
                  title: t('programmes.result'),
                  render: (_, a) => (
                    <>
                      {a.result ? t(`auditResults.${a.result}`) : (a.cancelReason ?? '')}
                      {a.maintained && (
                        <div>
                          <Tag color="green">{t('actions.maintain')}</Tag>
                          <Typography.Text type="secondary">
                            {t('incidents.by', { who: a.maintained.decidedBy, on: a.maintained.decidedOn })}
                          </Typography.Text>
                        </div>
                      )}
                    </>
                  ),
                },
                {
                  title: t('common.actions'),
                  render: (_, a) => {
                    if (a.status === 'held' && p.scheme === 'after_sales' && !afterSalesOnly.includes(a.type)) {
                      return (
                        <Button type="link" size="small" onClick={() => setAssessing(a)}>
                          {t('stars.open')}
                        </Button>
                      );
                    }
                    // 保持认证资格: the decision-maker approves a surveillance's conclusion (after-sales: in its assessment)
                    const keepable =
                      a.status === 'held' &&
                      maintainedAuditTypes.includes(a.type) &&
                      a.result !== 'fail' &&
                      !a.maintained &&
                      p.certificateId &&
                      p.scheme === 'management_system';
                    if (keepable && may('certificates:decide')) {
                      return (
                        <Button type="link" size="small" onClick={() => setDialog({ kind: 'maintain', programme: p, audit: a })}>
                          {t('programmes.maintain')}
                        </Button>
                      );
                    }
                    if (a.status !== 'planned') return null;
                    const open = (kind: 'reschedule' | 'cancel' | 'record' | 'team' | 'activities') => () =>
                      setDialog({ kind, programme: p, audit: a });
                    const onTeam = a.team.some((m) => m.userId === me.id);
                    return (
                      <Space size={0} wrap>
                        {write && (
                          <>
                            <Button type="link" size="small" onClick={open('team')}>
                              {t('programmes.assignTeam')}
                            </Button>
                            <Button type="link" size="small" onClick={open('reschedule')}>
                              {t('programmes.reschedule')}
                            </Button>
                            <Button type="link" size="small" onClick={open('record')}>
                              {t('programmes.record')}
                            </Button>
                            <Button type="link" size="small" danger onClick={open('cancel')}>
                              {t('programmes.cancel')}
                            </Button>
                          </>
                        )}
                        {may('audits:plan') && (write || onTeam) && (
                          <Button type="link" size="small" onClick={open('activities')}>
                            {t('programmes.plan')}
                          </Button>
                        )}
                      </Space>
                    );
                  },
                },
              ]}
            />
          </Card>
        );
      })}
      {assessing && (
        <StarAssessmentDrawer
          audit={assessing}
          certified={!!programmes.find((p) => p.id === assessing.programmeId)?.certificateId}
          onClose={() => (setAssessing(null), void load())}
        />
      )}
      {dialog?.kind === 'team' && <TeamModal audit={dialog.audit} onClose={() => setDialog(null)} onDone={done} />}
      {dialog?.kind === 'activities' && <ActivitiesModal audit={dialog.audit} onClose={() => setDialog(null)} onDone={done} />}
      {dialog && isFormDialog(dialog) && (
        <ProgrammeFormModal dialog={dialog} clientId={clientId} onClose={() => setDialog(null)} onDone={done} />
      )}
    </Space>
  );
}

/** The small forms: new programme, plan, reschedule, cancel, record, recertify. */
function ProgrammeFormModal({
  dialog,
  clientId,
  onClose,
  onDone,
}: {
  dialog: FormDialog;
  clientId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { saving, save } = useSave(onDone);
  const type = Form.useWatch('type', form);
  const scheme = Form.useWatch('scheme', form);
  const programme = 'programme' in dialog ? dialog.programme : null;
  const audit = 'audit' in dialog ? dialog.audit : null;

  useEffect(() => {
    if (dialog.kind === 'newProgramme') form.setFieldsValue({ scheme: 'management_system', field: 'QMS' });
    if (dialog.kind === 'plan')
      form.setFieldsValue({ type: 'surveillance', period: [cbTodayDayjs().add(1, 'month'), cbTodayDayjs().add(1, 'month').add(1, 'day')] });
    if (dialog.kind === 'reschedule') form.setFieldsValue({ period: [dayjs(audit!.plannedStart), dayjs(audit!.plannedEnd)] });
    if (dialog.kind === 'record') form.setFieldsValue({ period: [dayjs(audit!.plannedStart), dayjs(audit!.plannedEnd)], result: 'pass' });
    if (dialog.kind === 'recertify') form.setFieldsValue({ decisionOn: cbTodayDayjs() });
    if (dialog.kind === 'maintain') form.setFieldsValue({ decisionOn: cbTodayDayjs(), reason: t('programmes.maintainReason') });
  }, [dialog, audit, form, t]);

  async function submit() {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await save(async () => {
      const period = v.period ? { start: day(v.period[0]), end: day(v.period[1]) } : null;
      switch (dialog.kind) {
        case 'newProgramme':
          await api('POST', '/api/clients/{id}/programmes', { path: { id: clientId }, body: { scheme: v.scheme, field: v.field } });
          break;
        case 'plan':
          await api('POST', '/api/programmes/{id}/audits', {
            path: { id: programme!.id },
            body: {
              type: v.type,
              plannedStart: period!.start,
              plannedEnd: period!.end,
              sites: v.sites ?? [],
              trigger: v.type === 'extra' ? v.trigger : null,
              triggerNote: v.triggerNote ?? null,
              forAuditId: v.forAuditId ?? null,
            },
          });
          break;
        case 'reschedule':
          await api('POST', '/api/audits/{id}/reschedule', {
            path: { id: audit!.id },
            body: {
              version: audit!.version,
              plannedStart: period!.start,
              plannedEnd: period!.end,
              reason: v.reason,
            },
          });
          break;
        case 'cancel':
          await api('POST', '/api/audits/{id}/cancel', { path: { id: audit!.id }, body: { version: audit!.version, reason: v.reason } });
          break;
        case 'record':
          await api('POST', '/api/audits/{id}/record', {
            path: { id: audit!.id },
            body: {
              version: audit!.version,
              actualStart: period!.start,
              actualEnd: period!.end,
              result: v.result,
              resultNote: v.resultNote ?? null,
            },
          });
          break;
        case 'maintain': {
          const certificate = await api('GET', '/api/certificates/{id}', { path: { id: programme!.certificateId! } });
          await api('POST', '/api/certificates/{id}/maintain', {
            path: { id: programme!.certificateId! },
            body: { version: certificate.version, auditId: audit!.id, decidedOn: day(v.decisionOn), reason: v.reason },
          });
          break;
        }
        case 'recertify': {
          const certificate = await api('GET', '/api/certificates/{id}', { path: { id: programme!.certificateId! } });
          await api('POST', '/api/programmes/{id}/recertify', {
            path: { id: programme!.id },
            body: {
              version: certificate.version,
              decisionOn: day(v.decisionOn),
              reason: v.reason,
            },
          });
          break;
        }
      }
    });
  }

  const titles = {
    newProgramme: t('programmes.newProgramme'),
    plan: t('programmes.planAudit'),
    reschedule: t('programmes.reschedule'),
    cancel: t('programmes.cancel'),
    record: t('programmes.record'),
    recertify: t('programmes.recertify'),
    maintain: t('programmes.maintain'),
  };
  const types = auditTypes.filter((x) => programme?.scheme === 'after_sales' || !afterSalesOnly.includes(x));
  const surveillances = programme?.audits.filter((a) => a.type === 'surveillance' && a.status !== 'cancelled') ?? [];
  const reason = (required: boolean) => (
    <Form.Item name="reason" label={t('programmes.reason')} rules={[{ required, min: 2 }]}>
      <Input.TextArea rows={2} maxLength={2000} />
    </Form.Item>
  );

  return (
    <Modal
      open
      title={`${titles[dialog.kind]}${audit ? ` — ${t(`auditTypes.${audit.type}`)} ${audit.actualStart ?? audit.plannedStart}` : ''}`}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      okText={t('common.confirm')}
      okButtonProps={{ danger: dialog.kind === 'cancel' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        {dialog.kind === 'newProgramme' && (
          <>
            <Form.Item name="scheme" label={t('certificates.scheme')} rules={[{ required: true }]}>
              <Select
                options={['management_system', 'after_sales'].map((s) => ({ value: s, label: t(`schemes.${s}`) }))}
                onChange={(s) => form.setFieldValue('field', s === 'after_sales' ? 'AFTER_SALES' : 'QMS')}
              />
            </Form.Item>
            <Form.Item name="field" label={t('certificates.field')} rules={[{ required: true }]}>
              <Select
                options={(scheme === 'after_sales' ? ['AFTER_SALES'] : ['QMS', 'EMS', 'OHSMS', 'EnMS']).map((f) => ({
                  value: f,
                  label: t(`certificationFields.${f}`),
                }))}
              />
            </Form.Item>
          </>
        )}
        {dialog.kind === 'plan' && (
          <>
            <Form.Item name="type" label={t('programmes.type')} rules={[{ required: true }]}>
              <Select options={types.map((x) => ({ value: x, label: t(`auditTypes.${x}`) }))} />
            </Form.Item>
            {type === 'extra' && (
              <>
                <Form.Item name="trigger" label={t('programmes.trigger')} rules={[{ required: true }]}>
                  <Select options={triggers.map((x) => ({ value: x, label: t(`triggers.${x}`) }))} />
                </Form.Item>
                <Form.Item name="triggerNote" label={t('programmes.triggerNote')}>
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
              </>
            )}
            {type === 'mystery_shopping' && (
              <Form.Item name="forAuditId" label={t('programmes.forAudit')}>
                <Select
                  allowClear
                  options={surveillances.map((a) => ({ value: a.id, label: `${t('auditTypes.surveillance')} ${a.plannedStart}` }))}
                />
              </Form.Item>
            )}
          </>
        )}
        {(dialog.kind === 'plan' || dialog.kind === 'reschedule' || dialog.kind === 'record') && (
          <Form.Item
            name="period"
            label={dialog.kind === 'record' ? t('programmes.actual') : t('programmes.planned')}
            rules={[{ required: true }]}
          >
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        {dialog.kind === 'plan' && (
          <Form.Item name="sites" label={t('programmes.sites')} extra={t('programmes.sitesHint')}>
            <Select mode="tags" open={false} />
          </Form.Item>
        )}
        {dialog.kind === 'reschedule' && reason(true)}
        {dialog.kind === 'cancel' && (
          <>
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('programmes.cancelConfirm')} />
            {reason(true)}
          </>
        )}
        {dialog.kind === 'record' && (
          <>
            <Form.Item name="result" label={t('programmes.result')} rules={[{ required: true }]}>
              <Select options={['pass', 'pass_after_correction', 'fail'].map((x) => ({ value: x, label: t(`auditResults.${x}`) }))} />
            </Form.Item>
            <Form.Item name="resultNote" label={t('programmes.resultNote')}>
              <Input.TextArea rows={2} maxLength={4000} />
            </Form.Item>
          </>
        )}
        {dialog.kind === 'maintain' && (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('programmes.maintainConfirm', { no: programme!.certificateNo })}
            />
            <Form.Item
              name="decisionOn"
              label={t('certificates.decisionOn')}
              rules={[{ required: true }]}
              extra={t('programmes.maintainDateHint', { end: audit!.actualEnd })}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => afterCbToday(d) || day(d) < audit!.actualEnd!} />
            </Form.Item>
            {reason(true)}
          </>
        )}
        {dialog.kind === 'recertify' && (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('programmes.recertifyConfirm', { no: programme!.certificateNo })}
            />
            <Form.Item name="decisionOn" label={t('certificates.decisionOn')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            {reason(false)}
          </>
        )}
      </Form>
    </Modal>
  );
}
