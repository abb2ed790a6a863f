/**
 * Roles of SPEC §1 and what each may do. This table is the only place that grants
 * permissions; routes name the permission they need and the auth hook checks it.
 */
export const roles = [
  'admin',
  'general_admin', // 综合管理部
  'customer_service', // 客户服务部 / 市场部 / 业务部
  'audit_management', // 审核管理部
  'quality_technical', // 质量技术部
  'decision_maker', // 技术部 认证决定人员
  'auditor',
  'client', // 获证组织 portal user
] as const;
export type Role = (typeof roles)[number];

/** How a role is named to people (messages, lists). */
export const roleLabels: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'the administrator' },
  general_admin: { zh: '综合管理部', en: 'general administration' },
  customer_service: { zh: '客户服务部', en: 'customer service' },
  audit_management: { zh: '审核管理部', en: 'audit management' },
  quality_technical: { zh: '质量技术部', en: 'quality & technical' },
  decision_maker: { zh: '认证决定人员', en: 'a decision-maker' },
  auditor: { zh: '审核员', en: 'an auditor' },
  client: { zh: '获证组织', en: 'the certified organisation' },
};

/** A role as a column or a picker names it. */
export const roleNames: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  general_admin: { zh: '综合管理部', en: 'General administration' },
  customer_service: { zh: '客户服务部', en: 'Customer service' },
  audit_management: { zh: '审核管理部', en: 'Audit management' },
  quality_technical: { zh: '质量技术部', en: 'Quality & technical' },
  decision_maker: { zh: '认证决定人员', en: 'Decision-maker' },
  auditor: { zh: '审核员', en: 'Auditor' },
  client: { zh: '获证组织', en: 'Certified organisation' },
};

export const permissions = [
  'self:read', // signed in at all: one's own account
  'self:write', // one's own password
  'clients:read',
  'clients:write',
  'clients:import',
  'clients:history',
  'clients:credit', // the serious-dishonesty listing (严重违法失信名单) that bars applications
  'branches:read',
  'parameters:read',
  'parameters:write',
  'holidays:read',
  'holidays:write',
  'certificates:read',
  'certificates:decide', // grant, suspend, restore, revoke, withdraw: 认证决定
  'certificates:reissue', // administrative changes: name, address, scope, sites
  'notices:read',
  'programmes:read',
  'programmes:write', // 审查方案: plan, reschedule, record audits, assign teams
  'audits:plan', // 审核计划: the activities of an audit (auditors on its team)
  'registrations:write', // 审核员注册资格
  'duelist:read',
  'risk:read', // 客户风险信息
  'risk:write', // record, import, match; the same-day report and suspension request
  'incidents:read',
  'incidents:respond', // incident report, branch self-check, rectification evidence
  'incidents:decide', // audit management's actions and the verification of rectification
  'incidents:self-report', // a certified client reports its own incident
  'reports:generate', // CNCA monthly report, IAF CertSearch export
  'complaints:read',
  'complaints:file', // file a complaint or an appeal; a complainant escalates its own
  'complaints:handle', // owner, investigation, written answer, closing
  'applications:read', // 售后服务认证申请
  'applications:handle',
  'changes:read', // 合同变更
  'changes:file',
  'changes:handle', // review and carry out; which role may do which step is the change rules' (change.rules.ts)
  'classification:read', // 客户分类评价
  'classification:write',
  'surveys:read', // 满意度 / 可信度调查
  'surveys:write', // issue, draw the sample, enter paper forms
  'surveys:answer', // a certified client answers its own forms in the portal
  'credibility:write', // 认证可信度调查
  'communication:read', // 沟通记录, requests, suggestions, compliance meters
  'communication:write',
  'jobs:run',
  'users:manage', // accounts: create, edit, disable, one-time passwords
  'branches:write', // 分支机构: create, rename, deactivate
  'api:docs', // the API's description (OpenAPI, /api/docs): for whoever connects other systems to CertDesk
] as const;
export type Permission = (typeof permissions)[number];

const staffRead: Permission[] = [
  'self:read',
  'self:write',
  'certificates:read',
  'notices:read',
  'clients:read',
  'clients:history',
  'branches:read',
  'parameters:read',
  'holidays:read',
  'programmes:read',
  'duelist:read',
  'risk:read',
  'incidents:read',
  'complaints:read',
  'changes:read',
  'applications:read',
  'classification:read',
  'surveys:read',
  'communication:read',
];

/** What a certified client does for its own organisation, in its portal: no staff account has it, the administrator's included. */
const portalOnly: readonly Permission[] = ['incidents:self-report', 'surveys:answer'];

export const rolePermissions = {
  admin: permissions.filter((p) => !portalOnly.includes(p)),
  general_admin: [...staffRead, 'reports:generate', 'complaints:file', 'complaints:handle', 'surveys:write'],
  customer_service: [
    ...staffRead,
    'clients:write',
    'clients:credit',
    'clients:import',
    'certificates:reissue',
    'incidents:respond',
    'complaints:file',
    'complaints:handle',
    'changes:file',
    'changes:handle',
    'applications:handle',
    'surveys:write',
    'communication:write',
  ],
  audit_management: [
    ...staffRead,
    'programmes:write',
    'audits:plan',
    'registrations:write',
    'incidents:respond',
    'incidents:decide',
    'changes:handle',
    'classification:write',
  ],
  quality_technical: [...staffRead, 'risk:write', 'clients:credit', 'complaints:file', 'complaints:handle', 'credibility:write'],
  decision_maker: [...staffRead, 'certificates:decide', 'changes:handle'],
  auditor: [...staffRead, 'audits:plan'],
  client: [
    'self:read',
    'self:write',
    'certificates:read',
    'notices:read',
    'clients:read',
    'incidents:read',
    'incidents:self-report',
    'complaints:read',
    'complaints:file',
    'changes:read',
    'changes:file',
    'surveys:answer',
  ],
} as const satisfies Record<Role, readonly Permission[]>;

export function roleMay(role: Role, permission: Permission): boolean {
  return (rolePermissions[role] as readonly Permission[]).includes(permission);
}

/** Which rows a user may see: everything, one branch's clients, or one organisation. */
export type DataScope = { kind: 'all' } | { kind: 'branch'; branchId: string } | { kind: 'client'; clientId: string };

export function dataScopeOf(user: { role: Role; branchId: string | null; clientId: string | null }): DataScope {
  if (user.role === 'client') {
    if (!user.clientId) throw new Error('portal user without an organisation');
    return { kind: 'client', clientId: user.clientId };
  }
  return user.branchId ? { kind: 'branch', branchId: user.branchId } : { kind: 'all' };
}
