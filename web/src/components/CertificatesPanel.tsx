import { FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { CertificateReportData } from './CertificateReportData.js';
import {
  Alert,
  App as AntApp,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Certificate, type CertificateDetail, type CertificateStatus, type Answer } from '../api.js';
import { afterCbToday, cbTodayDayjs } from '../cb-time.js';
import { pick, useSession, useShowError } from '../session.js';
import { defaultSuspensionPeriod, scopeItems } from '../suspension.js';

const statusColor: Record<CertificateStatus, string> = {
  valid: 'green',
  suspended: 'orange',
  revoked: 'red',
  withdrawn: 'default',
  expired: 'default',
};

// the grounds the server accepts for each decision (certificate.rules.ts)
const grounds = {
  suspend: [
    'SURVEILLANCE_NOT_ACCEPTED',
    'CAPABILITY_BELOW_REQUIREMENTS',
    'MISUSE_OF_CERTIFICATE_OR_MARK',
    'SERIOUS_COMPLAINT',
    'FEES_UNPAID',
    'OTHER',
  ],
  revoke: [
    'CORRECTIVE_ACTION_NOT_ACHIEVED',
    'SERIOUS_QUALITY_ACCIDENT',
    'OBTAINED_BY_FRAUD',
    'CERTIFICATE_TRANSFERRED',
    'FEES_REFUSED',
    'SUSPENSION_NOT_RESTORED',
    'OTHER',
  ],
  // a client giving its certificate up goes through 放弃证书, which revokes when grounds are open
  withdraw: ['CRITERIA_NOT_MET', 'OTHER'],
};

type Action = 'grant' | 'suspend' | 'restore' | 'revoke' | 'withdraw' | 'give-up' | 'reissue' | 'confidential';

export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]}>{t(`certStatus.${status}`)}</Tag>;
}

/** A certificate's status as lists show it: its tag, and 部分暂停 while part of its scope is suspended. */
export function CertificateStatus({ certificate: c }: { certificate: Pick<Certificate, 'status' | 'suspendedScope'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      <CertificateStatusTag status={c.status} />
      {c.status === 'suspended' && c.suspendedScope && <Tag>{t('certificates.partial')}</Tag>}
    </Space>
  );
}

export function CertificatesPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { may } = useSession();
  const showError = useShowError();
  const [rows, setRows] = useState<Certificate[]>([]);
  const [open, setOpen] = useState<CertificateDetail | null>(null);
  const [granting, setGranting] = useState(false);

  const load = useCallback(
    () => api('GET', '/api/clients/{id}/certificates', { path: { id: clientId } }).then(setRows, showError),
    [clientId, showError],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const openCertificate = useCallback(
    (id: string) => api('GET', '/api/certificates/{id}', { path: { id } }).then(setOpen, showError),
    [showError],
  );

  return (
    <>
      {may('certificates:decide') && (
        <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setGranting(true)}>
          {t('certificates.grant')}
        </Button>
      )}
      <Table<Certificate>
        data-testid="certificates"
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('certificates.empty') }}
        onRow={(c) => ({ onClick: () => void openCertificate(c.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('certificates.certificateNo'),
            dataIndex: 'certificateNo',
            render: (v: string) => <Typography.Link>{v}</Typography.Link>,
          },
          { title: t('certificates.scheme'), dataIndex: 'scheme', render: (v: string) => t(`schemes.${v}`) },
          { title: t('certificates.standard'), dataIndex: 'standard', ellipsis: true },
          { title: t('certificates.starLevel'), dataIndex: 'starLevel', render: (v: number | null) => (v ? '★'.repeat(v) : '') },
          {
            title: t('certificates.status'),
            render: (_, c) => <CertificateStatus certificate={c} />,
          },
          { title: t('certificates.originalIssueOn'), dataIndex: 'originalIssueOn' },
          { title: t('certificates.expiresOn'), dataIndex: 'expiresOn' },
          {
            title: t('certificates.suspension'),
            render: (_, c) => (c.status === 'suspended' ? `${c.suspendedFrom} ~ ${c.suspendedUntil}` : ''),
          },
        ]}
      />
      <CertificateDrawer
        certificate={open}
        onClose={() => setOpen(null)}
        onChanged={(c) => {
          setOpen(c);
          void load();
        }}
      />
      <ActionModal
        action={granting ? 'grant' : null}
        clientId={clientId}
        onClose={() => setGranting(false)}
        onDone={() => {
          setGranting(false);
          void load();
        }}
      />
    </>
  );
}

