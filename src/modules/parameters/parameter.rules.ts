import { AppError } from '../../lib/errors.js';
import type { ParameterKey, ParameterValues } from './parameter.defaults.js';

/**
 * Rules between parameters (a value alone is kept within its min and max by the definitions).
 * A change that breaks one is refused; related values are changed together (PUT /api/parameters).
 */
interface Constraint {
  keys: readonly ParameterKey[];
  broken(v: ParameterValues): AppError | null;
}

const ascending = (v: ParameterValues, keys: readonly ParameterKey[]) => keys.every((k, i) => i === 0 || v[keys[i - 1]!] < v[k]);

const weights = ['survey.weightContractPercent', 'survey.weightAuditPercent', 'survey.weightServicePercent'] as const;
const windows = ['dueList.windowDays.first', 'dueList.windowDays.second', 'dueList.windowDays.third'] as const;
const stars = [
  'afterSales.star1Threshold',
  'afterSales.star2Threshold',
  'afterSales.star3Threshold',
  'afterSales.star4Threshold',
  'afterSales.star5Threshold',
] as const;

export const parameterConstraints: readonly Constraint[] = [
  {
    // the three stages' weights are shares of the total (SPEC §7: 20 / 50 / 30)
    keys: weights,
    broken: (v) => {
      const sum = Math.round(weights.reduce((s, k) => s + v[k], 0) * 1000) / 1000;
      return sum === 100 ? null : new AppError('PARAMETER.WEIGHTS_NOT_100', { sum });
    },
  },
  {
    keys: ['survey.annualSampleMinPercent', 'survey.annualSampleMaxPercent'],
    broken: (v) =>
      v['survey.annualSampleMinPercent'] <= v['survey.annualSampleMaxPercent'] ? null : new AppError('PARAMETER.SAMPLE_RANGE'),
  },
  { keys: windows, broken: (v) => (ascending(v, windows) ? null : new AppError('PARAMETER.WINDOWS_ORDER')) },
  { keys: stars, broken: (v) => (ascending(v, stars) ? null : new AppError('PARAMETER.STAR_THRESHOLDS_ORDER')) },
];

/** Throws the first rule the values break. */
export function assertParametersConsistent(values: ParameterValues): void {
  for (const c of parameterConstraints) {
    const err = c.broken(values);
    if (err) throw err;
  }
}
