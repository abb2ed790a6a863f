import { expect } from 'vitest';
import { grantCertificate } from '../src/modules/certificates/grant.service.js';
import type { World } from './fixtures.js';

/** Grants a management-system certificate through the API, as the decision-maker would. */
export async function grantSystem(
  w: World,
  cookie: string,
  clientId: string,
  field: 'QMS' | 'EMS' | 'OHSMS',
  certificateNo: string,
  decisionOn = '2026-01-05',
) {
  const standard = { QMS: 'GB/T 19001-2016', EMS: 'GB/T 24001-2016', OHSMS: 'GB/T 45001-2020' }[field];
  const res = await w.app.inject({
    method: 'POST',
    url: `/api/clients/${clientId}/certificates`,
    headers: { cookie },
    payload: {
      certificateNo,
      scheme: 'management_system',
      field,
      standard,
      scope: '电子测量仪器的设计和生产',
      starLevel: null,
      decisionOn,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

/**
 * An after-sales certificate in place, as a concluded GB/T 27922 assessment's decision grants it
 * (that door itself is tested in star.int.test.ts): for tests about what follows a grant.
 */
export function grantAfterSales(
  w: World,
  clientId: string,
  opts: { certificateNo?: string; starLevel?: number; decisionOn?: string; scope?: string } = {},
) {
  const decisionOn = opts.decisionOn ?? '2026-01-05';
  return grantCertificate(
    w.db,
    { id: null, name: '认证决定（测试）' },
    { kind: 'all' },
    clientId,
    {
      certificateNo: opts.certificateNo ?? 'CD26SC0001R0M',
      scheme: 'after_sales',
      field: 'AFTER_SALES',
      standard: 'GB/T 27922-2011',
      scope: opts.scope ?? '电子产品的售后服务',
      sites: [],
      starLevel: opts.starLevel ?? 4,
      decisionOn,
      reason: '认证决定 / certification decision',
    },
    decisionOn,
  );
}
