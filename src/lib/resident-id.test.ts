import { describe, expect, it } from 'vitest';
import { residentIdValid } from './resident-id.js';

// 11010519491231002X is the example number of GB 11643-1999's annex; the others are it altered
describe('resident identity card numbers', () => {
  it('accepts the standard’s example and refuses a wrong check character or length', () => {
    expect(residentIdValid('11010519491231002X')).toBe(true);
    expect(residentIdValid('110105194912310021')).toBe(false);
    expect(residentIdValid('11010519491231002')).toBe(false);
    expect(residentIdValid('11010519491231002x')).toBe(false);
  });
});
