import type { RiskLevel } from '../reporting/cnca-codes.js';
import type { CertificationField } from './certificate.rules.js';

/**
 * 基础人日数 (CNCA report column 71): the initial audit time (stage 1 + stage 2, in auditor days)
 * IAF MD 5:2019 gives for the effective number of personnel, before any adjustment; CNAS-CC105
 * adopts its tables. QMS has one column; EMS and OH&SMS one per complexity category, read from
 * the certificate's 风险系数. Other fields have no table: their time is entered.
 */
const BANDS_UP_TO = [5, 10, 15, 25, 45, 65, 85, 125, 175, 275, 425, 625, 875, 1175, 1550, 2025, 2675, 3450, 4350, 5450, 6800, 8500, 10700];
/** Table QMS 1 */
const QMS_DAYS = [1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22];
/** Table EMS 1 and Table OH&SMS 1 (which have the same figures): high, medium, low complexity */
const BY_COMPLEXITY: Record<RiskLevel, number[]> = {
  '01': [3, 3.5, 4.5, 5.5, 7, 8, 9, 11, 12, 13, 15, 16, 17, 19, 20, 21, 23, 25, 27, 28, 30, 32, 34],
  '02': [2.5, 3, 3.5, 4.5, 5.5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20, 21, 23, 25, 27],
  '03': [2.5, 3, 3, 3.5, 4, 4.5, 5, 5.5, 6, 7, 8, 9, 10, 11, 12, 12, 13, 14, 15, 16, 17, 19, 20],
};

export type AuditTimeBasis = 'MD5_QMS' | 'MD5_EMS' | 'MD5_OHSMS';

/** Why no figure: the field has no table, or the personnel or complexity it needs is missing, or beyond the table. */
export type NoAuditTime = 'NO_TABLE' | 'NEEDS_PERSONNEL' | 'NEEDS_RISK_LEVEL' | 'BEYOND_TABLE';

export function baseAuditDays(
  field: CertificationField,
  effectivePersonnel: number | null,
  riskLevel: RiskLevel | null,
): { days: number; basis: AuditTimeBasis } | { days: null; why: NoAuditTime } {
  if (field !== 'QMS' && field !== 'EMS' && field !== 'OHSMS') return { days: null, why: 'NO_TABLE' };
  if (effectivePersonnel === null || effectivePersonnel < 1) return { days: null, why: 'NEEDS_PERSONNEL' };
  // above the last band MD 5 says "follow progression": a judgement, so the time is entered
  const band = BANDS_UP_TO.findIndex((upTo) => effectivePersonnel <= upTo);
  if (band < 0) return { days: null, why: 'BEYOND_TABLE' };
  if (field === 'QMS') return { days: QMS_DAYS[band]!, basis: 'MD5_QMS' };
  if (riskLevel === null) return { days: null, why: 'NEEDS_RISK_LEVEL' };
  return { days: BY_COMPLEXITY[riskLevel][band]!, basis: field === 'EMS' ? 'MD5_EMS' : 'MD5_OHSMS' };
}
