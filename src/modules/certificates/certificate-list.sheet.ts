import { listWorkbook, type SheetColumn } from '../../http/list-sheet.js';
import type { CertificateListRow } from './certificate.dto.js';
import { fieldLabels, schemeLabels, statusLabels } from './certificate.rules.js';

type Key =
  | 'certificateNo'
  | 'organisationName'
  | 'branch'
  | 'scheme'
  | 'field'
  | 'standard'
  | 'starLevel'
  | 'status'
  | 'suspension'
  | 'decisionOn'
  | 'originalIssueOn'
  | 'issueOn'
  | 'expiresOn'
  | 'confidential';

const columns: readonly SheetColumn<Key>[] = [
  { key: 'certificateNo', zh: '证书编号', en: 'Certificate no.', width: 20 },
  { key: 'organisationName', zh: '组织名称', en: 'Organisation', width: 36 },
  { key: 'branch', zh: '分支机构', en: 'Branch', width: 14 },
  { key: 'scheme', zh: '认证类别', en: 'Scheme', width: 18 },
  { key: 'field', zh: '认证领域', en: 'Field', width: 20 },
  { key: 'standard', zh: '认证依据', en: 'Standard', width: 24 },
  { key: 'starLevel', zh: '星级', en: 'Star level', width: 8 },
  { key: 'status', zh: '证书状态', en: 'Status', width: 10 },
  { key: 'suspension', zh: '暂停期间（暂停范围）', en: 'Suspended (part of scope)', width: 30 },
  { key: 'decisionOn', zh: '认证决定日期', en: 'Decision', width: 12, date: true },
  { key: 'originalIssueOn', zh: '初次颁证日期', en: 'First issued', width: 12, date: true },
  { key: 'issueOn', zh: '本次颁证日期', en: 'Issued', width: 12, date: true },
  { key: 'expiresOn', zh: '有效期至', en: 'Expires', width: 12, date: true },
  { key: 'confidential', zh: '信息保密（不报送 IAF CertSearch）', en: 'Confidential (not sent to IAF CertSearch)', width: 16 },
];

/** The certificate register as staff filtered it, in their language: words for every status, scheme and field, never a code. */
export function certificateListWorkbook(rows: readonly CertificateListRow[], lang: 'zh' | 'en'): Promise<Buffer> {
  const yes = lang === 'zh' ? '是' : 'yes';
  const no = lang === 'zh' ? '否' : 'no';
  return listWorkbook(
    { zh: '证书台账', en: 'Certificates' },
    columns,
    rows.map((c) => ({
      certificateNo: c.certificateNo,
      organisationName: c.organisationName,
      branch: c.branchName[lang],
      scheme: schemeLabels[c.scheme][lang],
      field: fieldLabels[c.field][lang],
      standard: c.standard,
      starLevel: c.starLevel ? '★'.repeat(c.starLevel) : null,
      status: statusLabels[c.status][lang],
      suspension:
        c.status === 'suspended' ? `${c.suspendedFrom} ~ ${c.suspendedUntil}${c.suspendedScope ? `（${c.suspendedScope}）` : ''}` : null,
      decisionOn: c.decisionOn,
      originalIssueOn: c.originalIssueOn,
      issueOn: c.issueOn,
      expiresOn: c.expiresOn,
      confidential: c.confidential ? yes : no,
    })),
    lang,
  );
}
