import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPrefix } from './prefix-range.js';

describe('prefix upper bound', () => {
  it('raises the last character by one', () => {
    expect(nextPrefix('华信')).toBe('华俢');
    expect(nextPrefix('CD25Q1')).toBe('CD25Q2');
  });

  it('refuses an empty prefix', () => {
    expect(() => nextPrefix('')).toThrow(RangeError);
  });

  it('bounds exactly the strings that start with the prefix (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('华', '信', '俢', 'a', 'b', 'Z', '0', '9', '-'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(text, text, (prefix, other) => {
        const inRange = other >= prefix && other < nextPrefix(prefix);
        expect(inRange).toBe(other.startsWith(prefix));
      }),
      { numRuns: 2000 },
    );
  });
});
