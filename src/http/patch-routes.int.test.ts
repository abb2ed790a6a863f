import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../test/fixtures.js';
import { auditLog } from '../audit-log/audit-log.schema.js';
import { users } from '../modules/auth/auth.schema.js';
import { clients } from '../modules/clients/client.schema.js';
import { makeUscc } from '../seed/demo-data.js';

/**
 * Every PATCH route of the OpenAPI document changes exactly the fields it is sent: sending any
 * one field changes only that field, and the change history lists only that field. A field the
 * document marks read-only (a guarded fact with a door of its own) is refused and changes
 * nothing. A new PATCH route fails here until it has a fixture below.
 */

type Json = Record<string, unknown>;
interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  format?: string;
  description?: string;
  readOnly?: boolean;
  minimum?: number;
  maximum?: number;
}

interface Target {
  url: string;
  /** the record as the API shows it */
  read(): Promise<Json>;
  /** the fields named by the newest audit-log entry of the record */
  lastLoggedFields(): Promise<string[]>;
  /** fields that follow from another (a branch's name from its id) */
  derived?: Record<string, string[]>;
  /** values for fields whose format the schema cannot say (a credit code with its check digit) */
  values?: Record<string, unknown>;
  /** a field that applies only to another kind of the record (a portal account's organisation) is tried there */
  targetFor?: Record<string, Target>;
}

async function latestFields(w: World, entity: string, entityId: string): Promise<string[]> {
  const [row] = await w.db
    .select({ changes: auditLog.changes })
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return (row?.changes ?? []).map((c) => c.field);
}

const fixtures: Record<string, (w: World, cookie: string) => Promise<Target>> = {
  '/api/clients/{id}': async (w, cookie) => {
    // every field away from its default, so a reset to a default would show
    await w.db
      .update(clients)
      .set({
        status: 'abnormal',
        confidential: true,
        vip: true,
        grade: 'B+',
        certificateNos: ['CD26SC0001R0M'],
        formerNames: ['北京华信电子厂'],
        technicalAreaCodes: ['19.05.01'],
        initialAuditFee: 12000,
        surveillanceFee: 6000,
        plannedSurveillanceOn: '2027-03-01',
        actualSurveillanceOn: '2026-03-02',
        initialAuditOn: '2025-03-15',
        scope: '电子产品的设计和生产',
      })
      .where(eq(clients.id, w.huaxin));
    const url = `/api/clients/${w.huaxin}`;
    return {
      url,
      read: async () => (await w.app.inject({ method: 'GET', url, headers: { cookie } })).json(),
      lastLoggedFields: () => latestFields(w, 'client', w.huaxin),
      derived: { branchId: ['branchName'], uscc: ['formerUsccs'] },
      values: {
        uscc: makeUscc('110108', 99_000_001),
        postcode: '100190',
        phone: '010-62001234',
        email: 'office@huaxin.example.cn',
        branchId: w.branchB,
        industryCodes: ['6513', '3990'],
        organisationType: '040106',
        registeredCapitalCurrency: '08',
      },
    };
  },
  '/api/users/{id}': async (w, cookie) => {
    const account = async (username: string, values: Record<string, unknown>): Promise<Target> => {
      const [row] = await w.db.select({ id: users.id }).from(users).where(eq(users.username, username));
      const id = row!.id;
      return {
        url: `/api/users/${id}`,
        read: async () => {
          const all = (await w.app.inject({ method: 'GET', url: '/api/users', headers: { cookie } })).json() as Json[];
          return all.find((u) => u.id === id)!;
        },
        lastLoggedFields: () => latestFields(w, 'user', id),
        derived: { branchId: ['branchName'], clientId: ['clientName'] },
        values,
      };
    };
    return {
      ...(await account('auditor2', { role: 'general_admin', branchId: w.branchB, email: 'zhou.ting@example.cn', phone: '13800138000' })),
      targetFor: { clientId: await account('portal', { clientId: w.other }) },
    };
  },
  '/api/branches/{id}': async (w, cookie) => ({
    url: `/api/branches/${w.branchA}`,
    read: async () => {
      const all = (await w.app.inject({ method: 'GET', url: '/api/branches', headers: { cookie } })).json() as Json[];
      return all.find((b) => b.id === w.branchA)!;
    },
    lastLoggedFields: () => latestFields(w, 'branch', w.branchA),
  }),
  '/api/classification/items/{code}': async (w, cookie) => {
    const code = 'QMS-IMPROVEMENT';
    return {
      url: `/api/classification/items/${code}`,
      read: async () => {
        const items = (await w.app.inject({ method: 'GET', url: '/api/classification/items', headers: { cookie } })).json() as Json[];
        return items.find((i) => i.code === code)!;
      },
      lastLoggedFields: () => latestFields(w, 'evaluation-item', code),
    };
  },
};

