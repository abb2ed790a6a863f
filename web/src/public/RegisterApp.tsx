import { SearchOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  ConfigProvider,
  Descriptions,
  Empty,
  Form,
  Input,
  Layout,
  List,
  Radio,
  Result,
  Segmented,
  Space,
  Spin,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState } from 'react';
import type { Answer } from '../api.js';
import { cbDateTime } from '../cb-time.js';
import { reducedMotion, theme } from '../theme.js';

/** The public certificate register: no login, no admin code, only public fields. */
type Lang = 'zh' | 'en';

type PublicCertificate = Answer<'/api/public/certificates', 'GET'>[number];

type FeedEntry = Answer<'/api/public/feed', 'GET'>[number];

type Issuer = Answer<'/api/public/issuer', 'GET'>;

const text = {
  zh: {
    title: '认证证书查询',
    hint: '输入证书编号或组织名称（可省略省市名称和“有限公司”等）',
    search: '查询',
    searchLabel: '证书编号或组织名称',
    lookup: '证书查询',
    feed: '证书动态',
    none: '未查到符合条件的证书',
    found: (total: number, shown: number) => (total > shown ? `共找到 ${total} 张证书，显示前 ${shown} 张` : `共找到 ${total} 张证书`),
    formerName: '原名',
    organisation: '组织名称',
    scheme: '认证类别',
    standard: '认证依据',
    scope: '认证范围',
    stars: '星级',
    status: '证书状态',
    originalIssue: '初次颁证日期',
    issue: '颁证/换证日期',
    expires: '有效期至',
    expiredOn: '原有效期至',
    suspended: '暂停期',
    partly: '暂停范围',
    withCode: (status: string, code: string) => `${status}（CNCA 状态代码 ${code}）`,
    partNote: (status: string) => `${status}（其余认证范围仍然有效）`,
    error: '查询失败，请稍后再试',
    complain: '投诉与申诉',
    complainIntro: '对获证组织或本机构的认证活动有投诉或申诉，请填写下表；我们将在规定期限内书面答复。',
    complaintKinds: { complaint: '投诉', appeal: '申诉' },
    name: '您的姓名',
    contact: '联系电话或电子邮箱',
    organisationNamed: '涉及的组织',
    certificateNo: '证书编号',
    subject: '事由',
    details: '详细情况',
    submit: '提交',
    received: (number: string, date: string) => `已受理，编号 ${number}，我们将于 ${date} 前书面答复。`,
    schemes: { management_system: '管理体系认证', after_sales: '售后服务认证' },
    verify: {
      valid: '证书有效',
      suspended: '证书暂停中：暂停期间不得使用证书和认证标志',
      partly: '证书部分暂停：暂停的范围见下，其余认证范围仍然有效',
      ended: { revoked: '证书已撤销，不再有效', withdrawn: '证书已注销，不再有效', expired: '证书已过期失效' },
      missing: (no: string) => `本机构没有编号为 ${no} 的证书`,
      missingHint: '该证书可能并非本机构颁发或系伪造。如有疑问，请通过“投诉与申诉”告知我们。',
      checkedAt: (cb: string, at: string) => `以上为${cb}证书库中的实时状态，查询时间 ${at}（北京时间）`,
      other: '查询其他证书',
    },
    kinds: {
      grant: '颁证',
      reissue: '换证',
      recertify: '再认证',
      suspend: '暂停',
      restore: '恢复',
      revoke: '撤销',
      withdraw: '注销',
      expire: '过期',
    } satisfies Record<FeedEntry['kind'], string>,
  },
  en: {
    title: 'Certificate register',
    hint: 'Certificate number or organisation name (the city and "Co., Ltd." may be left out)',
    search: 'Search',
    searchLabel: 'Certificate number or organisation',
    lookup: 'Look up',
    feed: 'Recent changes',
    none: 'No certificate matches',
    found: (total: number, shown: number) =>
      total > shown ? `${total} certificates found; the first ${shown} are shown` : `${total} certificate${total === 1 ? '' : 's'} found`,
    formerName: 'Former name',
    organisation: 'Organisation',
    scheme: 'Scheme',
    standard: 'Standard',
    scope: 'Scope',
    stars: 'Star level',
    status: 'Status',
    originalIssue: 'Original issue',
    issue: 'Issued / changed',
    expires: 'Valid until',
    expiredOn: 'Was valid until',
    suspended: 'Suspended',
    partly: 'Part suspended',
    withCode: (status: string, code: string) => `${status.charAt(0).toUpperCase()}${status.slice(1)} (CNCA status code ${code})`,
    partNote: (status: string) => `${status.charAt(0).toUpperCase()}${status.slice(1)} (the rest of the scope stays valid)`,
    error: 'The search failed; please try again later',
    complain: 'Complaints and appeals',
    complainIntro:
      'To complain about a certified organisation or appeal against our certification work, fill in this form; we answer in writing within the set time.',
    complaintKinds: { complaint: 'Complaint', appeal: 'Appeal' },
    name: 'Your name',
    contact: 'Phone or e-mail',
    organisationNamed: 'Organisation concerned',
    certificateNo: 'Certificate no.',
    subject: 'Subject',
    details: 'Details',
    submit: 'Submit',
    received: (number: string, date: string) => `Received as ${number}; we will answer in writing by ${date}.`,
    schemes: { management_system: 'Management system', after_sales: 'After-sales service' },
    verify: {
      valid: 'The certificate is valid',
      suspended: 'The certificate is suspended: neither it nor the certification mark may be used meanwhile',
      partly: 'The certificate is partly suspended: the part below is suspended, the rest of the scope stays valid',
      ended: {
        revoked: 'The certificate was revoked and is no longer valid',
        withdrawn: 'The certificate was withdrawn and is no longer valid',
        expired: 'The certificate has expired',
      },
      missing: (no: string) => `We have issued no certificate numbered ${no}`,
      missingHint: 'It may not be ours, or it may be forged. If in doubt, tell us under "Complaints and appeals".',
      checkedAt: (cb: string, at: string) => `The live status in the certificate records of ${cb}, checked ${at} (Beijing time)`,
      other: 'Look up another certificate',
    },
    kinds: {
      grant: 'Granted',
      reissue: 'Reissued',
      recertify: 'Recertified',
      suspend: 'Suspended',
      restore: 'Restored',
      revoke: 'Revoked',
      withdraw: 'Withdrawn',
      expire: 'Expired',
    } satisfies Record<FeedEntry['kind'], string>,
  },
};

