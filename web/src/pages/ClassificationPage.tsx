import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Modal,
  Progress,
  Select,
  Space,
  Statistic,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, download, type AnalysisReport, type Campaign, type EvaluationItem } from '../api.js';
import { cbYear } from '../cb-time.js';
import { ReportCharts } from '../components/Chart.js';
import { gradeColor } from '../components/ClassificationPanel.js';
import { ExportButton } from '../components/ExportButton.js';
import { useSave, useSession, useShowError } from '../session.js';

/** 客户分类评价: the annual campaign, the annual analysis report with charts, the evaluation items. */
export function ClassificationPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(cbYear());
  const yearPicker = (
    <DatePicker picker="year" allowClear={false} value={dayjs(`${year}-01-01`)} onChange={(d) => d && setYear(d.year())} />
  );
  return (
    <Card title={t('classification.title')} extra={yearPicker}>
      <Tabs
        items={[
          { key: 'campaign', label: t('classification.campaign'), children: <CampaignTab year={year} /> },
          { key: 'report', label: t('classification.report'), children: <ReportTab year={year} /> },
          { key: 'items', label: t('classification.items'), children: <ItemsTab /> },
        ]}
      />
    </Card>
  );
}

function CampaignTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const showError = useShowError();
  const [data, setData] = useState<Campaign | null>(null);
  const [ungradedOnly, setUngradedOnly] = useState(false);
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  useEffect(() => {
    api('GET', '/api/classification/campaign', { query: { year, ungraded: ungradedOnly ? 'true' : undefined, ...page } }).then(
      setData,
      showError,
    );
  }, [year, ungradedOnly, page, showError]);
  if (!data) return null;
  return (
    <>
      <Space size="large" style={{ marginBottom: 16 }} wrap>
        <Progress
          type="circle"
          size={72}
          aria-label={t('classification.progressLabel')}
          percent={data.total ? Math.round((data.graded / data.total) * 100) : 100}
        />
        <Space direction="vertical" size={0}>
          <Typography.Text strong data-testid="campaign-progress">
            {t('classification.progress', { graded: data.graded, total: data.total })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('classification.dueOn', { date: data.dueOn })}</Typography.Text>
        </Space>
        <Checkbox
          checked={ungradedOnly}
          onChange={(e) => {
            setUngradedOnly(e.target.checked);
            setPage({ ...page, page: 1 });
          }}
        >
          {t('classification.ungradedOnly')}
        </Checkbox>
        <ExportButton url={`/api/classification/campaign/export?year=${year}`} fallbackName={`classification-${year}.xlsx`} />
      </Space>
      <Table
        rowKey="id"
        size="small"
        dataSource={data.clients}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: ungradedOnly ? data.total - data.graded : data.total,
          showTotal: (total) => t('common.total', { total }),
          onChange: (p, pageSize) => setPage({ page: p, pageSize }),
        }}
        columns={[
          { title: t('fields.contractNo'), dataIndex: 'contractNo', width: 140 },
          { title: t('fields.name'), render: (_, c) => <Link to={`/clients/${c.id}?tab=classification`}>{c.name}</Link> },
          { title: t('fields.branchId'), width: 140, render: (_, c) => (lang === 'en' ? c.branchEn : c.branch) },
          {
            title: t('classification.currentGrade'),
            width: 110,
            render: (_, c) => <Tag color={gradeColor(c.grade)}>{c.grade ?? '—'}</Tag>,
          },
          {
            title: t('classification.gradeThisYear'),
            width: 110,
            render: (_, c) =>
              c.gradeThisYear ? <Tag color={gradeColor(c.gradeThisYear)}>{c.gradeThisYear}</Tag> : <Tag color="orange">—</Tag>,
          },
        ]}
      />
    </>
  );
}

function ReportTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const { lang, may } = useSession();
  const { modal } = App.useApp();
  const showError = useShowError();
  const [r, setR] = useState<AnalysisReport | null>(null);
  const load = useCallback(() => {
    api('GET', '/api/classification/report', { query: { year } }).then(setR, showError);
  }, [year, showError]);
  useEffect(load, [load]);
  const { save } = useSave(load);
  if (!r) return null;
  const exportAs = (format: 'xlsx' | 'pdf') =>
    download(`/api/classification/report/${format}?year=${year}&lang=${lang}`, `client-analysis-${year}.${format}`).catch(showError);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap size="large">
        <Statistic title={t('classification.graded', { n: r.graded })} value={r.graded} />
        {(['up', 'down', 'same', 'new'] as const).map((k) => (
          <Statistic key={k} title={t(`classification.changeNames.${k}`)} value={r.changes[k]} />
        ))}
        <Button icon={<DownloadOutlined />} onClick={() => exportAs('xlsx')}>
          {t('classification.exportXlsx')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => exportAs('pdf')}>
          {t('classification.exportPdf')}
        </Button>
        {r.issued ? (
          <Tag color="green">{t('classification.issued', { on: r.issued.issuedOn, by: r.issued.issuedBy })}</Tag>
        ) : (
          may('classification:write') && (
            <Button
              onClick={() =>
                modal.confirm({
                  title: t('classification.markIssued'),
                  content: `${year}`,
                  onOk: () => save(() => api('POST', '/api/classification/report/issued', { body: { year } })),
                })
              }
            >
              {t('classification.markIssued')}
            </Button>
          )
        )}
      </Space>
      {/* the report's own charts, as its files carry them */}
      <ReportCharts charts={r.charts} />
    </Space>
  );
}

function ItemsTab() {
  const { t } = useTranslation();
  const { may, lang } = useSession();
  const showError = useShowError();
  const [items, setItems] = useState<EvaluationItem[] | null>(null);
  const [adding, setAdding] = useState(false);
  const load = useCallback(() => {
    api('GET', '/api/classification/items').then(setItems, showError);
  }, [showError]);
  useEffect(load, [load]);
  const { save } = useSave(load);
  return (
    <>
      {may('parameters:write') && (
        <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setAdding(true)}>
          {t('classification.addItem')}
        </Button>
      )}
      <Table<EvaluationItem>
        rowKey="code"
        size="small"
        pagination={false}
        loading={!items}
        dataSource={items ?? []}
        columns={[
          { title: t('classification.system'), dataIndex: 'system', width: 90 },
          { title: t('classification.code'), dataIndex: 'code', width: 180 },
          { title: t('classification.itemName'), render: (_, i) => (lang === 'en' ? i.nameEn : i.nameZh) },
          {
            title: t('classification.inUse'),
            width: 100,
            render: (_, i) => (
              <Switch
                size="small"
                checked={i.active}
                disabled={!may('parameters:write')}
                onChange={(active) =>
                  save(() => api('PATCH', '/api/classification/items/{code}', { path: { code: i.code }, body: { active } }))
                }
              />
            ),
          },
        ]}
      />
      {adding && <AddItemModal onClose={() => setAdding(false)} onDone={() => (setAdding(false), load())} />}
    </>
  );
}

function AddItemModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { saving, save } = useSave(onDone);
  return (
    <Modal
      open
      title={t('classification.addItem')}
      onCancel={onClose}
      confirmLoading={saving}
      onOk={() => form.validateFields().then((v) => save(() => api('POST', '/api/classification/items', { body: v })))}
    >
      <Form form={form} layout="vertical" initialValues={{ system: 'QMS' }}>
        <Form.Item name="system" label={t('classification.system')}>
          <Select options={['QMS', 'EMS', 'OHSMS'].map((s) => ({ value: s, label: s, title: s }))} />
        </Form.Item>
        <Form.Item name="code" label={t('classification.code')} rules={[{ required: true, pattern: /^[A-Z][A-Z0-9_-]{1,30}$/ }]}>
          <Input placeholder="QMS-CUSTOMER" />
        </Form.Item>
        <Form.Item name="nameZh" label={t('classification.nameZh')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="nameEn" label={t('classification.nameEn')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
