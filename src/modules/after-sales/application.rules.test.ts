import { describe, expect, it } from 'vitest';
import { creditVerdict, missingMaterials, reviewDueOn } from './application.rules.js';

describe('after-sales applications', () => {
  it('is reviewed within 10 days of receipt, across a month end', () => {
    expect(reviewDueOn('2026-11-25', 10)).toBe('2026-12-05');
  });

  it('lists the materials still missing, and a headcount of none', () => {
    expect(missingMaterials({ businessLicence: true, serviceDocuments: true, flowChart: true }, 35)).toEqual([]);
    expect(missingMaterials({ businessLicence: true }, 0)).toEqual(['serviceDocuments', 'flowChart', 'headcount']);
  });

  it('refuses an applicant on the blacklist or the abnormal-operation list, and accepts a penalty only with a note', () => {
    const none = { administrativePenalties: 'none', abnormalOperation: 'none', seriousViolation: 'none' } as const;
    expect(creditVerdict(none, null)).toBe('clear');
    expect(creditVerdict({ ...none, seriousViolation: 'found' }, '说明')).toBe('refuse');
    expect(creditVerdict({ ...none, abnormalOperation: 'found' }, '说明')).toBe('refuse');
    expect(creditVerdict({ ...none, administrativePenalties: 'found' }, null)).toBe('refuse');
    expect(creditVerdict({ ...none, administrativePenalties: 'found' }, '2024 年轻微处罚，已整改')).toBe('accept_with_note');
  });
});
