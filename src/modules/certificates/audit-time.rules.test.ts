import { describe, expect, it } from 'vitest';
import { baseAuditDays } from './audit-time.rules.js';

// Expected figures are read from IAF MD 5:2019 as published (Table OH&SMS 1, page 29) and from
// European co-operation for Accreditation's FAQ 38.2 and 37.23 quoting Table QMS 1 — not from our table.
describe('base audit time (IAF MD 5)', () => {
  it('reads Table QMS 1 at the edges of its bands', () => {
    expect(baseAuditDays('QMS', 1, null)).toEqual({ days: 1.5, basis: 'MD5_QMS' });
    expect(baseAuditDays('QMS', 5, null).days).toBe(1.5);
    expect(baseAuditDays('QMS', 6, null).days).toBe(2);
    // EA FAQ 37.23: a warehouse of 55, medium risk: "duration is 5 man-days"
    expect(baseAuditDays('QMS', 55, '02').days).toBe(5);
    expect(baseAuditDays('QMS', 10700, null).days).toBe(22);
  });

  it('reads Table OH&SMS 1 by complexity', () => {
    expect(baseAuditDays('OHSMS', 5, '01').days).toBe(3);
    expect(baseAuditDays('OHSMS', 5, '03').days).toBe(2.5);
    expect(baseAuditDays('OHSMS', 126, '02').days).toBe(9);
    expect(baseAuditDays('OHSMS', 125, '02').days).toBe(8);
    expect(baseAuditDays('OHSMS', 1551, '03').days).toBe(12);
    expect(baseAuditDays('OHSMS', 8501, '01')).toEqual({ days: 34, basis: 'MD5_OHSMS' });
  });

  it('uses the same figures for EMS, which needs a complexity', () => {
    expect(baseAuditDays('EMS', 300, '01')).toEqual({ days: 15, basis: 'MD5_EMS' });
    expect(baseAuditDays('EMS', 300, null)).toEqual({ days: null, why: 'NEEDS_RISK_LEVEL' });
  });

  it('gives no figure where the table gives none', () => {
    expect(baseAuditDays('QMS', 10701, null)).toEqual({ days: null, why: 'BEYOND_TABLE' });
    expect(baseAuditDays('QMS', 0, null)).toEqual({ days: null, why: 'NEEDS_PERSONNEL' });
    expect(baseAuditDays('QMS', null, null)).toEqual({ days: null, why: 'NEEDS_PERSONNEL' });
    expect(baseAuditDays('EnMS', 50, '01')).toEqual({ days: null, why: 'NO_TABLE' });
    expect(baseAuditDays('AFTER_SALES', 50, null)).toEqual({ days: null, why: 'NO_TABLE' });
  });
});
