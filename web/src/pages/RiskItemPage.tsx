import { ArrowLeftOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Descriptions, Empty, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, type RiskCandidate, type RiskItem } from '../api.js';
import { afterCbToday } from '../cb-time.js';
import { pick, useSave, useSession, useShowError } from '../session.js';

const decisionColor = { pending: 'orange', confirmed: 'red', rejected: 'default' } as const;
// reasons that speak against the candidate (another place, several namesakes, a longer name) read as cautions
const cautionReasons: readonly RiskCandidate['reasons'][number][] = [
  'SAME_NAME_OTHER_PLACE',
  'SAME_NAME_SEVERAL_CLIENTS',
  'NAME_MAY_GO_ON',
];
const levelColor = { high: 'success', medium: undefined, low: 'secondary' } as const;

/** 匹配度: strong evidence (credit code, same or former name, branch) from 80%; a proposed candidate is at least medium. */
function scoreLevel(c: RiskCandidate): keyof typeof levelColor {
  if (c.score >= 0.8) return 'high';
  return c.proposed ? 'medium' : 'low';
}

/** One risk item and the certified clients it may name: staff confirm or reject each candidate. */
export function RiskItemPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { may, lang } = useSession();
  const showError = useShowError();
  const [item, setItem] = useState<RiskItem | null>(null);
  const [deciding, setDeciding] = useState<{ candidate: RiskCandidate; confirm: boolean } | null>(null);

  const load = useCallback(() => api('GET', '/api/risk-items/{id}', { path: { id: id! } }).then(setItem, showError), [id, showError]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!item) return <Card loading />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Link to="/risk">
        <ArrowLeftOutlined /> {t('risk.back')}
      </Link>
      <Card title={`${t('risk.title')} · ${item.publishedOn}`} extra={<Tag>{t(`risk.status.${item.status}`)}</Tag>}>
        <Descriptions column={2} size="small" bordered>
          <Descriptions.Item label={t('risk.fields.source')}>
            {item.source}（{t(`risk.sourceKinds.${item.sourceKind}`)}）
          </Descriptions.Item>
          <Descriptions.Item label={t('risk.fields.kind')}>{t(`riskKinds.${item.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('risk.fields.organisationNamed')}>{item.organisationNamed ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('risk.fields.link')}>
            {item.link ? (
              <a href={item.link} target="_blank" rel="noreferrer noopener">
                {item.link}
              </a>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('risk.fields.text')} span={2}>
            <div style={{ whiteSpace: 'pre-wrap' }}>{item.text}</div>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('risk.candidates')}>
        {item.candidates?.length ? (
          <Table<RiskCandidate>
            data-testid="candidates"
            rowKey="clientId"
            size="small"
            pagination={false}
            dataSource={item.candidates}
            columns={[
              {
                title: t('incidents.client'),
                render: (_, c) => (
                  <Space direction="vertical" size={0}>
                    <Link to={`/clients/${c.clientId}`}>{c.clientName}</Link>
                    <Typography.Text type="secondary">{pick(c.branchName, lang)}</Typography.Text>
                  </Space>
                ),
              },
              {
                title: t('risk.score'),
                width: 210,
                render: (_, c) => {
                  const level = scoreLevel(c);
                  return (
                    <Space size={4} wrap data-testid="candidate-score">
                      <Typography.Text strong>{Math.round(c.score * 100)}%</Typography.Text>
                      <Typography.Text type={levelColor[level]}>{t(`risk.levels.${level}`)}</Typography.Text>
                      {c.proposed && (
                        <Tag color="green" icon={<CheckCircleOutlined />}>
                          {t('risk.proposedMatch')}
                        </Tag>
                      )}
                    </Space>
                  );
                },
              },
              {
                title: t('risk.reasons'),
                render: (_, c) =>
                  c.reasons.map((r) => (
                    <Tag key={r} color={cautionReasons.includes(r) ? 'orange' : 'blue'}>
                      {t(`matchReasons.${r}`, { defaultValue: r })}
                    </Tag>
                  )),
              },
              { title: t('risk.matched'), dataIndex: 'matched' },
              {
                title: t('common.status'),
                render: (_, c) => (
                  <Space direction="vertical" size={0}>
                    <Tag color={decisionColor[c.decision]}>{t(`risk.decision.${c.decision}`)}</Tag>
                    {c.decidedBy && (
                      <Typography.Text type="secondary">
                        {c.decidedBy} {c.note}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              {
                title: t('common.actions'),
                render: (_, c) =>
                  c.incidentId ? (
                    <Link to={`/incidents/${c.incidentId}`}>{t('risk.openIncident')}</Link>
                  ) : (
                    c.decision === 'pending' &&
                    may('risk:write') && (
                      <Space size={0}>
                        <Button type="link" danger size="small" onClick={() => setDeciding({ candidate: c, confirm: true })}>
                          {t('risk.confirm')}
                        </Button>
                        <Button type="link" size="small" onClick={() => setDeciding({ candidate: c, confirm: false })}>
                          {t('risk.reject')}
                        </Button>
                      </Space>
                    )
                  ),
              },
            ]}
          />
        ) : (
          <Empty description={t('risk.noCandidates')} />
        )}
      </Card>
      {deciding && (
        <MatchDecisionModal
          item={item}
          {...deciding}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null);
            void load();
          }}
        />
      )}
    </Space>
  );
}

function MatchDecisionModal({
  item,
  candidate,
  confirm,
  onClose,
  onDone,
}: {
  item: RiskItem;
  candidate: RiskCandidate;
  confirm: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { saving, save } = useSave(onDone);

  async function submit() {
    // a field left empty is shown on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await save(() =>
      confirm
        ? api('POST', '/api/risk-items/{id}/candidates/{clientId}/confirm', {
            path: { id: item.id, clientId: candidate.clientId },
            body: {
              version: item.version,
              eventOn: v.eventOn.format('YYYY-MM-DD'),
              note: v.note || null,
            },
          })
        : api('POST', '/api/risk-items/{id}/candidates/{clientId}/reject', {
            path: { id: item.id, clientId: candidate.clientId },
            body: { version: item.version, note: v.note },
          }),
    );
  }

  return (
    <Modal
      open
      title={`${confirm ? t('risk.confirm') : t('risk.reject')} — ${candidate.clientName}`}
      onCancel={onClose}
      onOk={submit}
      okButtonProps={{ danger: confirm }}
      confirmLoading={saving}
      okText={t('common.confirm')}
    >
      <Form form={form} layout="vertical">
        {confirm && (
          <>
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('risk.confirmHint')} />
            {/* the event day is entered, never assumed from the publication date: the incident deadlines run from it */}
            <Form.Item
              name="eventOn"
              label={t('risk.eventOn')}
              rules={[{ required: true }]}
              extra={t('risk.eventOnHint', { publishedOn: item.publishedOn })}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={afterCbToday} />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="note"
          label={confirm ? t('risk.note') : t('risk.rejectReason')}
          rules={confirm ? [] : [{ required: true, min: 2 }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
