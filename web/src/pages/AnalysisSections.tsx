import { Card, Statistic } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../api.js';
import { cbYear } from '../cb-time.js';
import { AnalysisView, PeriodFilter } from '../components/AnalysisView.js';
import { useSession, useShowError } from '../session.js';

type CaseAnalysis = Answer<'/api/complaints/analysis', 'GET'>;

/** 申投诉 or 风险事件 by kind, branch and month, for a year or one quarter of it. */
export function CaseAnalysisCard({ of }: { of: 'complaints' | 'incidents' }) {
  const { t } = useTranslation();
  const { lang } = useSession();
  const showError = useShowError();
  const [year, setYear] = useState(cbYear());
  const [quarter, setQuarter] = useState<number | null>(null);
  const [data, setData] = useState<CaseAnalysis | null>(null);
  useEffect(() => {
    const query = { year, quarter: quarter ?? undefined };
    const call = of === 'complaints' ? api('GET', '/api/complaints/analysis', { query }) : api('GET', '/api/incidents/analysis', { query });
    call.then(setData, showError);
  }, [of, year, quarter, showError]);
  return (
    <Card
      title={t(`analyses.${of}`)}
      style={{ marginTop: 16 }}
      extra={<PeriodFilter year={year} onYear={setYear} quarter={quarter} onQuarter={setQuarter} />}
    >
      {data && (
        <AnalysisView
          analysis={data}
          testId={`${of}-analysis`}
          files={{ path: `/api/${of}/analysis`, query: { year, quarter }, name: `${of}-analysis-${year}${quarter ? `-q${quarter}` : ''}` }}
        >
          <Statistic title={t('analyses.total')} value={data.total} />
          {data.byCategory.map((c) => (
            <Statistic key={c.category} title={c.name[lang]} value={c.count} />
          ))}
        </AnalysisView>
      )}
    </Card>
  );
}

const rateText = (rate: number | null, none: string) => (rate === null ? none : `${rate}%`);

/** 客户流失分析: the rate with its definition, this year against last, by cause, branch and year. */
export function ChurnAnalysisSection({ year }: { year: number }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [data, setData] = useState<Answer<'/api/communication/churn', 'GET'> | null>(null);
  useEffect(() => {
    api('GET', '/api/communication/churn', { query: { year } }).then(setData, showError);
  }, [year, showError]);
  if (!data) return null;
  const none = t('analyses.none');
  return (
    <AnalysisView
      analysis={data}
      definition={data.definition}
      testId="churn-analysis"
      files={{ path: '/api/communication/churn', query: { year }, name: `churn-${year}` }}
    >
      <Statistic title={t('analyses.churnThisYear', { year })} value={rateText(data.thisYear.rate, none)} />
      <Statistic title={t('analyses.churnLastYear', { year: year - 1 })} value={rateText(data.lastYear.rate, none)} />
      <Statistic title={t('analyses.churnChange')} value={data.change === null ? none : data.change} />
      <Statistic title={t('analyses.atStart')} value={data.thisYear.atStart} />
      <Statistic title={t('analyses.lostAll')} value={data.thisYear.lostAll} />
    </AnalysisView>
  );
}

/** 电话回访季度汇总: each quarter's valid clients, those phoned, the share and the running share against the target. */
export function FollowUpSection({ year }: { year: number }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [data, setData] = useState<Answer<'/api/communication/follow-ups', 'GET'> | null>(null);
  useEffect(() => {
    api('GET', '/api/communication/follow-ups', { query: { year } }).then(setData, showError);
  }, [year, showError]);
  if (!data) return null;
  const latest = data.quarters.filter((q) => q !== null).at(-1) ?? null;
  return (
    <AnalysisView
      analysis={data}
      definition={data.definition}
      testId="follow-up-summary"
      files={{ path: '/api/communication/follow-ups', query: { year }, name: `follow-ups-${year}` }}
    >
      <Statistic title={t('analyses.validClients')} value={latest?.validClients ?? t('analyses.none')} />
      <Statistic
        title={t('analyses.runningShare', { target: data.targetPercent })}
        value={rateText(latest?.runningShare ?? null, t('analyses.none'))}
        valueStyle={latest ? { color: latest.targetMet ? '#389e0d' : '#cf1322' } : undefined}
      />
    </AnalysisView>
  );
}
