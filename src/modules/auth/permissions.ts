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
  'certificates:list', // 证书台账: every certificate in the caller's scope, in one list (staff only)
  'analyses:read', // 统计分析 of complaints and incidents over the client base (staff only: a portal reads its own cases)
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
  'backups:read', // when the database was last backed up, and whether the daily backup fails
  'mail:status', // outgoing mail: on or off, failed deliveries
  'notices:resend', // 重新发送 a notice mail that failed or had no address
  'users:manage', // accounts: create, edit, disable, one-time passwords
  'branches:write', // 分支机构: create, rename, deactivate
  'api:docs', // the API's description (OpenAPI, /api/docs): for whoever connects other systems to CertDesk
  'audit:read', // 审计日志: every change, sign-in and refusal (the CB's own compliance)
] as const;
export type Permission = (typeof permissions)[number];

/** What each permission lets a person do, as the audit log names a refused one. */
export const permissionLabels: Record<Permission, { zh: string; en: string }> = {
  'self:read': { zh: '查看本人账号', en: 'read one’s own account' },
  'self:write': { zh: '修改本人密码', en: 'change one’s own password' },
  'clients:read': { zh: '查看客户信息', en: 'read clients' },
  'clients:write': { zh: '新增、修改客户信息', en: 'create and change clients' },
  'clients:import': { zh: '导入客户信息', en: 'import clients' },
  'clients:history': { zh: '查看客户变更记录', en: 'read a client’s history' },
  'clients:credit': { zh: '登记严重违法失信名单', en: 'record the serious-dishonesty listing' },
  'branches:read': { zh: '查看分支机构', en: 'read branches' },
  'parameters:read': { zh: '查看方案参数', en: 'read scheme parameters' },
  'parameters:write': { zh: '修改方案参数', en: 'change scheme parameters' },
  'holidays:read': { zh: '查看节假日', en: 'read holidays' },
  'holidays:write': { zh: '维护节假日', en: 'change holidays' },
  'certificates:read': { zh: '查看证书', en: 'read certificates' },
  'certificates:list': { zh: '查看证书台账', en: 'read the certificate register' },
  'analyses:read': { zh: '查看申投诉与风险事件分析', en: 'read the complaint and incident analyses' },
  'certificates:decide': { zh: '作出认证决定', en: 'take certification decisions' },
  'certificates:reissue': { zh: '换发证书', en: 'reissue certificates' },
  'notices:read': { zh: '查看通知', en: 'read notices' },
  'programmes:read': { zh: '查看审核方案', en: 'read audit programmes' },
  'programmes:write': { zh: '管理审核方案', en: 'manage audit programmes' },
  'audits:plan': { zh: '编制审核计划', en: 'plan audits' },
  'registrations:write': { zh: '维护审核员注册资格', en: 'manage auditor registrations' },
  'duelist:read': { zh: '查看到期提醒', en: 'read due-lists' },
  'risk:read': { zh: '查看风险信息', en: 'read risk information' },
  'risk:write': { zh: '登记、匹配风险信息', en: 'record and match risk information' },
  'incidents:read': { zh: '查看风险事件', en: 'read incidents' },
  'incidents:respond': { zh: '处理风险事件', en: 'respond to incidents' },
  'incidents:decide': { zh: '决定风险事件处理措施', en: 'decide incident actions' },
  'incidents:self-report': { zh: '自报事件', en: 'report one’s own incident' },
  'reports:generate': { zh: '生成监管报送', en: 'generate regulatory reports' },
  'complaints:read': { zh: '查看申投诉', en: 'read complaints' },
  'complaints:file': { zh: '登记申投诉', en: 'file complaints' },
  'complaints:handle': { zh: '处理申投诉', en: 'handle complaints' },
  'applications:read': { zh: '查看售后服务认证申请', en: 'read after-sales applications' },
  'applications:handle': { zh: '评审售后服务认证申请', en: 'review after-sales applications' },
  'changes:read': { zh: '查看合同变更', en: 'read contract changes' },
  'changes:file': { zh: '提交合同变更', en: 'file contract changes' },
  'changes:handle': { zh: '审核、实施合同变更', en: 'review and carry out contract changes' },
  'classification:read': { zh: '查看客户分类', en: 'read client classification' },
  'classification:write': { zh: '进行客户分类评价', en: 'grade clients' },
  'surveys:read': { zh: '查看满意度调查', en: 'read surveys' },
  'surveys:write': { zh: '发放、录入满意度调查', en: 'issue and enter surveys' },
  'surveys:answer': { zh: '填写满意度调查', en: 'answer surveys' },
  'credibility:write': { zh: '录入认证可信度调查', en: 'record credibility responses' },
  'communication:read': { zh: '查看客户维护记录', en: 'read client care' },
  'communication:write': { zh: '登记客户维护记录', en: 'record client care' },
  'jobs:run': { zh: '立即运行定时任务', en: 'run scheduled jobs' },
  'backups:read': { zh: '查看数据库备份情况', en: 'read the state of database backups' },
  'mail:status': { zh: '查看邮件发送状态', en: 'see the outgoing mail' },
  'notices:resend': { zh: '重新发送通知邮件', en: 'resend notice mail' },
  'audit:read': { zh: '查看审计日志', en: 'read the audit log' },
  'users:manage': { zh: '管理用户账号', en: 'manage user accounts' },
  'branches:write': { zh: '管理分支机构', en: 'manage branches' },
  'api:docs': { zh: '查看接口文档', en: 'read the API description' },
};

const staffRead: Permission[] = [
  'self:read',
  'self:write',
  'certificates:read',
  'certificates:list',
  'analyses:read',
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
  general_admin: [
    ...staffRead,
    'reports:generate',
    'complaints:file',
    'complaints:handle',
    'surveys:write',
    'mail:status',
    'notices:resend',
  ],
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
    'notices:resend',
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
  // reads the audit log: it audits the CB's own compliance (ISO/IEC 17021-1 §8.4, §9.9)
  quality_technical: [
    ...staffRead,
    'risk:write',
    'clients:credit',
    'complaints:file',
    'complaints:handle',
    'credibility:write',
    'audit:read',
  ],
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
