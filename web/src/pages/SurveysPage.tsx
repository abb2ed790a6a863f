import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import {
  api,
  download,
  queryString,
  type Answer,
  type CredibilityReport,
  type Query,
  type Survey,
  type SurveyReport,
  type SurveySample,
} from '../api.js';
import { cbYear } from '../cb-time.js';
import { ReportCharts } from '../components/Chart.js';
import { ExportButton } from '../components/ExportButton.js';
import { SurveyAnswerModal } from '../components/SurveyAnswerModal.js';
import { useSave, useSession, useShowError } from '../session.js';

/** 满意度调查: the forms issued and returned, the yearly sample, the quarterly/annual report, the credibility survey. */
export function SurveysPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get('year')) || cbYear();
  const quarter = Number(search.get('quarter')) || undefined;
  // the year, quarter and tab live in the address, so a report can be linked to
  const show = (change: Record<string, string | number | undefined>) =>
    setSearch(
      Object.fromEntries(
        Object.entries({ tab: search.get('tab') ?? undefined, year, quarter, ...change })
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, String(v)]),
      ),
      { replace: true },
    );
  return (
    <Card
      title={t('surveys.title')}
      extra={
        <Space>
          <DatePicker picker="year" allowClear={false} value={dayjs(`${year}-01-01`)} onChange={(d) => d && show({ year: d.year() })} />
          <Segmented<number>
            value={quarter ?? 0}
            onChange={(q) => show({ quarter: q || undefined })}
            options={[{ value: 0, label: t('surveys.wholeYear') }, ...[1, 2, 3, 4].map((q) => ({ value: q, label: `Q${q}` }))]}
          />
        </Space>
      }
    >
      <Tabs
        activeKey={search.get('tab') ?? 'forms'}
        onChange={(tab) => show({ tab })}
        items={[
          { key: 'forms', label: t('surveys.forms'), children: <FormsTab year={year} quarter={quarter} /> },
          { key: 'report', label: t('surveys.report'), children: <ReportTab year={year} quarter={quarter} /> },
          { key: 'sample', label: t('surveys.sample'), children: <SampleTab year={year} /> },
          { key: 'credibility', label: t('surveys.credibility'), children: <CredibilityTab year={year} /> },
        ]}
      />
    </Card>
  );
}

function FormsTab({ year, quarter }: { year: number; quarter?: number }) {
  const { t } = useTranslation();
  const { may } = useSession();
  const showError = useShowError();
  const [filter, setFilter] = useState<Omit<Query<'/api/surveys'>, 'year' | 'quarter'>>({});
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const [data, setData] = useState<Answer<'/api/surveys', 'GET'> | null>(null);
  const [entering, setEntering] = useState<Survey | null>(null);
  const load = useCallback(() => {
    api('GET', '/api/surveys', { query: { year, quarter, ...filter, ...page } }).then(setData, showError);
  }, [year, quarter, filter, page, showError]);
  useEffect(load, [load]);
  const filterBy = (change: typeof filter) => {
    setFilter({ ...filter, ...change });
    setPage({ ...page, page: 1 });
  };
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('surveys.kind')}
          aria-label={t('surveys.kind')}
          value={filter.kind}
          onChange={(kind) => filterBy({ kind })}
          options={(['audit', 'annual'] as const).map((k) => ({
            value: k,
            label: t(`surveys.kinds.${k}`),
            title: t(`surveys.kinds.${k}`),
          }))}
        />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('common.status')}
          aria-label={t('common.status')}
          value={filter.answered}
          onChange={(answered) => filterBy({ answered })}
          options={[
            { value: 'true', label: t('surveys.answered'), title: t('surveys.answered') },
            { value: 'false', label: t('surveys.open'), title: t('surveys.open') },
          ]}
        />
        <Input.Search
          allowClear
          style={{ width: 220 }}
          placeholder={t('surveys.client')}
          aria-label={t('surveys.client')}
          onSearch={(q) => filterBy({ q: q || undefined })}
        />
        <ExportButton url={`/api/surveys/export?${queryString({ year, quarter, ...filter })}`} fallbackName="surveys.xlsx" />
      </Space>
      <Table<Survey>
        data-testid="surveys"
        rowKey="id"
        size="small"
        loading={!data}
        dataSource={data?.items ?? []}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (p, pageSize) => setPage({ page: p, pageSize }),
        }}
        columns={[
          { title: t('surveys.issuedOn'), dataIndex: 'issuedOn', width: 110 },
          { title: t('surveys.client'), render: (_, s) => <Link to={`/clients/${s.clientId}`}>{s.clientName}</Link> },
          { title: t('surveys.kind'), width: 130, render: (_, s) => t(`surveys.kinds.${s.kind}`) },
          { title: t('surveys.auditors'), width: 140, render: (_, s) => s.auditors.map((a) => a.name).join('、') },
          { title: t('surveys.stages.contract'), dataIndex: 'contractScore', width: 90 },
          { title: t('surveys.stages.audit'), dataIndex: 'auditScore', width: 90 },
          { title: t('surveys.stages.service'), dataIndex: 'serviceScore', width: 100 },
          { title: t('surveys.total'), dataIndex: 'totalScore', width: 90 },
          {
            title: t('common.status'),
            width: 170,
            render: (_, s) =>
              s.answeredOn ? (
                <Space size={4}>
                  <Tag color="green">{t(`surveys.channels.${s.channel!}`)}</Tag>
                  {s.complaintId && <Tag color="red">{t('surveys.dissatisfied')}</Tag>}
                </Space>
              ) : may('surveys:write') ? (
                <Button size="small" onClick={() => setEntering(s)}>
                  {t('surveys.enterPaper')}
                </Button>
              ) : (
                <Tag>{t('surveys.open')}</Tag>
              ),
          },
        ]}
      />
      {entering && (
        <SurveyAnswerModal survey={entering} paper onClose={() => setEntering(null)} onDone={() => (setEntering(null), load())} />
      )}
    </>
  );
}