const statusColor: Record<string, string> = { valid: 'green', suspended: 'orange', revoked: 'red' };

export function RegisterApp() {
  const [lang, setLang] = useState<Lang>(navigator.language.startsWith('zh') || !navigator.language ? 'zh' : 'en');
  const [results, setResults] = useState<PublicCertificate[] | null>(null);
  // whose register this is: a visitor from a certificate's QR code should not have to guess
  const [issuer, setIssuer] = useState<Issuer | null>(null);
  const [total, setTotal] = useState(0);
  const [feed, setFeed] = useState<FeedEntry[]>([]);
  const [error, setError] = useState(false);
  const [loading, setLoading] = useState(false);
  const l = text[lang];
  // a certificate's QR code opens /register/c/<its number>: that certificate's live status
  const [verifying] = useState(() => /^\/register\/c\/([^/]+)\/?$/.exec(window.location.pathname)?.[1]);
  // a notice e-mail links to its certificate's entry as /register?q=<certificate no.>
  const [linked] = useState(() => new URLSearchParams(window.location.search).get('q') ?? '');

  useEffect(() => {
    document.title = l.title;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [l, lang]);
  useEffect(() => {
    if (linked) void search(linked); // once, for the address the page was opened with
  }, [linked]);
  useEffect(() => {
    fetch('/api/public/issuer')
      .then((r) => (r.ok ? r.json() : null))
      .then(setIssuer, () => setIssuer(null));
  }, []);
  useEffect(() => {
    fetch('/api/public/feed?limit=30')
      .then((r) => (r.ok ? r.json() : []))
      .then(setFeed, () => setFeed([]));
  }, []);

  async function search(q: string) {
    if (q.trim().length < 2) return;
    setLoading(true);
    setError(false);
    try {
      const res = await fetch(`/api/public/certificates?q=${encodeURIComponent(q.trim())}`);
      if (!res.ok) throw new Error(String(res.status));
      const rows: PublicCertificate[] = await res.json();
      setTotal(Number(res.headers.get('x-total-count') ?? rows.length));
      setResults(rows);
    } catch {
      setError(true);
    } finally {
      setLoading(false);
    }
  }

  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={theme} wave={{ disabled: reducedMotion }}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ background: '#1f5faa', display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography.Title level={1} style={{ color: '#fff', margin: 0, fontSize: 20 }}>
            {issuer ? `${issuer.name[lang]} · ${l.title}` : l.title}
          </Typography.Title>
          <Segmented<Lang>
            value={lang}
            onChange={setLang}
            options={[
              { label: '中文', value: 'zh' },
              { label: 'EN', value: 'en' },
            ]}
          />
        </Layout.Header>
        <Layout.Content style={{ maxWidth: 960, width: '100%', margin: '24px auto', padding: '0 16px' }}>
          {verifying ? (
            <Verification no={decodeURIComponent(verifying)} l={l} lang={lang} issuer={issuer} />
          ) : (
            <Tabs
              items={[
                {
                  key: 'lookup',
                  label: l.lookup,
                  children: (
                    <Space direction="vertical" style={{ width: '100%' }} size="large">
                      <Input.Search
                        data-testid="register-search"
                        size="large"
                        enterButton={
                          <>
                            <SearchOutlined /> {l.search}
                          </>
                        }
                        aria-label={l.searchLabel}
                        placeholder={l.hint}
                        defaultValue={linked}
                        onSearch={search}
                        loading={loading}
                        allowClear
                      />
                      {error && <Alert type="error" message={l.error} />}
                      {results && results.length === 0 && <Empty description={l.none} />}
                      {results && results.length > 0 && (
                        <Typography.Text type="secondary" data-testid="register-count">
                          {l.found(Math.max(total, results.length), results.length)}
                        </Typography.Text>
                      )}
                      {results?.map((c) => (
                        <CertificateCard key={c.certificateNo} c={c} l={l} lang={lang} />
                      ))}
                    </Space>
                  ),
                },
                {
                  key: 'complain',
                  label: l.complain,
                  children: <PublicComplaintForm l={l} />,
                },
                {
                  key: 'feed',
                  label: l.feed,
                  children: (
                    <List
                      data-testid="register-feed"
                      dataSource={feed}
                      renderItem={(e) => (
                        <List.Item>
                          <Space wrap>
                            <Typography.Text type="secondary">{e.effectiveOn}</Typography.Text>
                            <Tag>{l.kinds[e.kind]}</Tag>
                            {e.certificateNo} {e.organisationName}
                            {e.partScope && `（${l.partly}：${e.partScope}）`}
                            {e.suspendedUntil && `→ ${e.suspendedUntil}`}
                          </Space>
                        </List.Item>
                      )}
                    />
                  ),
                },
              ]}
            />
          )}
        </Layout.Content>
      </Layout>
    </ConfigProvider>
  );
}

