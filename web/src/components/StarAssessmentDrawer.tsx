import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Answer, type Audit } from '../api.js';
import { pick, useSave, useSession, useShowError } from '../session.js';
import { StarScorePanel, useSheetScore } from './StarScorePanel.js';

type StarSheet = Answer<'/api/audits/{id}/star-assessment', 'GET'>;
interface SheetForm {
  items: { code: string; applicable: boolean; achieved: number | null; finding: string }[];
  specialDeductions: number | null;
  specialBonus: number | null;
  specialNotes: string;
  nonconformities: Nonconformity[];
}
type Nonconformity = Assessment['nonconformities'][number];
type Assessment = NonNullable<StarSheet['assessment']>;

const stars = (n: number) => (n > 0 ? '★'.repeat(n) : '—');

/** The sheet's scores as the API takes them. */
function sheetOf(v: SheetForm) {
  return {
    items: (v.items ?? []).map((i) => ({ code: i.code, applicable: i.applicable, achieved: i.achieved ?? 0, finding: i.finding || null })),
    specialDeductions: v.specialDeductions ?? 0,
    specialBonus: v.specialBonus ?? 0,
    specialNotes: v.specialNotes || null,
  };
}

/** 评价记录: the GB/T 27922 sheet the team scores, its nonconformities, the conclusion and the decision. */
export function StarAssessmentDrawer({ audit, certified, onClose }: { audit: Audit; certified: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { lang, may, me } = useSession();
  const showError = useShowError();
  const [data, setData] = useState<StarSheet | null>(null);
  const [form] = Form.useForm();
  const [dialog, setDialog] = useState<'conclude' | 'decide' | null>(null);
  const [scope, setScope] = useState('');
  useEffect(() => {
    api('GET', '/api/clients/{id}', { path: { id: audit.clientId } }).then((c) => setScope(c.scope ?? ''), showError);
  }, [audit.clientId, showError]);
  const onTeam = audit.team.some((m) => m.userId === me.id);
  const leader = audit.team.some((m) => m.userId === me.id && m.role === 'team_leader');
  const a = data?.assessment ?? null;
  const { score: running, rescore } = useSheetScore(audit.id);

  const load = useCallback(
    () =>
      api('GET', '/api/audits/{id}/star-assessment', { path: { id: audit.id } }).then((d) => {
        setData(d);
        const byCode = new Map((d.assessment?.items ?? []).map((i) => [i.code, i]));
        form.setFieldsValue({
          items: d.indicators.map((ind) => ({
            code: ind.code,
            applicable: byCode.get(ind.code)?.applicable ?? true,
            achieved: byCode.get(ind.code)?.achieved ?? ind.points,
            finding: byCode.get(ind.code)?.finding ?? '',
          })),
          specialDeductions: d.assessment?.specialDeductions ?? 0,
          specialBonus: d.assessment?.specialBonus ?? 0,
          specialNotes: d.assessment?.specialNotes ?? '',
          nonconformities: d.assessment?.nonconformities ?? [],
        });
        rescore(sheetOf(form.getFieldsValue(true)));
      }, showError),
    [audit.id, form, showError, rescore],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const { saving, save } = useSave(() => void load());
  const editable = onTeam && !a?.conclusion;

  async function score() {
    // a deduction without its finding is marked on the form: nothing more to report
    if (!(await form.validateFields().catch(() => null))) return;
    const v: SheetForm = form.getFieldsValue(true);
    await save(() =>
      api('PUT', '/api/audits/{id}/star-assessment', {
        path: { id: audit.id },
        body: {
          version: a?.version ?? 0,
          ...sheetOf(v),
          nonconformities: (v.nonconformities ?? []).map((n: Nonconformity) => ({
            description: n.description,
            rootCause: n.rootCause || null,
            correctiveAction: n.correctiveAction || null,
          })),
        },
      }),
    );
  }

  async function verify(index: number, method: 'written' | 'on_site') {
    await save(() =>
      api('POST', '/api/audits/{id}/star-assessment/nonconformities/{index}/verify', {
        path: { id: audit.id, index },
        body: { version: a!.version, method },
      }),
    );
  }

  return (
    <Drawer
      open
      width={900}
      title={`${t('stars.title')} — ${t(`auditTypes.${audit.type}`)} ${audit.actualStart ?? ''}`}
      onClose={onClose}
      data-testid="star-assessment"
    >
      {editable && running && data && <StarScorePanel score={running} indicators={data.indicators} />}
      {a && (
        <Space size="large" style={{ marginBottom: 16 }} wrap>
          {/* while the team still scores, these are the saved sheet's, beside the running score above */}
          <Statistic title={t(editable ? 'stars.savedTotal' : 'stars.total')} value={a.total} />
          <Statistic title={t(editable ? 'stars.savedLevel' : 'stars.level')} value={stars(a.level)} />
          {a.conclusion && (
            <Statistic
              title={t('stars.conclusion')}
              value={`${t(`stars.conclusions.${a.conclusion}`)} ${stars(a.recommendedLevel ?? 0)}`}
            />
          )}
          {a.decidedOn && <Tag color="green">{t('stars.decided', { who: a.decidedBy, on: a.decidedOn })}</Tag>}
        </Space>
      )}
      <Space style={{ marginBottom: 12 }} wrap>
        {editable && (
          <Button type="primary" loading={saving} onClick={score}>
            {t('stars.save')}
          </Button>
        )}
        {/* not while the scores are being saved: the conclusion is written against the saved sheet's version */}
        {leader && a && !a.conclusion && (
          <Button disabled={saving} onClick={() => setDialog('conclude')}>
            {t('stars.conclude')}
          </Button>
        )}
        {may('certificates:decide') && !onTeam && a?.conclusion && !a.decidedOn && (
          <Button type="primary" onClick={() => setDialog('decide')}>
            {t('stars.decide')}
          </Button>
        )}
      </Space>
      <Form form={form} disabled={!editable} onValuesChange={(_, all: SheetForm) => rescore(sheetOf(all))}>
        <Table
          size="small"
          pagination={false}
          rowKey="code"
          dataSource={(data?.indicators ?? []).map((ind, index) => ({ ...ind, index }))}
          columns={[
            { title: t('stars.group'), render: (_, i) => pick({ zh: i.groupNameZh, en: i.groupNameEn }, lang), width: 130 },
            { title: t('stars.indicator'), render: (_, i) => `${i.code} ${pick({ zh: i.nameZh, en: i.nameEn }, lang)}` },
            { title: t('stars.points'), dataIndex: 'points', width: 60 },
            {
              title: t('stars.applicable'),
              width: 70,
              render: (_, i) => (
                <Form.Item name={['items', i.index, 'applicable']} valuePropName="checked" noStyle>
                  <Checkbox />
                </Form.Item>
              ),
            },
            {
              title: t('stars.achieved'),
              width: 110,
              render: (_, i) => (
                <>
                  <Form.Item name={['items', i.index, 'code']} hidden>
                    <Input />
                  </Form.Item>
                  {/* an indicator that does not apply is not scored */}
                  <Form.Item noStyle dependencies={[['items', i.index, 'applicable']]}>
                    {({ getFieldValue }) => (
                      <Form.Item name={['items', i.index, 'achieved']} noStyle>
                        <InputNumber
                          aria-label={`${i.code} ${t('stars.achieved')}`}
                          min={0}
                          max={i.points}
                          step={0.5}
                          style={{ width: 90 }}
                          disabled={!editable || !getFieldValue(['items', i.index, 'applicable'])}
                        />
                      </Form.Item>
                    )}
                  </Form.Item>
                </>
              ),
            },
            {
              title: t('stars.finding'),
              render: (_, i) => (
                <Form.Item
                  name={['items', i.index, 'finding']}
                  style={{ margin: 0 }}
                  dependencies={[
                    ['items', i.index, 'achieved'],
                    ['items', i.index, 'applicable'],
                  ]}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_, finding?: string) =>
                        getFieldValue(['items', i.index, 'applicable']) &&
                        (getFieldValue(['items', i.index, 'achieved']) ?? 0) < i.points &&
                        !finding?.trim()
                          ? Promise.reject(new Error(t('stars.findingRequired')))
                          : Promise.resolve(),
                    }),
                  ]}
                >
                  <Input aria-label={`${i.code} ${t('stars.finding')}`} />
                </Form.Item>
              ),
            },
          ]}
        />
        <Space style={{ margin: '12px 0' }} wrap>
          <Form.Item name="specialDeductions" label={t('stars.specialDeductions')}>
            <InputNumber min={0} max={20} />
          </Form.Item>
          <Form.Item name="specialBonus" label={t('stars.specialBonus')}>
            <InputNumber min={0} max={1} step={0.5} />
          </Form.Item>
          <Form.Item
            name="specialNotes"
            label={t('stars.specialNotes')}
            dependencies={['specialDeductions']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, notes?: string) =>
                  (getFieldValue('specialDeductions') ?? 0) > 0 && !notes?.trim()
                    ? Promise.reject(new Error(t('stars.specialNotesRequired')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input style={{ width: 320 }} />
          </Form.Item>
        </Space>
        <Typography.Title level={5}>{t('stars.nonconformities')}</Typography.Title>
        <Form.List name="nonconformities">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => {
                const saved = a?.nonconformities[f.name];
                return (
                  <Space key={f.key} align="start" wrap style={{ marginBottom: 8 }}>
                    <Form.Item name={[f.name, 'description']} rules={[{ required: true, min: 2 }]}>
                      <Input placeholder={t('stars.ncDescription')} style={{ width: 220 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'rootCause']}>
                      <Input placeholder={t('stars.rootCause')} style={{ width: 200 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'correctiveAction']}>
                      <Input placeholder={t('stars.correctiveAction')} style={{ width: 200 }} />
                    </Form.Item>
                    {saved?.verifiedOn ? (
                      <Tag color="green">{t('stars.verified', { who: saved.verifiedBy, on: saved.verifiedOn })}</Tag>
                    ) : (
                      onTeam &&
                      saved && (
                        <Space size={0}>
                          <Button size="small" disabled={false} onClick={() => verify(f.name, 'written')}>
                            {t('stars.verifyWritten')}
                          </Button>
                          <Button size="small" disabled={false} onClick={() => verify(f.name, 'on_site')}>
                            {t('stars.verifyOnSite')}
                          </Button>
                        </Space>
                      )
                    )}
                    {editable && <MinusCircleOutlined style={{ marginTop: 8 }} onClick={() => remove(f.name)} />}
                  </Space>
                );
              })}
              {editable && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ description: '' })}>
                  {t('stars.addNonconformity')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form>
      {a?.decisionNote && (
        <Descriptions size="small" bordered style={{ marginTop: 16 }} column={1}>
          <Descriptions.Item label={t('stars.decision')}>{a.decisionNote}</Descriptions.Item>
        </Descriptions>
      )}
      {dialog && a && (
        <ConclusionModal
          kind={dialog}
          audit={audit}
          assessment={a}
          scope={scope}
          certified={certified}
          onClose={() => setDialog(null)}
          onDone={() => (setDialog(null), void load())}
        />
      )}
    </Drawer>
  );
}

