import type { ReportChart } from '../../lib/report-chart.js';
import { surveyStageLabels, surveyStages } from './survey.rules.js';
import type { surveyReport } from './survey.service.js';

type Report = Awaited<ReturnType<typeof surveyReport>>;

const average = { zh: '平均分', en: 'Average' };
const weightedTotal = { zh: '加权总分', en: 'Weighted total' };

/**
 * The satisfaction report's charts, as its page draws them (SurveysPage's report tab): forms issued
 * and answered by quarter, the mean of each stage, the weighted total by branch and by auditor, the mean of each question.
 */
export function surveyCharts(r: Report): ReportChart[] {
  const byGroup = (id: string, title: ReportChart['title'], groups: Report['byBranch']): ReportChart => ({
    id,
    title,
    categories: groups.map((g) => g.name),
    series: [{ name: weightedTotal, data: groups.map((g) => g.total) }],
  });
  return [
    {
      id: 'quarters',
      title: { zh: '各季度回收与得分', en: 'Return and score by quarter' },
      categories: r.byQuarter.map((q) => `Q${q.quarter}`),
      series: [
        { name: { zh: '发放', en: 'Issued' }, data: r.byQuarter.map((q) => q.issued) },
        { name: { zh: '已回收', en: 'Answered' }, data: r.byQuarter.map((q) => q.answered) },
      ],
    },
    {
      id: 'stages',
      title: { zh: '各阶段平均分', en: 'Average by stage' },
      categories: surveyStages.map((s) => surveyStageLabels[s]),
      series: [{ name: average, data: surveyStages.map((s) => r.overall[s]) }],
    },
    byGroup('branches', { zh: '按分支机构', en: 'By branch' }, r.byBranch),
    byGroup('auditors', { zh: '按审核员', en: 'By auditor' }, r.byAuditor),
    {
      id: 'questions',
      title: { zh: '按题目', en: 'By question' },
      categories: r.byQuestion.map((q) => q.code),
      series: [{ name: average, data: r.byQuestion.map((q) => q.average) }],
    },
  ];
}
