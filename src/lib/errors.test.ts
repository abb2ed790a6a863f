import { describe, expect, it } from 'vitest';
import { AppError, errorCatalog } from './errors.js';

describe('AppError', () => {
  it('fills parameters into both languages, per language where given', () => {
    const err = new AppError('VALIDATION.FAILED', { detail: { zh: '电话 格式不正确', en: 'phone is invalid' } });
    expect(err.status).toBe(400);
    expect(err.toBody()).toEqual({
      code: 'VALIDATION.FAILED',
      message: { zh: '输入有误：电话 格式不正确', en: 'Invalid input: phone is invalid' },
    });
  });

  it('has a Chinese and an English text and a 4xx/5xx status for every code', () => {
    for (const [code, entry] of Object.entries(errorCatalog)) {
      expect(entry.zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.en, code).toMatch(/[A-Za-z]/);
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      // every {param} of one language appears in the other
      const params = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params(entry.zh), code).toEqual(params(entry.en));
    }
  });
});
