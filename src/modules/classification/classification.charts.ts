import type { ReportChart } from '../../lib/report-chart.js';
import { fieldLabels, type CertificationField } from '../certificates/certificate.rules.js';
import { clientGrades } from '../clients/client.schema.js';
import type { analysisReport } from './classification.service.js';

type Analysis = Awaited<ReturnType<typeof analysisReport>>;
type GradeCounts = Record<string, Record<string, number>>;

/** Groups in the screen's order (sorted keys), bars stacked by grade, one series per grade. */
function stackedByGrade(
  id: string,
  title: ReportChart['title'],
  data: GradeCounts,
  name: (key: string) => ReportChart['categories'][number],
): ReportChart {
  const keys = Object.keys(data).sort();
  return {
    id,
    title,
    categories: keys.map(name),
    series: clientGrades.map((g) => ({ name: g, data: keys.map((k) => data[k]![g] ?? 0) })),
    stack: true,
  };
}

/**
 * The annual analysis report's charts, as its page draws them (ClassificationPage's report tab):
 * grades against last year's, then grades by branch, industry code and management system.
 */
export function analysisCharts(a: Analysis): ReportChart[] {
  return [
    {
      id: 'grades',
      title: { zh: '等级分布（与上年对比）', en: 'Grades, this year and last' },
      categories: [...clientGrades],
      series: [
        { name: String(a.year), data: clientGrades.map((g) => a.byGrade[g] ?? 0) },
        { name: String(a.year - 1), data: clientGrades.map((g) => a.lastYearByGrade[g] ?? 0) },
      ],
    },
    stackedByGrade('branches', { zh: '按分支机构', en: 'By branch' }, a.byBranch, (branch) => branch),
    stackedByGrade('industries', { zh: '按专业大类', en: 'By industry code' }, a.byIndustry, (code) => code),
    // a system in words, as the table names it: 质量管理体系, never QMS
    stackedByGrade('systems', { zh: '按管理体系', en: 'By management system' }, a.bySystem, (system) =>
      system in fieldLabels ? fieldLabels[system as CertificationField] : system,
    ),
  ];
}
