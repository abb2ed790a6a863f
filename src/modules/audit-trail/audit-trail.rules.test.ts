import { describe, expect, it } from 'vitest';
import { routeWords, type ReferenceKind, type Text } from './audit-trail.labels.js';
import {
  codesLabelled,
  entitiesNamedBy,
  keyedRecordsNamed,
  searchTerms,
  changeLine,
  hiddenFieldsOf,
  readableEntry,
  referencesOf,
  unlabelledParts,
  type StoredEntry,
} from './audit-trail.rules.js';

const BRANCH_A = '11111111-1111-4111-8111-111111111111';
const BRANCH_B = '22222222-2222-4222-8222-222222222222';
const CLIENT = '33333333-3333-4333-8333-333333333333';
const GONE = '44444444-4444-4444-8444-444444444444';

const names = new Map<ReferenceKind, Map<string, Text>>([
  [
    'branch',
    new Map([
      [BRANCH_A, { zh: '北京总部', en: 'Beijing' }],
      [BRANCH_B, { zh: '深圳办事处', en: 'Shenzhen' }],
    ]),
  ],
  ['client', new Map([[CLIENT, { zh: '北京华信电子科技有限公司', en: '北京华信电子科技有限公司' }]])],
]);

const entry = (over: Partial<StoredEntry>): StoredEntry => ({
  id: 1,
  at: new Date('2026-03-31T16:00:00Z'),
  actorId: null,
  actorName: 'system',
  entity: 'client',
  entityId: CLIENT,
  action: 'update',
  changes: [],
  address: null,
  ...over,
});

