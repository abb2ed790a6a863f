import type { Db } from '../../db/connection.js';
import { assertExportable, listWorkbook } from '../../http/list-sheet.js';
import type { IsoDate } from '../../lib/dates.js';
import type { DataScope } from '../auth/permissions.js';
import type { RiskItemListQuery } from './risk.dto.js';
import { listIncidents } from './incident.service.js';
import { listRiskItems } from './risk.service.js';

type Lang = 'zh' | 'en';
/** An incident's kind in words, as the list's export and the incident analysis name it. */
export const incidentKindLabels = {
  quality: { zh: '质量', en: 'Quality' },
  environment: { zh: '环境', en: 'Environment' },
  safety: { zh: '安全', en: 'Safety' },
  other: { zh: '其他', en: 'Other' },
} as const;
const statusLabels = {
  open: { zh: '待确认', en: 'To confirm' },
  matched: { zh: '已确认客户', en: 'Client confirmed' },
  no_match: { zh: '无获证客户', en: 'No certified client' },
  closed: { zh: '已关闭', en: 'Closed' },
} as const;
const selfCheckLabels = {
  none: { zh: '未发现问题', en: 'Nothing found' },
  lapses: { zh: '发现疏漏', en: 'Lapses found' },
  violations: { zh: '发现违规', en: 'Violations found' },
} as const;
const incidentStatusLabels = { open: { zh: '处理中', en: 'Open' }, closed: { zh: '已关闭', en: 'Closed' } } as const;

/** The filtered risk-item list as Excel, in the import's column names so a sheet can go round. */
export async function exportRiskItems(db: Db, q: RiskItemListQuery, lang: Lang, maxRows: number) {
  const { total, items } = await listRiskItems(db, q, { limit: maxRows, offset: 0 });
  assertExportable(total, maxRows);
  return listWorkbook(
    { zh: '风险信息', en: 'Risk items' },
    [
      { key: 'source', zh: '来源', en: 'Source', width: 24 },
      { key: 'sourceKind', zh: '来源类型', en: 'Source kind', width: 10 },
      { key: 'publishedOn', zh: '发布日期', en: 'Published on', width: 12, date: true },
      { key: 'organisationNamed', zh: '涉及组织', en: 'Organisation named', width: 30 },
      { key: 'kind', zh: '类别', en: 'Kind', width: 8 },
      { key: 'text', zh: '内容', en: 'Text', width: 60 },
      { key: 'link', zh: '链接', en: 'Link', width: 30 },
      { key: 'status', zh: '状态', en: 'Status', width: 12 },
      { key: 'client', zh: '匹配客户', en: 'Matched client', width: 30 },
    ],
    items.map((i) => ({
      ...i,
      sourceKind: {
        media: { zh: '媒体', en: 'media' },
        authority: { zh: '政府网站', en: 'authority' },
        client: { zh: '自报', en: 'client' },
      }[i.sourceKind][lang],
      kind: incidentKindLabels[i.kind][lang],
      status: statusLabels[i.status][lang],
      client: i.topCandidate,
    })),
    lang,
  );
}

export async function exportIncidents(db: Db, scope: DataScope, q: Parameters<typeof listIncidents>[2], today: IsoDate, lang: Lang) {
  const incidents = await listIncidents(db, scope, q, today);
  return listWorkbook(
    { zh: '风险事件', en: 'Incidents' },
    [
      { key: 'clientName', zh: '客户', en: 'Client', width: 30 },
      { key: 'branch', zh: '分支机构', en: 'Branch', width: 14 },
      { key: 'kind', zh: '类别', en: 'Kind', width: 8 },
      { key: 'eventOn', zh: '事件日期', en: 'Event on', width: 12, date: true },
      { key: 'openedOn', zh: '立案日期', en: 'Opened on', width: 12, date: true },
      { key: 'status', zh: '状态', en: 'Status', width: 10 },
      { key: 'reportDueOn', zh: '事件报告期限', en: 'Report due', width: 12, date: true },
      { key: 'reportSubmittedOn', zh: '报告提交', en: 'Report submitted', width: 12, date: true },
      { key: 'selfCheck', zh: '自查结论', en: 'Self-check', width: 12 },
      { key: 'actions', zh: '处理措施', en: 'Actions', width: 30 },
      { key: 'overdue', zh: '逾期步骤', en: 'Overdue steps', width: 10 },
      { key: 'text', zh: '风险信息', en: 'Risk item', width: 60 },
      { key: 'reportDueProvisional', zh: '报告期限暂定', en: 'Report due date provisional', width: 10 },
    ],
    incidents.map((i) => ({
      clientName: i.clientName,
      branch: i.branchName[lang],
      kind: incidentKindLabels[i.kind][lang],
      eventOn: i.eventOn,
      openedOn: i.openedOn,
      status: incidentStatusLabels[i.status][lang],
      reportDueOn: i.reportDueOn,
      // counted into a year without a holiday table: the date may still move
      reportDueProvisional: i.reportDueProvisional ? { zh: '暂定', en: 'provisional' }[lang] : '',
      reportSubmittedOn: i.reportSubmittedOn,
      selfCheck: i.selfCheckFinding ? selfCheckLabels[i.selfCheckFinding][lang] : null,
      actions: i.actions.map((a) => `${a.kind} ${a.certificateNo}`).join('; '),
      overdue: i.owed.filter((s) => s.overdue).length,
      text: i.riskItemText,
    })),
    lang,
  );
}