/** A certificate, its history and the decisions the user may take on it: from a client's page and from the register. */
export function CertificateDrawer({
  certificate: c,
  onClose,
  onChanged,
}: {
  certificate: CertificateDetail | null;
  onClose: () => void;
  onChanged: (c: CertificateDetail) => void;
}) {
  const { t } = useTranslation();
  const { may } = useSession();
  const [action, setAction] = useState<Action | null>(null);
  if (!c) return null;
  const actions: Action[] = [];
  if (may('certificates:decide')) {
    for (const a of ['suspend', 'restore', 'revoke', 'withdraw'] as const) if (c.allowedActions.includes(a)) actions.push(a);
    if (c.allowedActions.includes('withdraw') || c.allowedActions.includes('revoke')) actions.push('give-up');
  }
  if (may('certificates:reissue') && c.allowedActions.includes('reissue')) actions.push('reissue');
  if (may('certificates:reissue')) actions.push('confidential');

  return (
    <Drawer open width={720} title={`${c.certificateNo} — ${c.organisationName}`} onClose={onClose} data-testid="certificate-drawer">
      <Space wrap style={{ marginBottom: 16 }}>
        {actions.map((a) => (
          <Button key={a} danger={a === 'revoke' || a === 'withdraw'} onClick={() => setAction(a)}>
            {a === 'confidential' ? t(c.confidential ? 'certificates.makePublic' : 'certificates.makeConfidential') : t(`actions.${a}`)}
          </Button>
        ))}
        <Button icon={<FilePdfOutlined />} href={`/api/certificates/${c.id}/pdf`} target="_blank">
          {t('certificates.pdf')}
        </Button>
      </Space>
      {c.confidential && <Alert type="info" showIcon message={t('certificates.confidential')} style={{ marginBottom: 12 }} />}
      {c.revocationProposedOn && (
        <Alert
          type="warning"
          showIcon
          message={`${t('certificates.proposed')}（${c.revocationProposedOn}）`}
          style={{ marginBottom: 12 }}
        />
      )}
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }}>
        <Descriptions.Item label={t('certificates.status')} span={2}>
          <CertificateStatusTag status={c.status} />
          {t('certificates.cncaCode', { code: c.cncaStatusCode })}
          {c.status === 'suspended' && ` ${c.suspendedFrom} ~ ${c.suspendedUntil}`}
          {c.suspendedScope && `（${t('certificates.suspendedScope')}：${c.suspendedScope}）`}
        </Descriptions.Item>
        <Descriptions.Item label={t('certificates.scheme')}>{t(`schemes.${c.scheme}`)}</Descriptions.Item>
        <Descriptions.Item label={t('certificates.field')}>{t(`certificationFields.${c.field}`)}</Descriptions.Item>
        <Descriptions.Item label={t('certificates.standard')} span={2}>
          {c.standard}
        </Descriptions.Item>
        <Descriptions.Item label={t('certificates.scope')} span={2}>
          {c.scope}
        </Descriptions.Item>
        <Descriptions.Item label={t('certificates.address')} span={2}>
          {c.address}
        </Descriptions.Item>
        {c.starLevel && <Descriptions.Item label={t('certificates.starLevel')}>{'★'.repeat(c.starLevel)}</Descriptions.Item>}
        {c.sites.length > 0 && (
          <Descriptions.Item label={t('certificates.sites')} span={2}>
            {c.sites.map((site) => (
              <div key={site.name}>
                {site.name}：{site.address}
                {site.scope && `（${site.scope}）`}
              </div>
            ))}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('certificates.decisionOn')}>{c.decisionOn}</Descriptions.Item>
        <Descriptions.Item label={t('certificates.originalIssueOn')}>{c.originalIssueOn}</Descriptions.Item>
        <Descriptions.Item label={t('certificates.issueOn')}>{c.issueOn}</Descriptions.Item>
        <Descriptions.Item label={t('certificates.expiresOn')}>{c.expiresOn}</Descriptions.Item>
      </Descriptions>
      <CertificateReportData certificate={c} onChanged={onChanged} />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('certificates.history')}
      </Typography.Title>
      <Timeline
        data-testid="certificate-history"
        items={(c.events ?? []).map((e) => ({
          color:
            e.kind === 'revoke' ? 'red' : e.kind === 'suspend' ? 'orange' : e.kind === 'grant' || e.kind === 'restore' ? 'green' : 'gray',
          children: (
            <>
              <Typography.Text strong>
                {e.effectiveOn} {t(`actions.${e.kind}`)}
              </Typography.Text>
              {e.ground && ` · ${t(`grounds.${e.ground}`, { defaultValue: e.ground })}`}
              <div>{e.reason}</div>
              {/* not sent to the portal: who decided stays inside the CB */}
              {e.decidedBy !== undefined && (
                <Typography.Text type="secondary">
                  {t('certificates.decidedBy')}：{e.decidedBy === 'system' ? t('clients.system') : e.decidedBy}
                </Typography.Text>
              )}
            </>
          ),
        }))}
      />
      <ActionModal
        action={action}
        certificate={c}
        onClose={() => setAction(null)}
        onDone={(updated) => (setAction(null), onChanged(updated))}
      />
    </Drawer>
  );
}