function types(s: JsonSchema): string[] {
  if (s.anyOf) return s.anyOf.flatMap(types);
  return Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
}

/** A valid value different from `current`, from the field's schema. */
function otherValue(s: JsonSchema, current: unknown, field: string): unknown {
  const t = types(s);
  const enumValues = s.enum ?? s.anyOf?.flatMap((x) => x.enum ?? []);
  if (enumValues?.length) return enumValues.find((v) => v !== current);
  if (t.includes('boolean')) return !current;
  if (t.includes('number') || t.includes('integer')) return typeof current === 'number' ? current + 1 : 1;
  if (t.includes('array')) return [`新${field}`.slice(0, 20)];
  if (s.description?.includes('YYYY-MM-DD') || s.anyOf?.some((x) => x.description?.includes('YYYY-MM-DD'))) {
    return current === '2024-06-03' ? '2024-06-04' : '2024-06-03';
  }
  if (t.includes('string')) return `${typeof current === 'string' ? current.slice(0, 10) : ''}改`;
  throw new Error(`no value for ${field}: give the fixture one`);
}

let w: World;
let cookie: string;
let patchRoutes: { path: string; properties: Record<string, JsonSchema> }[];

beforeAll(async () => {
  w = await setUpWorld();
  cookie = await w.login('admin');
  await w.app.ready();
  const doc = w.app.swagger() as {
    paths: Record<
      string,
      Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema & { properties?: Record<string, JsonSchema> } }> } }>
    >;
  };
  patchRoutes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    ops.patch ? [{ path, properties: ops.patch.requestBody?.content['application/json']?.schema.properties ?? {} }] : [],
  );
});
afterAll(() => w.app.close());

describe('every PATCH route changes exactly what it is sent', () => {
  it('finds the PATCH routes of the API document, each with a fixture here', () => {
    expect(patchRoutes.map((r) => r.path).sort()).toEqual(Object.keys(fixtures).sort());
  });

  it('changes only the one field sent, and the history names only that field', async () => {
    const tested: string[] = [];
    for (const route of patchRoutes) {
      const fixture = await fixtures[route.path]!(w, cookie);
      for (const [field, schema] of Object.entries(route.properties)) {
        if (field === 'version' || schema.readOnly) continue;
        tested.push(`${route.path} ${field}`);
        const target = fixture.targetFor?.[field] ?? fixture;
        const before = await target.read();
        const value = target.values?.[field] ?? otherValue(schema, before[field], field);
        const body: Json = { [field]: value, ...('version' in route.properties ? { version: before.version } : {}) };
        const res = await w.app.inject({ method: 'PATCH', url: target.url, headers: { cookie }, payload: body });
        expect(res.statusCode, `${route.path} ${field}: ${res.body}`).toBe(200);
        const after = await target.read();
        expect(after[field], `${route.path} ${field}`).toEqual(value);
        const untouched = (r: Json) => {
          const rest = { ...r };
          for (const k of [field, 'version', 'updatedAt', ...(target.derived?.[field] ?? [])]) delete rest[k];
          return rest;
        };
        expect(untouched(after), `${route.path}: sending ${field} changed other fields`).toEqual(untouched(before));
        expect(await target.lastLoggedFields(), `${route.path}: history of ${field}`).toEqual([field]);
      }
    }
    expect(tested.filter((t) => t.startsWith('/api/clients/')).length).toBeGreaterThanOrEqual(19);
  });

  it('refuses every read-only field (a guarded fact with a door of its own) and changes nothing', async () => {
    for (const route of patchRoutes) {
      const target = await fixtures[route.path]!(w, cookie);
      const guarded = Object.entries(route.properties).filter(([, s]) => s.readOnly);
      if (route.path === '/api/clients/{id}')
        expect(guarded.map(([f]) => f).sort()).toEqual(['actualSurveillanceOn', 'certificateNos', 'grade', 'status']);
      for (const [field] of guarded) {
        const before = await target.read();
        const value = field === 'status' ? 'lost' : field === 'grade' ? 'A+' : field === 'certificateNos' ? ['X-1'] : '2020-01-01';
        const res = await w.app.inject({
          method: 'PATCH',
          url: target.url,
          headers: { cookie },
          payload: { [field]: value, version: before.version },
        });
        expect(res.statusCode, `${route.path} ${field}`).toBe(400);
        expect(res.json().details.fields[0].field).toBe(field);
        expect(await target.read()).toEqual(before);
      }
    }
  });
});
