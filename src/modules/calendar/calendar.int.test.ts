import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { auditLog } from '../../audit-log/audit-log.schema.js';

let w: World;
let admin: string;
beforeEach(async () => {
  w = await setUpWorld();
  admin = await w.login('admin');
});
afterEach(() => w.app.close());

const due = async (from: string, days: number) =>
  (await w.app.inject({ method: 'GET', url: `/api/working-days/add?from=${from}&days=${days}`, headers: { cookie: admin } })).json().due;

describe('holiday calendar', () => {
  it('is seeded with the official 2026 schedule', async () => {
    const res = await w.app.inject({ method: 'GET', url: '/api/holidays?year=2026', headers: { cookie: admin } });
    const rows = res.json() as { date: string; kind: string; nameZh: string }[];
    expect(rows.find((r) => r.date === '2026-10-10')).toMatchObject({ kind: 'workday', nameZh: '国庆节调休上班' });
    expect(rows.filter((r) => r.kind === 'holiday' && r.nameZh === '春节')).toHaveLength(9);
  });

  it('computes a 7-working-day deadline over National Day from the stored calendar', async () => {
    expect(await due('2026-09-30', 7)).toBe('2026-10-15');
  });

  it('follows an admin’s change to the calendar at once, and records it', async () => {
    // a day off added on Monday 12 October moves the deadline one working day on
    const res = await w.app.inject({
      method: 'PUT',
      url: '/api/holidays/2026-10-12',
      headers: { cookie: admin },
      payload: { kind: 'holiday', nameZh: '临时放假', nameEn: 'Extra day off', version: 0 },
    });
    expect(res.statusCode).toBe(200);
    expect(await due('2026-09-30', 7)).toBe('2026-10-16');
    const del = await w.app.inject({ method: 'DELETE', url: '/api/holidays/2026-10-12?version=1', headers: { cookie: admin } });
    expect(del.statusCode).toBe(204);
    expect(await due('2026-09-30', 7)).toBe('2026-10-15');
  });

  it('refuses an adjusted working day on a weekday, and calendar edits by non-admins', async () => {
    const weekday = await w.app.inject({
      method: 'PUT',
      url: '/api/holidays/2026-11-24',
      headers: { cookie: admin },
      payload: { kind: 'workday', nameZh: '错', nameEn: 'wrong', version: 0 },
    });
    expect(weekday.statusCode).toBe(400);
    expect(weekday.json().code).toBe('HOLIDAY.NOT_A_WEEKEND');
    const staff = await w.app.inject({
      method: 'PUT',
      url: '/api/holidays/2026-11-28',
      headers: { cookie: await w.login('service') },
      payload: { kind: 'workday', nameZh: '调休', nameEn: 'x', version: 0 },
    });
    expect(staff.statusCode).toBe(403);
  });

  it('detects a concurrent edit of the same date', async () => {
    const first = await w.app.inject({
      method: 'PUT',
      url: '/api/holidays/2026-10-01',
      headers: { cookie: admin },
      payload: { kind: 'holiday', nameZh: '国庆节', nameEn: 'National Day (edited)', version: 1 },
    });
    expect(first.statusCode).toBe(200);
    const second = await w.app.inject({
      method: 'PUT',
      url: '/api/holidays/2026-10-01',
      headers: { cookie: admin },
      payload: { kind: 'holiday', nameZh: '国庆节', nameEn: 'lost edit', version: 1 },
    });
    expect(second.statusCode).toBe(409);
  });

  it('lets exactly one of 32 concurrent creates of a new date win; the others get 409 and write nothing', async () => {
    const results = await Promise.all(
      Array.from({ length: 32 }, (_, i) =>
        w.app.inject({
          method: 'PUT',
          url: '/api/holidays/2027-02-06',
          headers: { cookie: admin },
          payload: { kind: 'workday', nameZh: `春节调休上班 ${i}`, nameEn: `Adjusted working day ${i}`, version: 0 },
        }),
      ),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(31);
    const winner = results.find((r) => r.statusCode === 200)!.json();
    expect(winner.version).toBe(1);
    const rows = (await w.app.inject({ method: 'GET', url: '/api/holidays?year=2027', headers: { cookie: admin } })).json();
    expect(rows.filter((r: { date: string }) => r.date === '2027-02-06')).toEqual([expect.objectContaining({ nameZh: winner.nameZh })]);
    const trail = await w.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'holiday'), eq(auditLog.entityId, '2027-02-06')));
    expect(trail).toHaveLength(1);
  });

  it('lets exactly one of 32 concurrent changes of the same version win', async () => {
    const results = await Promise.all(
      Array.from({ length: 32 }, (_, i) =>
        w.app.inject({
          method: 'PUT',
          url: '/api/holidays/2026-10-01',
          headers: { cookie: admin },
          payload: { kind: 'holiday', nameZh: '国庆节', nameEn: `National Day ${i}`, version: 1 },
        }),
      ),
    );
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(31);
  });
});

