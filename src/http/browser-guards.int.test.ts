import { count } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../test/fixtures.js';
import { auditLog } from '../audit-log/audit-log.schema.js';

let w: World;
afterEach(() => w.app.close());

const entries = async () => (await w.db.select({ n: count() }).from(auditLog))[0]!.n;

describe('security headers', () => {
  it('sends a CSP that forbids framing, nosniff and a same-origin referrer policy on the API, the UI and the register; no HSTS over HTTP', async () => {
    w = await setUpWorld();
    for (const url of ['/api/public/certificates?q=x', '/', '/register', '/api/nothing-here']) {
      const res = await w.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('adds HSTS and upgrades requests when served over HTTPS (COOKIE_SECURE=true)', async () => {
    w = await setUpWorld(undefined, { COOKIE_SECURE: 'true' });
    const res = await w.app.inject({ method: 'GET', url: '/api/public/certificates?q=x' });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});

describe('a state-changing request from another site', () => {
  const complaint = {
    kind: 'complaint',
    complainantName: '张三',
    complainantContact: '13800138000',
    subject: '获证企业服务问题',
    description: '企业不予处理。',
  };

  it('is refused (403, coded) with a foreign, opaque or cross-site origin, and writes nothing', async () => {
    w = await setUpWorld();
    const admin = await w.login('admin');
    const before = await entries();
    const boundary = 'x-boundary';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n名称\r\n甲\r\n--${boundary}--\r\n`;
    const cases: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: 'http://localhost:80.evil.example' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of cases) {
      const upload = await w.app.inject({
        method: 'POST',
        url: '/api/clients/import',
        headers: { cookie: admin, host: 'localhost:80', 'content-type': `multipart/form-data; boundary=${boundary}`, ...headers },
        payload: body,
      });
      expect(upload.statusCode, JSON.stringify(headers)).toBe(403);
      expect(upload.json()).toMatchObject({ code: 'REQUEST.FOREIGN_ORIGIN', message: { zh: expect.any(String), en: expect.any(String) } });
      const filed = await w.app.inject({
        method: 'POST',
        url: '/api/public/complaints',
        headers: { host: 'localhost:80', ...headers },
        payload: complaint,
      });
      expect(filed.statusCode).toBe(403);
    }
    expect(await entries()).toBe(before);
  });

  it('is served from CertDesk itself, or with no origin at all (scripts), and reading stays open to links from anywhere', async () => {
    w = await setUpWorld();
    const same = await w.app.inject({
      method: 'POST',
      url: '/api/public/complaints',
      headers: { host: 'certdesk.example:8443', origin: 'https://certdesk.example:8443', 'sec-fetch-site': 'same-origin' },
      payload: complaint,
    });
    expect(same.statusCode).toBe(201);
    const script = await w.app.inject({ method: 'POST', url: '/api/public/complaints', payload: complaint });
    expect(script.statusCode).toBe(201);
    const linked = await w.app.inject({
      method: 'GET',
      url: `/api/public/certificates?q=${encodeURIComponent('北京华信电子科技有限公司')}`,
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(linked.statusCode).toBe(200);
  });
});
