import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Audit, type PlanActivity, type TeamCandidate, type TeamRole } from '../api.js';
import { pick, useSave, useSession, useShowError } from '../session.js';
import { roleRefusal } from '../team-check.js';

const roles: TeamRole[] = ['team_leader', 'auditor', 'technical_expert'];

/** How long the team rests before the server checks it again: a few quick picks are checked once. */
const TEAM_CHECK_DELAY_MS = 250;

/**
 * 指定审核组: the registered candidates with what they cover and their past audits of this client.
 * A role a candidate's registrations do not allow is offered disabled with the reason; the team
 * being built is checked by the server's rules (the ones saving applies) as it changes.
 */
export function TeamModal({ audit, onClose, onDone }: { audit: Audit; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [candidates, setCandidates] = useState<TeamCandidate[] | null>(null);
  const [chosen, setChosen] = useState<Record<string, TeamRole | undefined>>(() =>
    Object.fromEntries(audit.team.map((m) => [m.userId, m.role])),
  );
  const { lang } = useSession();
  // what keeps the team from being saved, by the server's rules; undefined while being checked
  const [problems, setProblems] = useState<{ code: string; message: { zh: string; en: string } }[] | undefined>([]);
  const { saving, save } = useSave(onDone);
  const members = Object.entries(chosen)
    .filter((entry): entry is [string, TeamRole] => Boolean(entry[1]))
    .map(([userId, role]) => ({ userId, role }));
  const membersKey = JSON.stringify(members);

  useEffect(() => {
    api('GET', '/api/audits/{id}/team-candidates', { path: { id: audit.id } }).then(setCandidates, showError);
  }, [audit.id, showError]);
  const asked = useRef(0);
  useEffect(() => {
    const team = JSON.parse(membersKey) as typeof members;
    const n = ++asked.current;
    if (team.length === 0) return setProblems([]);
    setProblems(undefined);
    const timer = setTimeout(() => {
      api('POST', '/api/audits/{id}/team-check', { path: { id: audit.id }, body: { members: team } }).then(
        // an older answer arriving late does not replace a newer one
        (r) => n === asked.current && setProblems(r.problems),
        showError,
      );
    }, TEAM_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [audit.id, membersKey, showError]);

  // members of the current team no longer registered for this audit stay listed, to be taken off
  const rows: TeamCandidate[] = candidates
    ? [
        ...candidates,
        ...audit.team
          .filter((m) => !candidates.some((c) => c.userId === m.userId))
          .map((m) => ({
            userId: m.userId,
            name: m.name,
            kinds: [],
            teamLeader: false,
            registrationNos: [],
            coversAreas: [],
            previousAudits: [],
          })),
      ]
    : [];
  const messages = members.length === 0 ? [t('programmes.teamCheck.EMPTY')] : (problems ?? []).map((p) => pick(p.message, lang));

  async function submit() {
    await save(async () => {
      await api('POST', '/api/audits/{id}/team', { path: { id: audit.id }, body: { version: audit.version, members } });
    });
  }

  return (
    <Modal
      open
      width={960}
      title={`${t('programmes.assignTeam')} — ${t(`auditTypes.${audit.type}`)} ${audit.plannedStart} ~ ${audit.plannedEnd}`}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      okText={t('common.save')}
      okButtonProps={{ disabled: problems === undefined || messages.length > 0 }}
    >
      <Typography.Paragraph type="secondary">{t('programmes.candidates')}</Typography.Paragraph>
      <Table<TeamCandidate>
        data-testid="team-candidates"
        rowKey="userId"
        size="small"
        loading={!candidates}
        dataSource={rows}
        pagination={false}
        columns={[
          { title: t('registrations.auditor'), dataIndex: 'name' },
          {
            title: t('registrations.kind'),
            render: (_, c) =>
              c.kinds.length === 0 ? (
                <Tag color="red">{t('programmes.roleRefused.NOT_REGISTERED')}</Tag>
              ) : (
                c.kinds.map((k) => <Tag key={k}>{t(`registrations.kinds.${k}`)}</Tag>)
              ),
          },
          { title: t('programmes.leaderQualified'), render: (_, c) => (c.teamLeader ? '✓' : '') },
          { title: t('programmes.covers'), render: (_, c) => c.coversAreas.join(', ') || '—' },
          {
            title: t('programmes.previous'),
            render: (_, c) =>
              c.previousAudits.length === 0
                ? t('programmes.never')
                : c.previousAudits.map((p) => (
                    <div key={p.auditId}>
                      {p.start} {t(`auditTypes.${p.type}`)}（{t(`teamRoles.${p.role}`)}）
                    </div>
                  )),
          },
          {
            title: t('programmes.role'),
            width: 150,
            render: (_, c) => (
              <Select<TeamRole | ''>
                aria-label={`${t('programmes.role')} ${c.name}`}
                style={{ width: 140 }}
                value={chosen[c.userId] ?? ''}
                onChange={(role) => setChosen((s) => ({ ...s, [c.userId]: role || undefined }))}
                popupMatchSelectWidth={false}
                options={[
                  { value: '', label: t('programmes.notOnTeam'), title: t('programmes.notOnTeam') },
                  ...roles.map((r) => {
                    const refused = roleRefusal(c, r);
                    const label = refused
                      ? t('programmes.roleWithReason', { role: t(`teamRoles.${r}`), reason: t(`programmes.roleRefused.${refused}`) })
                      : t(`teamRoles.${r}`);
                    return { value: r, label, title: label, disabled: refused !== null };
                  }),
                ]}
              />
            ),
          },
        ]}
      />
      {problems !== undefined &&
        (messages.length > 0 ? (
          <Alert
            data-testid="team-problems"
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            message={t('programmes.teamCheck.title')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {messages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            }
          />
        ) : (
          <Alert data-testid="team-problems" type="success" showIcon style={{ marginTop: 12 }} message={t('programmes.teamCheck.ok')} />
        ))}
    </Modal>
  );
}

interface ActivityRow extends Omit<PlanActivity, 'date'> {
  date: Dayjs;
}

/** 审核计划: each activity's date, time, site and person, within the audit's dates and team. */
export function ActivitiesModal({ audit, onClose, onDone }: { audit: Audit; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ activities: ActivityRow[] }>();
  const { saving, save } = useSave(onDone);

  useEffect(() => {
    form.setFieldsValue({ activities: audit.plan.map((a) => ({ ...a, date: dayjs(a.date) })) });
  }, [audit, form]);

  async function submit() {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await save(async () => {
      const activities = (v.activities ?? []).map((a) => ({ ...a, date: a.date.format('YYYY-MM-DD'), site: a.site ?? '' }));
      await api('POST', '/api/audits/{id}/plan', { path: { id: audit.id }, body: { version: audit.version, activities } });
    });
  }

  const time = [{ required: true }, { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: 'HH:MM' }];
  const inAudit = (d: Dayjs) => d.format('YYYY-MM-DD') < audit.plannedStart || d.format('YYYY-MM-DD') > audit.plannedEnd;
  return (
    <Modal
      open
      width={1000}
      title={`${t('programmes.plan')} — ${t(`auditTypes.${audit.type}`)} ${audit.plannedStart} ~ ${audit.plannedEnd}`}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      okText={t('common.save')}
    >
      <Form form={form} data-testid="audit-plan">
        <Form.List name="activities">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }) => (
                <Space key={key} align="baseline" wrap>
                  <Form.Item name={[name, 'date']} rules={[{ required: true }]}>
                    <DatePicker disabledDate={inAudit} placeholder={t('programmes.date')} style={{ width: 130 }} />
                  </Form.Item>
                  <Form.Item name={[name, 'from']} rules={time}>
                    <Input placeholder="09:00" style={{ width: 70 }} aria-label={t('programmes.from')} />
                  </Form.Item>
                  <Form.Item name={[name, 'to']} rules={time}>
                    <Input placeholder="10:00" style={{ width: 70 }} aria-label={t('programmes.to')} />
                  </Form.Item>
                  <Form.Item name={[name, 'activity']} rules={[{ required: true }]}>
                    <Input placeholder={t('programmes.activity')} style={{ width: 240 }} maxLength={500} />
                  </Form.Item>
                  <Form.Item name={[name, 'site']}>
                    {audit.sites.length > 0 ? (
                      <Select
                        placeholder={t('programmes.site')}
                        style={{ width: 130 }}
                        options={audit.sites.map((s) => ({ value: s, label: s }))}
                      />
                    ) : (
                      <Input placeholder={t('programmes.site')} style={{ width: 130 }} maxLength={200} />
                    )}
                  </Form.Item>
                  <Form.Item name={[name, 'userId']} rules={[{ required: true }]}>
                    <Select
                      placeholder={t('programmes.person')}
                      style={{ width: 130 }}
                      options={audit.team.map((m) => ({ value: m.userId, label: m.name }))}
                    />
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(name)} aria-label={t('common.delete')} />
                </Space>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ date: dayjs(audit.plannedStart), from: '09:00', to: '10:00', site: audit.sites[0] ?? '' })}
              >
                {t('programmes.addActivity')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
