import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { REGISTER_CACHE_MAX_AGE_SECONDS } from './register.routes.js';

let w: World;
beforeEach(async () => {
  w = await setUpWorld(() => new Date('2026-01-10T02:00:00Z'), { PUBLIC_RATE_LIMIT_PER_MINUTE: '30' });
  const decider = await w.login('decider');
  const grant = (clientId: string, certificateNo: string) =>
    w.app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/certificates`,
      headers: { cookie: decider },
      payload: {
        certificateNo,
        scheme: 'management_system',
        field: 'QMS',
        standard: 'GB/T 19001-2016',
        scope: '电子产品的设计；电子产品的生产',
        decisionOn: '2025-06-01',
      },
    });
  const a = (await grant(w.huaxin, 'CD25Q1001R0M')).json();
  await grant(w.other, 'CD25Q2002R0M');
  await w.app.inject({
    method: 'POST',
    url: `/api/certificates/${a.id}/suspend`,
    headers: { cookie: decider },
    payload: {
      version: a.version,
      from: '2026-01-10',
      until: '2026-03-31',
      ground: 'SURVEILLANCE_NOT_ACCEPTED',
      reason: '内部备注：联系人失联，不应公开',
      partScope: null,
    },
  });
});
afterEach(() => w.app.close());

const lookup = (q: string) => w.app.inject({ method: 'GET', url: `/api/public/certificates?q=${encodeURIComponent(q)}` });
const numbersOf = async (q: string) => (await lookup(q)).json().map((c: { certificateNo: string }) => c.certificateNo);

describe('public certificate register', () => {
  it('needs no login and finds a certificate by its number, exact or prefix, any case', async () => {
    expect(await numbersOf('CD25Q1001R0M')).toEqual(['CD25Q1001R0M']);
    expect(await numbersOf('cd25q')).toEqual(['CD25Q1001R0M', 'CD25Q2002R0M']);
    expect(await numbersOf('CD25Q2')).toEqual(['CD25Q2002R0M']);
    expect(await numbersOf('CD25Q3')).toEqual([]);
  });

  it.each([
    ['北京华信电子科技有限公司'], // the full name
    ['华信电子科技有限公司'], // without the city
    ['北京市华信电子科技'], // without 有限公司, with 市
    ['华信电子'], // a prefix
    ['华信电子科技有限责任公司'], // another legal form
  ])('finds 北京华信 by the name as typed: %s', async (q) => {
    expect(await numbersOf(q)).toEqual(['CD25Q1001R0M']);
  });

  it('shows status and suspension dates, and nothing confidential', async () => {
    const res = await w.app.inject({ method: 'GET', url: '/api/public/certificates/cd25q1001r0m' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'suspended',
      statusCode: '02',
      statusLabel: { zh: '暂停' },
      suspendedFrom: '2026-01-10',
      suspendedUntil: '2026-03-31',
    });
    expect(Object.keys(body).sort()).toEqual(
      [
        'certificateNo',
        'expiresOn',
        'issueOn',
        'organisationName',
        'originalIssueOn',
        'scheme',
        'scope',
        'standard',
        'starLevel',
        'status',
        'statusCode',
        'statusLabel',
        'suspendedFrom',
        'suspendedScope',
        'suspendedUntil',
        'suspension',
      ].sort(),
    );
    expect(res.body).not.toMatch(/13800138000|王伟|联系人失联|clientId/);
  });

  it('shows a part suspension as that part of the scope suspended, not the whole certificate', async () => {
    const decider = await w.login('decider');
    const [other] = (
      await w.app.inject({ method: 'GET', url: `/api/clients/${w.other}/certificates`, headers: { cookie: decider } })
    ).json();
    const res = await w.app.inject({
      method: 'POST',
      url: `/api/certificates/${other.id}/suspend`,
      headers: { cookie: decider },
      payload: {
        version: other.version,
        from: '2026-01-10',
        until: '2026-03-31',
        ground: 'FEES_UNPAID',
        reason: '部分暂停',
        partScope: '电子产品的生产',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const part = (await w.app.inject({ method: 'GET', url: '/api/public/certificates/CD25Q2002R0M' })).json();
    expect(part).toMatchObject({
      suspension: 'part',
      suspendedScope: '电子产品的生产',
      statusLabel: { zh: '部分暂停', en: 'partly suspended' },
    });
    const whole = (await w.app.inject({ method: 'GET', url: '/api/public/certificates/CD25Q1001R0M' })).json();
    expect(whole).toMatchObject({ suspension: 'whole', statusLabel: { zh: '暂停' } });
    const [entry] = (await w.app.inject({ method: 'GET', url: '/api/public/feed?kind=suspend' })).json();
    expect(entry).toMatchObject({ certificateNo: 'CD25Q2002R0M', partScope: '电子产品的生产' });
  });

  it('answers an unknown number with 404 in both languages', async () => {
    const res = await w.app.inject({ method: 'GET', url: '/api/public/certificates/NOPE-1' });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toEqual({ zh: '未查到该证书', en: 'No such certificate' });
  });

  it('lists grants and suspensions in the feed, newest first, without reasons', async () => {
    const feed = (await w.app.inject({ method: 'GET', url: '/api/public/feed' })).json();
    expect(feed.map((e: { kind: string; certificateNo: string }) => `${e.kind}:${e.certificateNo}`)).toEqual([
      'suspend:CD25Q1001R0M',
      'grant:CD25Q2002R0M',
      'grant:CD25Q1001R0M',
    ]);
    expect(feed[0]).toMatchObject({ effectiveOn: '2026-01-10', suspendedUntil: '2026-03-31' });
    // the number, the organisation, the date and the kind: nothing else about an event is public
    expect(Object.keys(feed[1]).sort()).toEqual(['certificateNo', 'effectiveOn', 'kind', 'organisationName']);
    expect(JSON.stringify(feed)).not.toContain('失联');
    const onlySuspensions = (await w.app.inject({ method: 'GET', url: '/api/public/feed?kind=suspend' })).json();
    expect(onlySuspensions[0].partScope).toBeNull();
    expect(onlySuspensions).toHaveLength(1);
  });

  it('limits requests per client address (429 with a code)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++)
      statuses.push(
        (await w.app.inject({ method: 'GET', url: '/api/public/certificates/CD25Q1001R0M', remoteAddress: '127.0.0.7' })).statusCode,
      );
    expect(statuses.filter((s) => s === 200)).toHaveLength(30);
    const limited = await w.app.inject({ method: 'GET', url: '/api/public/certificates/CD25Q1001R0M', remoteAddress: '127.0.0.7' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('REQUEST.RATE_LIMITED');
    // another address is not affected
    expect(
      (await w.app.inject({ method: 'GET', url: '/api/public/certificates/CD25Q1001R0M', remoteAddress: '127.0.0.8' })).statusCode,
    ).toBe(200);
  });
});

describe('public register caching', () => {
  const get = (url: string, ifNoneMatch?: string) =>
    w.app.inject({ method: 'GET', url, headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {} });
  const urls = [
    '/api/public/certificates/CD25Q2002R0M',
    '/api/public/certificates?q=CD25Q',
    '/api/public/certificates?q=CD99', // a miss
    '/api/public/feed',
  ];

  it('answers with an ETag and a short public max-age, and 304 to a copy that is still current', async () => {
    for (const url of urls) {
      const first = await get(url);
      expect(first.statusCode).toBe(200);
      expect(first.headers['cache-control']).toBe(`public, max-age=${REGISTER_CACHE_MAX_AGE_SECONDS}`);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"r\d+"$/);
      expect((await get(url)).headers.etag).toBe(etag);
      const again = await get(url, etag);
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(etag);
      // as a gzipping proxy passes it on, and among others
      expect((await get(url, `W/${etag}`)).statusCode).toBe(304);
      expect((await get(url, `"r0", ${etag}`)).statusCode).toBe(304);
      expect((await get(url, '"r0"')).statusCode).toBe(200);
    }
  });

  it('changes the ETag with a certificate event, and not with a refused one', async () => {
    const decider = await w.login('decider');
    const before = (await get(urls[0]!)).headers.etag as string;
    const [other] = (
      await w.app.inject({ method: 'GET', url: `/api/clients/${w.other}/certificates`, headers: { cookie: decider } })
    ).json();
    const suspend = (version: number) =>
      w.app.inject({
        method: 'POST',
        url: `/api/certificates/${other.id}/suspend`,
        headers: { cookie: decider },
        payload: { version, from: '2026-01-10', until: '2026-02-28', ground: 'FEES_UNPAID', reason: '费用未缴', partScope: null },
      });
    expect((await suspend(other.version + 1)).statusCode).toBe(409);
    expect((await get(urls[0]!, before)).statusCode).toBe(304);

    expect((await suspend(other.version)).statusCode).toBe(200);
    for (const url of urls) {
      const stale = await get(url, before);
      expect(stale.statusCode).toBe(200);
      expect(stale.headers.etag).not.toBe(before);
    }
    expect((await get(urls[0]!, before)).json()).toMatchObject({ status: 'suspended' });
  });

  it('lets no cache keep a refusal', async () => {
    const missing = await get('/api/public/certificates/NOSUCHCERT');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).toBeUndefined();
    expect(missing.headers.etag).toBeUndefined();
  });
});