function ConclusionModal({
  kind,
  audit,
  assessment,
  scope,
  certified,
  onClose,
  onDone,
}: {
  kind: 'conclude' | 'decide';
  audit: Audit;
  assessment: Assessment;
  scope: string;
  certified: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const conclusion = Form.useWatch('conclusion', form);
  const outcome = Form.useWatch('outcome', form);
  const { saving, save } = useSave(onDone);
  async function submit() {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const suspendUntil = v.suspendUntil ? v.suspendUntil.format('YYYY-MM-DD') : null;
    await save(() =>
      api('POST', `/api/audits/{id}/star-assessment/${kind}`, {
        path: { id: audit.id },
        body: {
          version: assessment.version,
          ...v,
          grant: v.grant ?? false,
          suspendUntil,
        },
      }),
    );
  }
  return (
    <Modal
      open
      title={kind === 'conclude' ? t('stars.conclude') : t('stars.decide')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      okText={t('common.save')}
    >
      <Form form={form} layout="vertical" initialValues={{ conclusion: 'recommend', grant: !certified, scope }}>
        {kind === 'conclude' ? (
          <>
            <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('stars.scoredLevel', { level: assessment.level })} />
            <Form.Item name="conclusion">
              <Radio.Group
                options={(['recommend', 'recommend_lower', 'not_recommend'] as const).map((c) => ({
                  value: c,
                  label: t(`stars.conclusions.${c}`),
                }))}
              />
            </Form.Item>
            {conclusion === 'recommend_lower' && (
              <Form.Item name="recommendedLevel" label={t('stars.level')} rules={[{ required: true }]}>
                <InputNumber min={1} max={Math.max(1, assessment.level)} />
              </Form.Item>
            )}
          </>
        ) : (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('stars.decideHint', { level: assessment.recommendedLevel ?? 0 })}
            />
            {certified ? (
              <>
                <Form.Item name="outcome" label={t('stars.outcome')} rules={[{ required: true }]}>
                  <Radio.Group
                    options={(['keep', 'keep_after_correction', 'lower', 'suspend', 'revoke'] as const).map((o) => ({
                      value: o,
                      label: t(`stars.outcomes.${o}`),
                    }))}
                  />
                </Form.Item>
                {outcome === 'suspend' && (
                  <Form.Item name="suspendUntil" label={t('stars.suspendUntil')} rules={[{ required: true }]}>
                    <DatePicker />
                  </Form.Item>
                )}
              </>
            ) : (
              <>
                <Form.Item name="grant">
                  <Radio.Group
                    options={[
                      { value: true, label: t('stars.grant') },
                      { value: false, label: t('stars.noGrant') },
                    ]}
                  />
                </Form.Item>
                <Form.Item name="certificateNo" label={t('certificates.certificateNo')}>
                  <Input />
                </Form.Item>
              </>
            )}
            <Form.Item name="scope" label={t('certificates.scope')} rules={[{ required: true, min: 2 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={t('changes.note')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
