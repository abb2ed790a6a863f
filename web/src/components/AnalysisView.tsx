import { DownloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { download, queryString, type Schemas } from '../api.js';
import { useSession, useShowError } from '../session.js';
import { ReportCharts } from './Chart.js';

type AnalysisChart = Schemas['AnalysisChart'];
type ReportTable = Schemas['ReportTable'];
type Cell = ReportTable['rows'][number][number];
type Lang = 'zh' | 'en';

const cellText = (cell: Cell, lang: Lang) => (cell === null ? '—' : typeof cell === 'object' ? cell[lang] : String(cell));

/** The year (and, where asked, the quarter) an analysis is for: labelled filters. */
export function PeriodFilter({
  year,
  onYear,
  quarter,
  onQuarter,
}: {
  year: number;
  onYear: (year: number) => void;
  quarter?: number | null;
  onQuarter?: (quarter: number | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <DatePicker
        picker="year"
        aria-label={t('analyses.year')}
        allowClear={false}
        value={dayjs(`${year}-01-01`)}
        onChange={(d) => d && onYear(d.year())}
      />
      {onQuarter && (
        <Select<number>
          aria-label={t('analyses.period')}
          style={{ width: 130 }}
          value={quarter ?? 0}
          onChange={(q) => onQuarter(q === 0 ? null : q)}
          options={[
            { value: 0, label: t('analyses.wholeYear') },
            ...[1, 2, 3, 4].map((q) => ({ value: q, label: t('analyses.quarter', { q }) })),
          ]}
        />
      )}
    </Space>
  );
}

/**
 * An analysis as the server gives it: its definition, its figures above (children), the Excel and
 * PDF files, its charts and the tables the files are made of — so the screen and the files agree.
 */
export function AnalysisView({
  analysis,
  files,
  definition,
  children,
  testId,
}: {
  analysis: { charts: AnalysisChart[]; tables: ReportTable[] };
  /** the files' path without its format, and its query */
  files: { path: string; query: Record<string, unknown>; name: string };
  definition?: { zh: string; en: string };
  children?: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const showError = useShowError();
  const exportAs = (format: 'xlsx' | 'pdf') =>
    download(`${files.path}/${format}?${queryString({ ...files.query, lang })}`, `${files.name}.${format}`).catch(showError);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid={testId}>
      {definition && <Typography.Paragraph type="secondary">{definition[lang]}</Typography.Paragraph>}
      <Space size="large" wrap>
        {children}
        <Button icon={<DownloadOutlined />} onClick={() => exportAs('xlsx')}>
          {t('analyses.exportXlsx')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => exportAs('pdf')}>
          {t('analyses.exportPdf')}
        </Button>
      </Space>
      <ReportCharts charts={analysis.charts} />
      {analysis.tables.map((table) => (
        <Table<{ key: number; cells: Cell[] }>
          key={table.title.zh}
          size="small"
          bordered
          title={() => <Typography.Text strong>{table.title[lang]}</Typography.Text>}
          pagination={table.rows.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 'max-content' }}
          dataSource={table.rows.map((cells, key) => ({ key, cells }))}
          columns={table.header.map((h, i) => ({
            key: i,
            title: h[lang],
            align: i === 0 ? 'left' : 'right',
            render: (_: unknown, r: { cells: Cell[] }) => cellText(r.cells[i] ?? null, lang),
          }))}
        />
      ))}
    </Space>
  );
}
