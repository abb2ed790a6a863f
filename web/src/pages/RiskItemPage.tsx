import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Descriptions, Empty, Form, Input, Modal, Progress, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, type RiskCandidate, type RiskItem } from '../api.js';
import { pick, useSave, useSession, useShowError } from '../session.js';

const decisionColor = { pending: 'orange', confirmed: 'red', rejected: 'default' } as const;

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
                    <span style={{ color: '#888' }}>{pick(c.branchName, lang)}</span>
                  </Space>
                ),
              },
              {
                title: t('risk.score'),
                width: 140,
                render: (_, c) => (
                  <Space>
                    <Progress
                      percent={Math.round(c.score * 100)}
                      size="small"
                      style={{ width: 80 }}
                      status={c.proposed ? 'exception' : 'normal'}
                    />
                    {c.proposed && <Tag color="red">{t('risk.proposed')}</Tag>}
                  </Space>
                ),
              },
              {
                title: t('risk.reasons'),
                render: (_, c) => c.reasons.map((r) => <Tag key={r}>{t(`matchReasons.${r}`, { defaultValue: r })}</Tag>),
              },
              { title: t('risk.matched'), dataIndex: 'matched' },
              {
                title: t('common.status'),
                render: (_, c) => (
                  <Space direction="vertical" size={0}>
                    <Tag color={decisionColor[c.decision]}>{t(`risk.decision.${c.decision}`)}</Tag>
                    {c.decidedBy && (
                      <span style={{ color: '#888' }}>
                        {c.decidedBy} {c.note}
                      </span>
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
    const v = await form.validateFields();
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
      <Form form={form} layout="vertical" initialValues={{ eventOn: dayjs(item.publishedOn) }}>
        {confirm && (
          <>
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('risk.confirmHint')} />
            <Form.Item name="eventOn" label={t('risk.eventOn')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
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