/**
 * 证书验证: what the QR code on a certificate opens — whether this certificate is valid now, in
 * words anyone understands, with its public details; a number the CB never issued says so.
 */
function Verification({ no, l, lang, issuer }: { no: string; l: (typeof text)['zh']; lang: Lang; issuer: Issuer | null }) {
  const [found, setFound] = useState<{ certificate: PublicCertificate | null; at: string } | 'error' | null>(null);
  useEffect(() => {
    fetch(`/api/public/certificates/${encodeURIComponent(no)}`)
      .then(async (res) => {
        if (res.status !== 200 && res.status !== 404) throw new Error(String(res.status));
        setFound({
          certificate: res.status === 200 ? ((await res.json()) as PublicCertificate) : null,
          at: cbDateTime(new Date().toISOString()),
        });
      })
      .catch(() => setFound('error'));
  }, [no]);
  if (found === null) return <Spin />;
  if (found === 'error') return <Alert type="error" message={l.error} />;
  const c = found.certificate;
  const [status, title] = !c
    ? (['error', l.verify.missing(no)] as const)
    : c.status === 'valid'
      ? (['success', l.verify.valid] as const)
      : c.status === 'suspended'
        ? (['warning', c.suspension === 'part' ? l.verify.partly : l.verify.suspended] as const)
        : (['error', l.verify.ended[c.status]] as const);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large" data-testid="verification">
      <Result
        status={status}
        title={<span data-testid="verification-verdict">{title}</span>}
        subTitle={c ? l.verify.checkedAt(issuer?.name[lang] ?? '', found.at) : l.verify.missingHint}
        style={{ padding: '24px 0 0' }}
      />
      {c && <CertificateCard c={c} l={l} lang={lang} />}
      <Typography.Link href="/register">{l.verify.other}</Typography.Link>
    </Space>
  );
}

