import { describe, expect, it } from 'vitest';
import { afterFailure, composeMail, noticeLink, noticeReference } from './notice.rules.js';

const now = new Date('2026-03-02T02:00:00Z');
const opts = { maxAttempts: 4, baseSeconds: 60 };

describe('retrying a delivery', () => {
  it('doubles the wait after each failure, from the base', () => {
    expect(afterFailure(1, opts, now)).toEqual({ status: 'queued', nextAttemptAt: new Date(now.getTime() + 60_000) });
    expect(afterFailure(2, opts, now).nextAttemptAt).toEqual(new Date(now.getTime() + 120_000));
    expect(afterFailure(3, opts, now)).toEqual({ status: 'queued', nextAttemptAt: new Date(now.getTime() + 240_000) });
  });
  it('gives up at the last attempt, not one before', () => {
    expect(afterFailure(4, opts, now).status).toBe('failed');
    expect(afterFailure(1, { maxAttempts: 1, baseSeconds: 60 }, now).status).toBe('failed');
  });
  it('gives up at once on a permanent refusal (5xx), retries a temporary one (4xx) or no answer', () => {
    expect(afterFailure(1, opts, now, 550)).toEqual({ status: 'failed', nextAttemptAt: now });
    expect(afterFailure(1, opts, now, 500).status).toBe('failed');
    expect(afterFailure(1, opts, now, 599).status).toBe('failed');
    expect(afterFailure(1, opts, now, 499).status).toBe('queued');
    expect(afterFailure(1, opts, now, 421).status).toBe('queued');
    expect(afterFailure(1, opts, now, null).status).toBe('queued');
  });
});

describe('references and links', () => {
  it('numbers a notice by its local year and serial', () => {
    expect(noticeReference(7, '2026-12-31')).toBe('TZ-2026-000007');
    expect(noticeReference(1_234_567, '2027-01-01')).toBe('TZ-2027-1234567');
  });
  it('links the register entry of the certificate, else the portal', () => {
    expect(noticeLink('https://cert.example.cn/', 'CD26 SC/01')).toBe('https://cert.example.cn/register?q=CD26%20SC%2F01');
    expect(noticeLink('https://cert.example.cn', null)).toBe('https://cert.example.cn/');
  });
});

describe('the e-mail', () => {
  const base = {
    reference: 'TZ-2026-000001',
    clientName: '北京华信电子科技有限公司',
    subjectZh: '认证证书撤销通知（X1）',
    subjectEn: 'Certificate X1 revoked',
    bodyZh: '中文正文',
    bodyEn: 'English body',
    cbName: '演示认证',
    cbNameEn: 'Demo CB',
  };
  it('puts Chinese first and English below, each with the link and the reference', () => {
    const m = composeMail({ ...base, certificateNo: 'X1', link: 'https://cb/register?q=X1' });
    expect(m.subject).toBe('认证证书撤销通知（X1） / Certificate X1 revoked');
    expect(m.text.indexOf('中文正文')).toBeLessThan(m.text.indexOf('English body'));
    expect(m.text).toContain('证书公开查询：https://cb/register?q=X1');
    expect(m.text).toContain('Public register entry: https://cb/register?q=X1');
    expect(m.text).toContain('参考编号：TZ-2026-000001');
  });
  it('points a notice without a certificate to the portal', () => {
    const m = composeMail({ ...base, certificateNo: null, link: 'https://cb/' });
    expect(m.text).toContain('客户门户：https://cb/');
    expect(m.text).not.toContain('register');
  });
});