describe('an audit-log entry as people read it', () => {
  it('names fields, records and values in both languages: no keys, ids, true/false or codes', () => {
    const read = readableEntry(
      entry({
        changes: [
          { field: 'branchId', old: BRANCH_A, new: BRANCH_B },
          { field: 'confidential', old: false, new: true },
          { field: 'status', old: 'active', new: 'abnormal' },
          { field: 'plannedSurveillanceOn', old: null, new: '2026-05-04' },
          { field: 'formerNames', old: [], new: ['北京华信电子有限公司', '华信电子'] },
          { field: 'maintainer', old: null, new: GONE },
          { field: 'initialAuditFee', old: null, new: 12000 },
        ],
      }),
      'admin',
      names,
      'Asia/Shanghai',
    )!;
    expect(read).toMatchObject({
      atLocal: '2026-04-01 00:00:00',
      actor: { zh: '系统', en: 'System' },
      entityLabel: { zh: '客户', en: 'Client' },
      record: { zh: '北京华信电子科技有限公司' },
      actionLabel: { zh: '修改', en: 'Changed' },
    });
    expect(read.changes.map((c) => changeLine(c, 'zh'))).toEqual([
      '分支机构：北京总部 → 深圳办事处',
      '信息保密（不报送 IAF CertSearch）：否 → 是',
      '客户状态：正常 → 异常',
      '计划监督日期：2026-05-04',
      '曾用名：北京华信电子有限公司、华信电子',
      '维护人：（已不存在的记录）',
      '初审费用：12,000.00 元',
    ]);
    expect(read.changes.map((c) => changeLine(c, 'en'))).toContain('Branch: Beijing → Shenzhen');
    expect(read.changes.map((c) => changeLine(c, 'en'))).toContain('Initial audit fee: CNY 12,000.00');
  });

  it('leaves out the fees for a role that may not see them, and an entry of nothing but fees altogether', () => {
    const mixed = entry({
      changes: [
        { field: 'initialAuditFee', old: 10000, new: 12000 },
        { field: 'phone', old: '13800138000', new: '010-62345678' },
      ],
    });
    expect(readableEntry(mixed, 'quality_technical', names, 'Asia/Shanghai')!.changes.map((c) => c.field)).toEqual(['phone']);
    expect(readableEntry(mixed, 'customer_service', names, 'Asia/Shanghai')!.changes.map((c) => c.field)).toEqual([
      'initialAuditFee',
      'phone',
    ]);
    const feesOnly = entry({ changes: [{ field: 'surveillanceFee', old: null, new: 5000 }] });
    expect(readableEntry(feesOnly, 'auditor', names, 'Asia/Shanghai')).toBeNull();
    // an entry that never had fields (a sign-in) stays
    expect(readableEntry(entry({ entity: 'user', action: 'sign-in' }), 'auditor', names, 'Asia/Shanghai')).not.toBeNull();
    expect(hiddenFieldsOf('quality_technical', 'client')).toEqual(['initialAuditFee', 'surveillanceFee']);
    expect(hiddenFieldsOf('admin', 'client')).toEqual([]);
  });

  it('reads a contract change’s proposal field by field, fees hidden from those who may not see them', () => {
    const filed = entry({
      entity: 'contract_change',
      action: 'file',
      changes: [
        { field: 'kind', old: null, new: 'fees' },
        { field: 'proposed', old: null, new: { surveillanceFee: 5000, contactPerson: '李四' } },
      ],
    });
    const asService = readableEntry(filed, 'customer_service', names, 'Asia/Shanghai')!;
    expect(asService.changes.map((c) => changeLine(c, 'zh'))).toEqual([
      '变更类别：费用变更',
      '申请变更为 · 联系人：李四',
      '申请变更为 · 监督费用：5,000.00 元',
    ]);
    const asQuality = readableEntry(filed, 'quality_technical', names, 'Asia/Shanghai')!;
    expect(asQuality.changes.map((c) => c.field)).toEqual(['kind', 'proposed.contactPerson']);
  });

  it('reads materials and other objects key by key, only what changed', () => {
    const read = readableEntry(
      entry({
        entity: 'service_application',
        action: 'complete-materials',
        changes: [
          {
            field: 'materials',
            old: { flowChart: false, businessLicence: true },
            new: { flowChart: true, businessLicence: true },
          },
        ],
      }),
      'admin',
      names,
      'Asia/Shanghai',
    )!;
    expect(read.changes.map((c) => changeLine(c, 'zh'))).toEqual(['已收到的申请材料 · 服务流程图：否 → 是']);
  });

  it('reads codes written inside a text, parameters with their unit, and a sign-in refusal by its words', () => {
    const team = readableEntry(
      entry({
        entity: 'audit',
        action: 'assign-team',
        changes: [{ field: 'team', old: null, new: '杨磊（team_leader）、周婷（auditor）' }],
      }),
      'admin',
      names,
      'Asia/Shanghai',
    )!;
    expect(changeLine(team.changes[0]!, 'zh')).toBe('审核组：杨磊（组长）、周婷（审核员）');
    const parameter = readableEntry(
      entry({ entity: 'scheme_parameter', entityId: 'suspension.maxMonths', changes: [{ field: 'value', old: 6, new: 4 }] }),
      'admin',
      names,
      'Asia/Shanghai',
    )!;
    expect(parameter.record.zh).toBe('暂停期最长');
    expect(changeLine(parameter.changes[0]!, 'zh')).toBe('参数值：6 个月 → 4 个月');
    const flag = readableEntry(
      entry({ entity: 'scheme_parameter', entityId: 'suspension.autoRevokeAtEnd', changes: [{ field: 'value', old: 1, new: 0 }] }),
      'admin',
      names,
      'Asia/Shanghai',
    )!;
    expect(changeLine(flag.changes[0]!, 'en')).toBe('Value: Yes → No');
    const refused = readableEntry(
      entry({
        entity: 'user',
        action: 'refused',
        changes: [
          { field: 'route', old: null, new: 'GET /api/audit-log' },
          { field: 'permission', old: null, new: 'audit:read' },
        ],
      }),
      'admin',
      names,
      'Asia/Shanghai',
    )!;
    expect(refused.actionLabel.zh).toBe('拒绝访问');
    expect(changeLine(refused.changes[1]!, 'zh')).toBe('所需权限：查看审计日志');
  });

  it('asks for the records an entry names, and nothing for keys that name themselves', () => {
    const wanted = referencesOf([
      entry({ changes: [{ field: 'branchId', old: BRANCH_A, new: BRANCH_B }] }),
      entry({ entity: 'holiday', entityId: '2026-10-01', action: 'update', changes: [{ field: 'nameZh', old: 'a', new: 'b' }] }),
      entry({ entity: 'scheme_parameter', entityId: 'suspension.maxMonths', action: 'update', changes: [] }),
    ]);
    // a holiday is named by its date and its name, looked up (also once deleted: user test, finding 12)
    expect([...wanted.keys()].sort()).toEqual(['branch', 'client', 'holiday']);
    expect([...wanted.get('holiday')!]).toEqual(['2026-10-01']);
    expect([...wanted.get('branch')!].sort()).toEqual([BRANCH_A, BRANCH_B]);
  });

  it('knows what it has no words for', () => {
    expect(unlabelledParts({ entity: 'client', action: 'update', changes: [{ field: 'phone', old: 1, new: 2 }] })).toEqual([]);
    expect(unlabelledParts({ entity: 'client', action: 'merge', changes: [{ field: 'colour', old: 1, new: 2 }] })).toEqual([
      'client: action merge',
      'client: field colour',
    ]);
    expect(
      unlabelledParts({ entity: 'contract_change', action: 'file', changes: [{ field: 'proposed', old: null, new: { x: 1 } }] }),
    ).toEqual(['contract_change: field proposed.x']);
    expect(unlabelledParts({ entity: 'spaceship', action: 'launch', changes: [] })).toEqual(['entity spaceship']);
  });
});

