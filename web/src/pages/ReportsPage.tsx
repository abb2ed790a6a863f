import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, DatePicker, Descriptions, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, download, type Answer } from '../api.js';
import { cbDateTime, cbTodayDayjs } from '../cb-time.js';
import { useShowError } from '../session.js';

type Issue = CncaCheck['issues'][number];
type Report = CncaCheck['reports'][number];
type CncaCheck = Answer<'/api/reports/cnca/{period}/check', 'GET'>;
type CertSearchCheck = Answer<'/api/reports/certsearch/check', 'GET'>;

const sheetKeys = ['auditPlans', 'certificates', 'auditResults', 'energyPerformance'] as const;
/** Where the record to fix is: a registration on its page, a certificate and an audit on their client's tab. */
const fixLink = (r: Issue['record']) =>
  r.kind === 'registration'
    ? '/registrations'
    : r.kind === 'certificate'
      ? `/clients/${r.id}?tab=certificates`
      : r.kind === 'audit'
        ? `/clients/${r.id}?tab=programmes`
        : `/clients/${r.id}`;

/** 监管报送: the CNCA monthly report and the IAF CertSearch export, each checked before it goes. */
export function ReportsPage() {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <CncaCard />
      <CertSearchCard />
    </Space>
  );
}

function CncaCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const showError = useShowError();
  // last month's report is the one due by the 10th
  const [month, setMonth] = useState<Dayjs>(cbTodayDayjs().subtract(1, 'month'));
  const [check, setCheck] = useState<CncaCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const period = month.format('YYYY-MM');

  const load = useCallback(() => {
    setCheck(null);
    return api('GET', '/api/reports/cnca/{period}/check', { path: { period } }).then(setCheck, showError);
  }, [period, showError]);
  useEffect(() => {
    void load();
  }, [load]);

  async function generate() {
    setBusy(true);
    try {
      const r = await api('POST', '/api/reports/cnca/{period}', { path: { period } });
      await download(`/api/reports/${r.id}/file`, r.fileName);
      void message.success(t('reports.generated'));
      void load();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card
      title={t('reports.cnca')}
      extra={
        <Space>
          <DatePicker
            picker="month"
            allowClear={false}
            value={month}
            onChange={(m) => m && setMonth(m)}
            disabledDate={(d) => d.isAfter(cbTodayDayjs(), 'month')}
          />
          <Button type="primary" icon={<FileExcelOutlined />} loading={busy} onClick={generate}>
            {t('reports.generate')}
          </Button>
        </Space>
      }
    >
      {check && (
        <>
          <Descriptions size="small" column={5} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('reports.dueOn')}>{check.dueOn}</Descriptions.Item>
            {sheetKeys.map((k) => (
              <Descriptions.Item key={k} label={t(`reports.sheets.${k}`)}>
                {check.rows[k] ?? 0}
              </Descriptions.Item>
            ))}
          </Descriptions>
          <Typography.Title level={5}>{t('reports.issues', { n: check.issues.length })}</Typography.Title>
          <Table<Issue>
            data-testid="cnca-issues"
            size="small"
            rowKey={(i) => `${i.sheet}-${i.header}-${i.record.kind}-${i.record.id}-${i.record.label}`}
            dataSource={check.issues}
            pagination={{ pageSize: 20 }}
            locale={{ emptyText: t('reports.noIssues') }}
            columns={[
              { title: t('reports.sheet'), width: 140, render: (_, i) => t(`reports.sheets.${i.sheet}`) },
              { title: t('reports.record'), render: (_, i) => <Link to={fixLink(i.record)}>{i.record.label}</Link> },
              { title: t('reports.column'), render: (_, i) => i.header ?? '—' },
              { title: t('reports.problem'), render: (_, i) => <Tag color="orange">{t(`reports.problems.${i.problem}`)}</Tag> },
            ]}
          />
          <Typography.Title level={5}>{t('reports.history')}</Typography.Title>
          <KeptReports
            testId="cnca-history"
            reports={check.reports}
            figure={{ title: t('reports.issuesAtTheTime'), of: (r) => r.issues }}
            sent={{ tag: 'reports.submittedOn', confirm: 'reports.confirmSubmit', mark: 'reports.markSubmitted' }}
            onMark={(r) => api('POST', '/api/reports/{id}/submit', { path: { id: r.id }, body: { version: r.version } })}
            onChanged={load}
          />
        </>
      )}
      {!check && <Card loading bordered={false} />}
    </Card>
  );
}

function CertSearchCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const showError = useShowError();
  const [check, setCheck] = useState<CertSearchCheck | null>(null);
  const [busy, setBusy] = useState<'json' | 'xlsx' | null>(null);
  const load = useCallback(() => api('GET', '/api/reports/certsearch/check').then(setCheck, showError), [showError]);
  useEffect(() => {
    void load();
  }, [load]);

  async function exportAs(format: 'json' | 'xlsx') {
    setBusy(format);
    try {
      await api('POST', '/api/reports/certsearch', { query: { format } });
      const [latest] = await api('GET', '/api/reports', { query: { kind: 'certsearch' } });
      await download(`/api/reports/${latest!.id}/file`, latest!.fileName);
      void message.success(t('reports.generated'));
      void load();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card
      title="IAF CertSearch"
      extra={
        <Space>
          <Button loading={busy === 'json'} onClick={() => exportAs('json')}>
            {t('reports.exportJson')}
          </Button>
          <Button loading={busy === 'xlsx'} icon={<FileExcelOutlined />} onClick={() => exportAs('xlsx')}>
            {t('reports.exportExcel')}
          </Button>
        </Space>
      }
      loading={!check}
    >
      {check && (
        <>
          {check.accreditedFields.length === 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              message={t('reports.noAccreditation')}
              data-testid="certsearch-no-accreditation"
            />
          )}
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('reports.records')}>{check.records}</Descriptions.Item>
            <Descriptions.Item label={t('reports.lastUpload')}>
              {check.duty.lastUploadOn ? `${check.duty.lastUploadOn} ${check.duty.lastUploadBy ?? ''}` : t('reports.neverUploaded')}
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.nextDue')}>
              <Tag data-testid="certsearch-duty" color={check.duty.overdue ? 'red' : 'green'}>
                {check.duty.overdue ? t('reports.refreshOverdue') : check.duty.dueOn}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.accreditedFields')}>
              {check.accreditedFields.length > 0
                ? check.accreditedFields.map((f) => t(`certificationFields.${f}`)).join('、')
                : t('accreditations.notAccredited')}
            </Descriptions.Item>
          </Descriptions>
          <Table
            data-testid="certsearch-failures"
            size="small"
            rowKey="certificateNo"
            dataSource={check.failures}
            pagination={{ pageSize: 20 }}
            locale={{ emptyText: t('reports.noFailures') }}
            columns={[
              {
                title: t('dueList.certificate'),
                render: (_, f: CertSearchCheck['failures'][number]) => <Link to={`/clients/${f.clientId}`}>{f.certificateNo}</Link>,
              },
              {
                title: t('reports.problem'),
                render: (_, f: CertSearchCheck['failures'][number]) =>
                  f.failures.map((x) => (
                    <Tag key={`${x.field}${x.problem}`} color="orange">
                      {x.field}: {t(`reports.certSearchProblems.${x.problem}`, { limit: x.limit })}
                    </Tag>
                  )),
              },
            ]}
          />
          <Typography.Title level={5}>{t('reports.exports')}</Typography.Title>
          <KeptReports
            testId="certsearch-exports"
            reports={check.exports}
            figure={{ title: t('reports.records'), of: (r) => r.counts.records ?? 0 }}
            sent={{ tag: 'reports.uploadedOn', confirm: 'reports.confirmUpload', mark: 'reports.markUploaded' }}
            onMark={(r) => api('POST', '/api/reports/certsearch/{id}/uploaded', { path: { id: r.id }, body: { version: r.version } })}
            onChanged={load}
          />
        </>
      )}
    </Card>
  );
}

/**
 * The files kept of a report, with who made them and one figure of each; a file not yet marked
 * sent (uploaded to CNCA or CertSearch) is marked after confirming, and the list reloads either way.
 */
function KeptReports({
  testId,
  reports,
  figure,
  sent,
  onMark,
  onChanged,
}: {
  testId: string;
  reports: Report[];
  figure: { title: string; of: (r: Report) => number };
  sent: { tag: string; confirm: string; mark: string };
  onMark: (r: Report) => Promise<unknown>;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const showError = useShowError();
  async function mark(r: Report) {
    try {
      await onMark(r);
      void message.success(t('common.saved'));
    } catch (err) {
      showError(err);
    }
    onChanged();
  }
  return (
    <Table<Report>
      data-testid={testId}
      size="small"
      rowKey="id"
      dataSource={reports}
      pagination={false}
      columns={[
        { title: t('reports.generatedAt'), render: (_, r) => cbDateTime(r.generatedAt) },
        { title: t('reports.generatedBy'), dataIndex: 'generatedBy' },
        { title: figure.title, render: (_, r) => figure.of(r) },
        {
          title: t('common.status'),
          render: (_, r) =>
            r.submittedOn ? (
              <Tag color="green">{t(sent.tag, { on: r.submittedOn, by: r.submittedBy })}</Tag>
            ) : (
              <Popconfirm title={t(sent.confirm)} onConfirm={() => mark(r)}>
                <Button size="small">{t(sent.mark)}</Button>
              </Popconfirm>
            ),
        },
        {
          title: t('reports.file'),
          render: (_, r) => (
            <Button
              type="link"
              size="small"
              icon={<DownloadOutlined />}
              onClick={() => download(`/api/reports/${r.id}/file`, r.fileName).catch(showError)}
            >
              {r.fileName}
            </Button>
          ),
        },
      ]}
    />
  );
}
