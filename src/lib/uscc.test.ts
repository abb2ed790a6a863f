import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseUscc, usccCheckCharacter, usccProblem } from './uscc.js';

describe('unified social credit code (GB 32100-2015)', () => {
  it.each([
    ['914403001922038216'], // 华为技术有限公司
    ['91330100716105852F'], // 阿里巴巴（中国）有限公司
    ['9144030071526726XG'], // 深圳市腾讯计算机系统有限公司
    ['91110000802100433B'],
  ])('accepts the published code %s', (code) => {
    expect(usccProblem(code)).toBeNull();
  });

  it('refuses a code whose check character is wrong', () => {
    expect(usccProblem('914403001922038217')).toBe('CHECK_DIGIT');
  });

  it('refuses 17 or 19 characters', () => {
    expect(usccProblem('91440300192203821')).toBe('LENGTH');
    expect(usccProblem('9144030019220382160')).toBe('LENGTH');
  });

  it('refuses the letters the standard leaves out (I O S V Z)', () => {
    expect(usccProblem('91440300192203821I')).toBe('CHARACTERS');
    expect(usccProblem('9144030019220382Z6')).toBe('CHARACTERS');
  });

  it('refuses letters in the region code', () => {
    const first17 = '9144A300192203821';
    expect(usccProblem(first17 + usccCheckCharacter(first17))).toBe('REGION');
  });

  it('normalises spaces and lower case as staff type them', () => {
    expect(normaliseUscc(' 9133 0100 7161 0585 2f ')).toBe('91330100716105852F');
  });

  it('finds any single-character change (property)', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const char = fc.constantFrom(...alphabet);
    fc.assert(
      fc.property(fc.array(char, { minLength: 17, maxLength: 17 }), fc.nat(16), char, (chars, pos, replacement) => {
        chars.splice(2, 6, ...'110108'); // a valid region
        const first17 = chars.join('');
        const code = first17 + usccCheckCharacter(first17);
        expect(usccProblem(code)).toBeNull();
        if (pos >= 2 && pos < 8) return; // region digits are covered above
        if (replacement === code[pos]) return;
        const changed = code.slice(0, pos) + replacement + code.slice(pos + 1);
        expect(usccProblem(changed)).toBe('CHECK_DIGIT');
      }),
    );
  });
});