function ActionModal({
  action,
  certificate,
  clientId,
  onClose,
  onDone,
}: {
  action: Action | null;
  certificate?: CertificateDetail;
  clientId?: string;
  onClose: () => void;
  onDone: (c: CertificateDetail) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const { message, modal } = AntApp.useApp();
  const showError = useShowError();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  // the grounds the records hold open: a give-up counts them whatever is ticked
  const [recorded, setRecorded] = useState<Answer<'/api/certificates/{id}/give-up-grounds', 'GET'>>([]);

  useEffect(() => {
    setRecorded([]);
    if (action === 'give-up' && certificate) {
      api('GET', '/api/certificates/{id}/give-up-grounds', { path: { id: certificate.id } }).then(setRecorded, showError);
    }
  }, [action, certificate, showError]);

  useEffect(() => {
    if (!action) return;
    form.resetFields();
    if (action === 'grant') form.setFieldsValue({ scheme: 'management_system', field: 'QMS', decisionOn: cbTodayDayjs() });
    if (action === 'suspend' && certificate) form.setFieldsValue({ period: defaultSuspensionPeriod(certificate.expiresOn) });
    if (action === 'reissue')
      form.setFieldsValue({
        changedOn: cbTodayDayjs(),
        address: certificate?.address,
      });
  }, [action, certificate, form]);

  if (!action) return null;
  const date = (d: Dayjs) => d.format('YYYY-MM-DD');

  async function submit() {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSaving(true);
    try {
      if (action === 'grant') {
        const body = { ...v, scheme: 'management_system', decisionOn: date(v.decisionOn), sites: [] };
        onDone(await api('POST', '/api/clients/{id}/certificates', { path: { id: clientId! }, body }));
      } else {
        const body: Record<string, unknown> = { ...v, version: certificate!.version };
        if (action === 'suspend') {
          const part = (v.partScope as string[] | undefined) ?? [];
          Object.assign(body, {
            from: date(v.period[0]),
            until: date(v.period[1]),
            period: undefined,
            partScope: part.length ? part.join('；') : null,
          });
        }
        if (action === 'reissue') body.changedOn = date(v.changedOn);
        if (action === 'confidential') body.confidential = !certificate!.confidential;
        const result = await api('POST', `/api/certificates/{id}/${action as Exclude<Action, 'grant'>}`, {
          path: { id: certificate!.id },
          body: body as never,
        });
        if ('decision' in result) {
          const { why, openGrounds } = result.decision;
          const named = openGrounds.map((g) => t(`grounds.${g}`, { defaultValue: g })).join(lang === 'en' ? '; ' : '；');
          modal.info({ title: t('certificates.decision'), content: `${pick(why, lang)}${named ? `（${named}）` : ''}` });
          onDone(result.certificate);
        } else onDone(await api('GET', '/api/certificates/{id}', { path: { id: certificate!.id } }));
      }
      void message.success(t('common.saved'));
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  }

  const groundSelect = (list: string[]) => (
    <Form.Item name="ground" label={t('certificates.ground')} rules={[{ required: true }]}>
      <Select options={list.map((g) => ({ value: g, label: t(`grounds.${g}`) }))} />
    </Form.Item>
  );

  return (
    <Modal
      open
      title={`${t(`actions.${action}`)}${certificate ? ` — ${certificate.certificateNo}` : ''}`}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      okText={t('common.confirm')}
      okButtonProps={{ danger: action === 'revoke' || action === 'withdraw' }}
      destroyOnHidden
    >
      {certificate && action !== 'reissue' && (
        <Alert
          type="info"
          showIcon
          message={t('certificates.confirm', { action: t(`actions.${action}`), no: certificate.certificateNo })}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} layout="vertical" data-testid="certificate-action-form">
        {action === 'grant' && (
          <>
            <Form.Item name="certificateNo" label={t('certificates.certificateNo')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Alert type="info" showIcon message={t('certificates.grantManagementSystemOnly')} style={{ marginBottom: 16 }} />
            <Form.Item name="field" label={t('certificates.field')} rules={[{ required: true }]}>
              <Select style={{ width: 160 }} options={['QMS', 'EMS', 'OHSMS', 'EnMS'].map((f) => ({ value: f, label: f }))} />
            </Form.Item>
            <Form.Item name="standard" label={t('certificates.standard')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="scope" label={t('certificates.scope')} rules={[{ required: true }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="decisionOn" label={t('certificates.decisionOn')} rules={[{ required: true }]}>
              <DatePicker disabledDate={afterCbToday} />
            </Form.Item>
          </>
        )}
        {action === 'suspend' && (
          <>
            <Form.Item
              name="period"
              label={t('certificates.period')}
              rules={[{ required: true }]}
              extra={t('certificates.periodLimit', { expiresOn: certificate?.expiresOn })}
            >
              <DatePicker.RangePicker disabledDate={(d) => !!certificate && d.isAfter(dayjs(certificate.expiresOn), 'day')} />
            </Form.Item>
            {groundSelect(grounds.suspend)}
            {/* a part suspension suspends some of the scope's items (separated by ；), as written */}
            {certificate && scopeItems(certificate.scope).length > 1 && (
              <Form.Item
                name="partScope"
                label={`${t('certificates.suspendedScope')}（${t('certificates.partial')}）`}
                extra={t('certificates.partHint')}
              >
                <Select
                  mode="multiple"
                  allowClear
                  placeholder={t('certificates.none')}
                  options={scopeItems(certificate.scope).map((item) => ({ value: item, label: item }))}
                />
              </Form.Item>
            )}
          </>
        )}
        {action === 'revoke' && groundSelect(grounds.revoke)}
        {action === 'withdraw' && groundSelect(grounds.withdraw)}
        {action === 'give-up' && recorded.length > 0 && (
          <Alert
            type="warning"
            showIcon
            data-testid="recorded-grounds"
            style={{ marginBottom: 16 }}
            message={t('certificates.recordedGrounds')}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {recorded.map((g, i) => (
                  <li key={i}>
                    {t(`grounds.${g.ground}`)}（{t(`certificates.groundSources.${g.source}`)}，{g.since}）
                  </li>
                ))}
              </ul>
            }
          />
        )}
        {action === 'give-up' && (
          <Form.Item name="openGrounds" label={t('certificates.openGrounds')}>
            <Select
              mode="multiple"
              allowClear
              options={[...grounds.suspend, ...grounds.revoke.slice(0, 5)]
                .filter((g) => g !== 'OTHER')
                .map((g) => ({ value: g, label: t(`grounds.${g}`) }))}
            />
          </Form.Item>
        )}
        {action === 'reissue' && (
          <>
            <Alert type="info" showIcon message={t('certificates.reissueAdministrativeOnly')} style={{ marginBottom: 16 }} />
            <Form.Item name="changedOn" label={t('certificates.changedOn')} rules={[{ required: true }]}>
              <DatePicker disabledDate={afterCbToday} />
            </Form.Item>
            <Form.Item name="address" label={t('certificates.address')}>
              <Input />
            </Form.Item>
          </>
        )}
        <Form.Item name="reason" label={t('certificates.reason')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
