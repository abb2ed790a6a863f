import { Alert, Button, Card, DatePicker, Form, Input, Modal, Segmented, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type Proposal } from '../api.js';
import { cbToday } from '../cb-time.js';
import { CertificateStatusTag } from '../components/CertificatesPanel.js';
import { OverdueDays } from '../components/DueTag.js';
import { useSession, useSave, useShowError } from '../session.js';
import { defaultSuspensionPeriod } from '../suspension.js';

type Status = Proposal['status'] | 'all';
const statusColor = { open: 'orange', accepted: 'red', dismissed: 'default', lapsed: 'default' } as const;

/** 暂停建议: overdue surveillance proposes suspension; a decision-maker suspends or dismisses with a reason. */
export function ProposalsPage() {
  const { t } = useTranslation();
  const { may } = useSession();
  const showError = useShowError();
  const [status, setStatus] = useState<Status>('open');
  const [rows, setRows] = useState<Proposal[] | null>(null);
  const [deciding, setDeciding] = useState<{ proposal: Proposal; accept: boolean } | null>(null);

  const load = useCallback(
    () => api('GET', '/api/suspension-proposals', { query: { status: status === 'all' ? undefined : status } }).then(setRows, showError),
    [status, showError],
  );
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Card title={t('proposals.title')}>
      {/* on a phone the statuses scroll sideways in their own strip, not the page */}
      <div style={{ overflowX: 'auto', marginBottom: 16 }}>
        <Segmented<Status>
          value={status}
          onChange={setStatus}
          options={[
            ...(['open', 'accepted', 'dismissed', 'lapsed'] as const).map((s) => ({ value: s, label: t(`proposals.status.${s}`) })),
            { value: 'all' as const, label: t('dueList.allDue') },
          ]}
        />
      </div>
      <Table<Proposal>
        scroll={{ x: 'max-content' }}
        data-testid="proposals"
        rowKey="id"
        size="small"
        loading={!rows}
        dataSource={rows ?? []}
        pagination={{ pageSize: 50 }}
        columns={[
          { title: t('dueList.client'), render: (_, p) => <Link to={`/clients/${p.clientId}`}>{p.clientName}</Link> },
          { title: t('dueList.certificate'), dataIndex: 'certificateNo' },
          { title: t('proposals.certificateStatus'), render: (_, p) => <CertificateStatusTag status={p.certificateStatus} /> },
          { title: t('dueList.basis'), render: (_, p) => t(`proposals.basis.${p.basis}`) },
          {
            title: t('proposals.dueOn'),
            render: (_, p) => (
              <Space direction="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
                {p.dueOn}
                {p.status === 'open' && p.dueOn < cbToday() && <OverdueDays dueOn={p.dueOn} />}
                {p.plannedAudit && (
                  <Tag color="blue" data-testid="planned-audit">
                    {t('proposals.plannedAudit', { start: p.plannedAudit.plannedStart, end: p.plannedAudit.plannedEnd })}
                  </Tag>
                )}
              </Space>
            ),
          },
          { title: t('proposals.proposedOn'), dataIndex: 'proposedOn' },
          {
            title: t('proposals.decided'),
            render: (_, p) => (
              <Space direction="vertical" size={0}>
                <Tag color={statusColor[p.status]}>{t(`proposals.status.${p.status}`)}</Tag>
                {p.decidedBy && `${p.decidedBy} ${p.decidedOn}：${p.reason}`}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, p) =>
              p.status === 'open' &&
              may('certificates:decide') && (
                <Space size={0}>
                  <Button type="link" danger size="small" onClick={() => setDeciding({ proposal: p, accept: true })}>
                    {t('proposals.accept')}
                  </Button>
                  <Button type="link" size="small" onClick={() => setDeciding({ proposal: p, accept: false })}>
                    {t('proposals.dismiss')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      {deciding && (
        <DecisionModal
          {...deciding}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null);
            void load();
          }}
        />
      )}
    </Card>
  );
}

function DecisionModal({
  proposal,
  accept,
  onClose,
  onDone,
}: {
  proposal: Proposal;
  accept: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { saving, save } = useSave(onDone);

  useEffect(() => {
    form.setFieldsValue({ period: defaultSuspensionPeriod(proposal.certificateExpiresOn) });
  }, [form, proposal.certificateExpiresOn]);

  async function submit() {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await save(async () => {
      const body = accept
        ? { version: proposal.version, from: v.period[0].format('YYYY-MM-DD'), until: v.period[1].format('YYYY-MM-DD'), reason: v.reason }
        : { version: proposal.version, reason: v.reason };
      await api('POST', `/api/suspension-proposals/{id}/${accept ? 'accept' : 'dismiss'}`, { path: { id: proposal.id }, body });
    });
  }

  return (
    <Modal
      open
      title={`${accept ? t('proposals.accept') : t('proposals.dismiss')} — ${proposal.certificateNo}`}
      onCancel={onClose}
      onOk={submit}
      okButtonProps={{ danger: accept }}
      confirmLoading={saving}
      okText={t('common.confirm')}
    >
      <Form form={form} layout="vertical">
        {accept && (
          <>
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('proposals.acceptConfirm', { no: proposal.certificateNo, ground: t(`proposals.basis.${proposal.basis}`) })}
            />
            {proposal.plannedAudit && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                message={t('proposals.plannedAudit', { start: proposal.plannedAudit.plannedStart, end: proposal.plannedAudit.plannedEnd })}
              />
            )}
            <Form.Item
              name="period"
              label={t('proposals.period')}
              rules={[{ required: true }]}
              extra={t('certificates.periodLimit', { expiresOn: proposal.certificateExpiresOn })}
            >
              <DatePicker.RangePicker
                style={{ width: '100%' }}
                disabledDate={(d) => d.format('YYYY-MM-DD') > proposal.certificateExpiresOn}
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="reason" label={t('proposals.reason')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