const scoreColumns = (t: (k: string) => string, first: string) => [
  { title: first, dataIndex: 'name' },
  { title: t('surveys.count'), dataIndex: 'count', width: 80 },
  { title: t('surveys.stages.contract'), dataIndex: 'contract', width: 100 },
  { title: t('surveys.stages.audit'), dataIndex: 'audit', width: 100 },
  { title: t('surveys.stages.service'), dataIndex: 'service', width: 110 },
  { title: t('surveys.total'), dataIndex: 'total', width: 100 },
];

function ReportTab({ year, quarter }: { year: number; quarter?: number }) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const showError = useShowError();
  const [r, setR] = useState<SurveyReport | null>(null);
  useEffect(() => {
    api('GET', '/api/surveys/report', { query: { year, quarter } }).then(setR, showError);
  }, [year, quarter, showError]);
  if (!r) return null;
  const period = quarter ? `${year}Q${quarter}` : String(year);
  const exportAs = (format: 'xlsx' | 'pdf') =>
    download(`/api/surveys/report/${format}?${queryString({ year, quarter, lang })}`, `satisfaction-${period}.${format}`).catch(showError);
  const below = r.returnRate !== null && r.returnRate < r.returnRateTarget;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap size="large" data-testid="survey-report">
        <Statistic title={t('surveys.issued')} value={r.issued} />
        <div data-testid="report-answered">
          <Statistic title={t('surveys.answered')} value={r.answered} />
        </div>
        <Statistic
          title={`${t('surveys.returnRate')} (${t('surveys.target', { target: r.returnRateTarget })})`}
          value={r.returnRate === null ? '—' : `${r.returnRate}%`}
          valueStyle={below ? { color: '#cf1322' } : { color: '#389e0d' }}
        />
        <div data-testid="report-sample-return-rate">
          {r.annualSample ? (
            <Statistic
              title={t('analyses.sampleReturnRate', {
                percent: r.annualSample.percent,
                answered: r.annualSample.answered,
                issued: r.annualSample.issued,
              })}
              value={r.annualSample.returnRate === null ? t('analyses.none') : `${r.annualSample.returnRate}%`}
              valueStyle={
                r.annualSample.returnRate !== null && r.annualSample.returnRate < r.returnRateTarget
                  ? { color: '#cf1322' }
                  : { color: '#389e0d' }
              }
            />
          ) : (
            <Statistic title={t('analyses.sampleTitle')} value={t('analyses.noSample')} />
          )}
        </div>
        <Statistic title={t('surveys.total')} value={r.overall.total ?? '—'} />
        <Statistic
          title={t('surveys.dissatisfied')}
          value={r.dissatisfied}
          valueStyle={r.dissatisfied ? { color: '#cf1322' } : undefined}
        />
        <Button icon={<DownloadOutlined />} onClick={() => exportAs('xlsx')}>
          {t('classification.exportXlsx')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => exportAs('pdf')}>
          {t('classification.exportPdf')}
        </Button>
      </Space>
      {/* the report's own charts, as its files carry them */}
      <ReportCharts charts={r.charts} />
      <Table
        rowKey="name"
        size="small"
        pagination={false}
        title={() => t('surveys.byAuditor')}
        dataSource={r.byAuditor}
        columns={scoreColumns(t, t('surveys.auditors'))}
      />
      <Table
        rowKey="code"
        size="small"
        pagination={false}
        title={() => t('surveys.byQuestion')}
        dataSource={r.byQuestion}
        columns={[
          { title: 'No.', dataIndex: 'code', width: 60 },
          { title: t('surveys.byQuestion'), render: (_, q) => (lang === 'en' ? q.en : q.zh) },
          { title: t('surveys.average'), dataIndex: 'average', width: 100 },
        ]}
      />
    </Space>
  );
}

function SampleTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const { may } = useSession();
  const { modal } = App.useApp();
  const showError = useShowError();
  const [samples, setSamples] = useState<SurveySample[] | null>(null);
  const [form] = Form.useForm();
  const load = useCallback(() => {
    api('GET', '/api/survey-samples').then(setSamples, showError);
  }, [showError]);
  useEffect(load, [load]);
  // the share allowed: survey.annualSampleMin/MaxPercent (10–20 % by default)
  const [range, setRange] = useState<[number, number]>([10, 20]);
  useEffect(() => {
    api('GET', '/api/parameters').then((rows) => {
      const value = (key: string) => rows.find((r) => r.key === key)?.value;
      setRange([value('survey.annualSampleMinPercent') ?? 10, value('survey.annualSampleMaxPercent') ?? 20]);
    }, showError);
  }, [showError]);
  const { saving, save } = useSave(load);
  const drawn = samples?.some((s) => s.year === year);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {may('surveys:write') && !drawn && (
        <Form form={form} layout="inline" initialValues={{ percent: 15 }}>
          <Form.Item name="percent" label={t('surveys.percent')} rules={[{ required: true }]} extra={`${range[0]}–${range[1]} %`}>
            <InputNumber min={range[0]} max={range[1]} />
          </Form.Item>
          <Form.Item name="seed" label={t('surveys.seed')} tooltip={t('surveys.seedHelp')}>
            <InputNumber min={0} max={2147483647} style={{ width: 160 }} />
          </Form.Item>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            loading={saving}
            onClick={() =>
              form.validateFields().then((v) => {
                modal.confirm({
                  title: t('surveys.draw'),
                  content: t('surveys.confirmDraw', { year }),
                  onOk: () => save(() => api('POST', '/api/survey-samples', { body: { year, percent: v.percent, seed: v.seed ?? null } })),
                });
              })
            }
          >
            {t('surveys.draw')}
          </Button>
        </Form>
      )}
      <Table<SurveySample>
        rowKey="id"
        size="small"
        loading={!samples}
        dataSource={samples ?? []}
        pagination={false}
        columns={[
          { title: t('classification.year'), dataIndex: 'year', width: 80 },
          { title: t('surveys.percent'), dataIndex: 'percent', width: 100 },
          { title: t('surveys.population'), dataIndex: 'population', width: 110 },
          { title: t('surveys.size'), dataIndex: 'size', width: 90 },
          { title: t('surveys.seed'), dataIndex: 'seed', width: 130 },
          { title: t('surveys.drawnOn'), dataIndex: 'drawnOn', width: 110 },
          { title: t('surveys.drawnBy'), dataIndex: 'drawnBy' },
        ]}
      />
    </Space>
  );
}

function CredibilityTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const { may } = useSession();
  const showError = useShowError();
  const [r, setR] = useState<CredibilityReport | null>(null);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm();
  const load = useCallback(() => {
    api('GET', '/api/credibility', { query: { year } }).then(setR, showError);
  }, [year, showError]);
  useEffect(load, [load]);
  const { saving, save } = useSave(() => (setAdding(false), load()));
  const kinds = ['authority', 'community', 'customer'] as const;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space size="large" wrap>
        {r?.byKind.map((k) => (
          <Statistic key={k.kind} title={`${t(`surveys.respondentKinds.${k.kind}`)} (${k.count})`} value={k.average ?? '—'} />
        ))}
        {may('credibility:write') && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('surveys.addResponse')}
          </Button>
        )}
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={!r}
        dataSource={r?.responses ?? []}
        columns={[
          { title: t('surveys.respondentKind'), width: 140, render: (_, x) => t(`surveys.respondentKinds.${x.respondentKind}`) },
          { title: t('surveys.respondent'), dataIndex: 'respondent' },
          { title: t('surveys.score'), dataIndex: 'score', width: 80 },
          { title: t('surveys.comment'), dataIndex: 'comment' },
          { title: t('communication.recordedOn'), dataIndex: 'recordedOn', width: 110 },
        ]}
      />
      {adding && (
        <Modal
          open
          title={t('surveys.addResponse')}
          onCancel={() => setAdding(false)}
          confirmLoading={saving}
          onOk={() => form.validateFields().then((v) => save(() => api('POST', '/api/credibility', { body: { ...v, year } })))}
        >
          <Form form={form} layout="vertical" initialValues={{ respondentKind: 'authority' }}>
            <Form.Item name="respondentKind" label={t('surveys.respondentKind')}>
              <Select
                options={kinds.map((k) => ({
                  value: k,
                  label: t(`surveys.respondentKinds.${k}`),
                  title: t(`surveys.respondentKinds.${k}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="respondent" label={t('surveys.respondent')} rules={[{ required: true }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="score" label={t('surveys.score')} rules={[{ required: true }]}>
              <InputNumber min={0} max={10} />
            </Form.Item>
            <Form.Item name="comment" label={t('surveys.comment')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Space>
  );
}
