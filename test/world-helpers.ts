import { expect } from 'vitest';
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
