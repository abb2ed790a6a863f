import { describe, expect, it } from 'vitest';
import { afterReview, auditSettles, changeFlow, mayApply, mayFile, mayReview } from './change.rules.js';

describe('contract change rules', () => {
  it('has customer service confirm administrative changes and audit management review the rest', () => {
    expect(changeFlow('name')).toMatchObject({
      reviewer: 'customer_service',
      executor: 'customer_service',
      changesClient: true,
      changesCertificate: true,
    });
    expect(changeFlow('contact')).toMatchObject({ changesClient: true, changesCertificate: false });
    expect(changeFlow('key_management')).toMatchObject({ reviewer: 'audit_management', changesClient: false, changesCertificate: false });
    expect(changeFlow('scope_extension')).toMatchObject({ executor: 'decision_maker', auditRequired: true, documentsRequired: true });
    expect(changeFlow('scope_reduction')).toMatchObject({ auditRequired: false, documentsRequired: true });
  });

  it('keeps fee changes with customer service only', () => {
    expect(mayFile('customer_service', 'fees')).toBe(true);
    expect(mayFile('client', 'fees')).toBe(false);
    expect(mayFile('client', 'address_sites')).toBe(true);
    expect(mayReview('audit_management', 'fees')).toBe(false);
    expect(mayApply('decision_maker', 'fees')).toBe(false);
    expect(mayApply('decision_maker', 'scope_extension')).toBe(true);
    expect(mayApply('customer_service', 'scope_extension')).toBe(false);
  });

  it('grants a scope extension only after an audit, which it waits for', () => {
    expect(afterReview('scope_extension', 'approve')).toBe('AUDIT_REQUIRED');
    expect(afterReview('scope_extension', 'audit')).toBe('awaiting_audit');
    expect(afterReview('scope_reduction', 'approve')).toBe('approved');
    expect(afterReview('system_process', 'audit')).toBe('awaiting_audit');
    expect(afterReview('name', 'reject')).toBe('rejected');
    expect(auditSettles(null)).toBeNull();
    expect(auditSettles('pass_after_correction')).toBe('approved');
    expect(auditSettles('fail')).toBe('rejected');
  });
});