describe('what a search text names (user test, finding 3)', () => {
  it('reads an amount as shown also as the number stored, and leaves other text alone', () => {
    expect(searchTerms('8,000.50')).toEqual(['8,000.50', '8000.5']);
    expect(searchTerms('8,000.50 元')).toEqual(['8,000.50 元', '8000.5']);
    expect(searchTerms('CNY 12,345.00')).toEqual(['CNY 12,345.00', '12345']);
    expect(searchTerms('8000.5')).toEqual(['8000.5']);
    expect(searchTerms('HT-A-001')).toEqual(['HT-A-001']);
    expect(searchTerms('2026-11-03')).toEqual(['2026-11-03']);
  });

  it('finds a parameter by its label, exactly or in part, in either language', () => {
    expect(keyedRecordsNamed('问卷回收率目标', false)).toEqual([
      { entity: 'scheme_parameter', entityId: 'survey.returnRateTargetPercent' },
    ]);
    expect(keyedRecordsNamed('回收率', false)).toEqual([]);
    expect(keyedRecordsNamed('return-rate', true)).toContainEqual({
      entity: 'scheme_parameter',
      entityId: 'survey.returnRateTargetPercent',
    });
  });

  it('finds the codes whose label the text is part of, per entity and field', () => {
    expect(codesLabelled('放假')).toContainEqual({ entity: 'holiday', field: 'kind', code: 'holiday' });
    expect(codesLabelled('监督审核')).toContainEqual({ entity: 'audit', field: 'type', code: 'surveillance' });
    expect(entitiesNamedBy('client')).toEqual(['client']);
  });
});

describe('a refused route in words (user test, finding 8)', () => {
  it('says what it is about and what was done, never the raw route where it knows it', () => {
    const zhOf = (route: string) => routeWords(route).zh;
    expect(zhOf('PUT /api/parameters/:key')).toBe('方案参数 · 修改');
    expect(zhOf('PATCH /api/clients/:id')).toBe('客户 · 修改');
    expect(zhOf('PUT /api/clients/:id/maintainer')).toBe('客户 · 指定维护人');
    expect(zhOf('GET /api/clients/export')).toBe('客户 · 导出');
    expect(routeWords('GET /api/audit-log').en).toBe('Audit log · View');
    expect(zhOf('GET /api/unheard-of')).toBe('GET /api/unheard-of');
  });
});