/** A certificate as the public sees it: the search's answer and the verification page's. */
function CertificateCard({ c, l, lang }: { c: PublicCertificate; l: (typeof text)['zh']; lang: Lang }) {
  return (
    <Card
      data-testid="register-result"
      title={
        <Space>
          {c.certificateNo}
          <Tag color={statusColor[c.status] ?? 'default'}>{c.statusLabel[lang]}</Tag>
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={l.organisation} span={2}>
          {c.organisationName}
          {c.formerName && (
            <Typography.Text type="secondary" data-testid="register-former-name">
              （{l.formerName}：{c.formerName}）
            </Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={l.scheme}>{l.schemes[c.scheme]}</Descriptions.Item>
        <Descriptions.Item label={l.standard}>{c.standard}</Descriptions.Item>
        <Descriptions.Item label={l.scope} span={2}>
          {c.scope}
        </Descriptions.Item>
        {c.starLevel && <Descriptions.Item label={l.stars}>{'★'.repeat(c.starLevel)}</Descriptions.Item>}
        <Descriptions.Item label={l.status}>
          {c.suspension === 'part' ? l.partNote(c.statusLabel[lang]) : l.withCode(c.statusLabel[lang], c.statusCode)}
        </Descriptions.Item>
        {c.suspendedFrom && (
          <Descriptions.Item label={l.suspended} span={2}>
            {c.suspendedFrom} ~ {c.suspendedUntil}
            {c.suspendedScope && `（${l.partly}：${c.suspendedScope}）`}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={l.originalIssue}>{c.originalIssueOn}</Descriptions.Item>
        <Descriptions.Item label={l.issue}>{c.issueOn}</Descriptions.Item>
        {/* a certificate that ended is no longer valid until then */}
        <Descriptions.Item label={c.status === 'valid' || c.status === 'suspended' ? l.expires : l.expiredOn}>
          {c.expiresOn}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function PublicComplaintForm({ l }: { l: (typeof text)['zh'] }) {
  const [form] = Form.useForm();
  const [receipt, setReceipt] = useState<Answer<'/api/public/complaints', 'POST'> | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  async function submit() {
    // a field left empty or wrong is marked on the form: nothing more to report
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSending(true);
    setFailed(null);
    try {
      const res = await fetch('/api/public/complaints', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(v),
      });
      const data = await res.json();
      if (!res.ok) setFailed(data?.message?.zh ?? String(res.status));
      else {
        setReceipt(data);
        form.resetFields();
      }
    } finally {
      setSending(false);
    }
  }
  return (
    <Card>
      <Typography.Paragraph>{l.complainIntro}</Typography.Paragraph>
      {receipt && (
        <Alert
          data-testid="complaint-receipt"
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          message={l.received(receipt.number, receipt.answerDueOn)}
        />
      )}
      {failed && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={failed} />}
      <Form form={form} layout="vertical" initialValues={{ kind: 'complaint' }}>
        <Form.Item name="kind">
          <Radio.Group options={(['complaint', 'appeal'] as const).map((k) => ({ value: k, label: l.complaintKinds[k] }))} />
        </Form.Item>
        <Form.Item name="complainantName" label={l.name} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="complainantContact" label={l.contact} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="organisation" label={l.organisationNamed} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="certificateNo" label={l.certificateNo} rules={[{ max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="subject" label={l.subject} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={l.details} rules={[{ required: true, max: 5000 }]}>
          <Input.TextArea rows={5} />
        </Form.Item>
        <Button type="primary" loading={sending} onClick={submit}>
          {l.submit}
        </Button>
      </Form>
    </Card>
  );
}