describe('marking days from the year view', () => {
  const mark = (payload: object, cookie = admin) =>
    w.app.inject({ method: 'POST', url: '/api/holidays/mark', headers: { cookie }, payload });
  const year2031 = async () =>
    (await w.app.inject({ method: 'GET', url: '/api/holidays?year=2031', headers: { cookie: admin } })).json() as {
      date: string;
      kind: string;
      nameZh: string;
      version: number;
    }[];

  it('marks new days and changes entered ones in one step, all or none, each change in the audit log', async () => {
    const first = await mark({
      days: ['2031-10-01', '2031-10-02'].map((date) => ({ date, version: 0 })),
      mark: 'holiday',
      nameZh: '国庆节',
      nameEn: 'National Day',
    });
    expect(first.json()).toEqual({ changed: 2 });
    // a range over an entered day and a new one: the day already as asked is left, the new one entered
    const [oct1] = await year2031();
    const second = await mark({
      days: [
        { date: '2031-10-01', version: oct1!.version },
        { date: '2031-10-03', version: 0 },
      ],
      mark: 'holiday',
      nameZh: '国庆节',
      nameEn: 'National Day',
    });
    expect(second.json()).toEqual({ changed: 1 });

    // a day changed since it was read (the version) refuses the whole step: the new day is not written either
    const stale = await mark({
      days: [
        { date: '2031-10-04', version: 0 },
        { date: '2031-10-02', version: 0 },
      ],
      mark: 'holiday',
      nameZh: '国庆节',
      nameEn: 'National Day',
    });
    expect(stale.statusCode).toBe(409);
    expect((await year2031()).map((h) => h.date)).toEqual(['2031-10-01', '2031-10-02', '2031-10-03']);

    // a weekday cannot be a weekend worked; nothing is written
    const weekday = await mark({
      days: [
        { date: '2031-09-27', version: 0 }, // a Saturday
        { date: '2031-09-29', version: 0 }, // a Monday
      ],
      mark: 'workday',
      nameZh: '国庆节调休上班',
      nameEn: 'National Day (adjusted working day)',
    });
    expect(weekday.json()).toMatchObject({ code: 'HOLIDAY.NOT_A_WEEKEND', message: { zh: expect.stringContaining('2031-09-29') } });
    expect((await year2031()).some((h) => h.date === '2031-09-27')).toBe(false);
    expect((await mark({ days: [{ date: '2031-09-27', version: 0 }], mark: 'holiday' })).json().code).toBe('HOLIDAY.NAME_REQUIRED');

    // ordinary days: the entries go, days without one are left
    const rows = await year2031();
    const cleared = await mark({
      days: [...rows.slice(1).map((h) => ({ date: h.date, version: h.version })), { date: '2031-10-05', version: 0 }],
      mark: 'ordinary',
    });
    expect(cleared.json()).toEqual({ changed: 2 });
    expect((await year2031()).map((h) => h.date)).toEqual(['2031-10-01']);

    const log = await w.db
      .select({ entityId: auditLog.entityId, action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entity, 'holiday'));
    expect(
      log
        .filter((l) => l.entityId.startsWith('2031-'))
        .map((l) => `${l.entityId} ${l.action}`)
        .sort(),
    ).toEqual(['2031-10-01 create', '2031-10-02 create', '2031-10-02 delete', '2031-10-03 create', '2031-10-03 delete']);
    // only those who keep the calendar
    expect((await mark({ days: [{ date: '2031-10-06', version: 0 }], mark: 'ordinary' }, await w.login('general'))).statusCode).toBe(403);
  });
});
