import { en } from '../../../web/src/i18n/en.js';
import { zh } from '../../../web/src/i18n/zh.js';
import type { Role } from '../auth/permissions.js';
import { maySee } from '../auth/visibility.js';
import type { getChange } from './change.service.js';
import { changeStatusLabels, proposedFieldLabels } from './change.rules.js';
import type { ProposedChange } from './change.schema.js';

type Change = Awaited<ReturnType<typeof getChange>>;
type Row = [label: { zh: string; en: string }, value: string | null];

const amount = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function proposedValue(value: ProposedChange[keyof ProposedChange]): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((s) => `${s.name}：${s.address}${s.scope ? `（${s.scope}）` : ''}`).join('\n');
  return typeof value === 'number' ? `${amount(value)} 元` : value;
}

/**
 * 合同变更申请表 (F01) as filed and as it went: what was asked, by whom and when, and — for whom
 * the visibility table lets see them — the CB's review and how it was carried out.
 */
export function changeFormRows(c: Change, role: Role): Row[] {
  const step = (by: string | null, on: string | null, note: string | null) => (on ? `${on} ${by ?? ''}：${note ?? ''}` : null);
  return [
    [{ zh: '申请组织', en: 'Organisation' }, c.clientName],
    [{ zh: '证书编号', en: 'Certificate no.' }, c.certificateNo],
    [{ zh: '变更类别', en: 'Kind of change' }, `${zh.changes.kinds[c.kind]} / ${en.changes.kinds[c.kind]}`],
    [{ zh: '变更说明', en: 'Description' }, c.description],
    ...(Object.entries(c.proposed) as [keyof ProposedChange, ProposedChange[keyof ProposedChange]][]).map(([field, value]): Row => [
      { zh: `变更后的${proposedFieldLabels[field].zh}`, en: `New ${proposedFieldLabels[field].en}` },
      proposedValue(value),
    ]),
    [{ zh: '随附文件', en: 'Documents' }, c.documents.length > 0 ? c.documents.join('、') : null],
    [{ zh: '申请人、申请日期', en: 'Filed by, on' }, `${c.filedBy}，${c.filedOn}`],
    [{ zh: '当前状态', en: 'Status' }, `${changeStatusLabels[c.status].zh} / ${changeStatusLabels[c.status].en}`],
    ...(maySee(role, 'contractChange', 'reviewNote')
      ? [[{ zh: '审核意见', en: 'Review' }, step(c.reviewedBy, c.reviewedOn, c.reviewNote)] as Row]
      : []),
    ...(maySee(role, 'contractChange', 'applyNote')
      ? [[{ zh: '实施情况', en: 'Carried out' }, step(c.appliedBy, c.appliedOn, c.applyNote)] as Row]
      : []),
  ];
}
