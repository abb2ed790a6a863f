import type { IsoDate } from '../../lib/dates.js';

/** Texts of the notices the organisation receives for each decision (SPEC §3). */
export interface NoticeFacts {
  certificateNo: string;
  effectiveOn: IsoDate;
  reason: string;
  until?: IsoDate | null;
  part?: string | null;
}

type Notice = { subjectZh: string; subjectEn: string; bodyZh: string; bodyEn: string };

export const noticeTemplates: Record<
  'grant' | 'suspend' | 'restore' | 'revoke' | 'withdraw' | 'expire' | 'reissue' | 'recertify',
  (f: NoticeFacts) => Notice
> = {
  grant: (f) => ({
    subjectZh: `认证证书颁发通知（${f.certificateNo}）`,
    subjectEn: `Certificate ${f.certificateNo} granted`,
    bodyZh: `贵组织已获认证，证书编号 ${f.certificateNo}，颁证日期 ${f.effectiveOn}。请按规定使用认证证书和认证标志。`,
    bodyEn: `Your organisation is certified: certificate ${f.certificateNo}, issued ${f.effectiveOn}. Use the certificate and mark as the rules require.`,
  }),
  suspend: (f) => ({
    subjectZh: `认证证书暂停通知（${f.certificateNo}）`,
    subjectEn: `Certificate ${f.certificateNo} suspended`,
    bodyZh: `贵组织证书 ${f.certificateNo}${f.part ? `（范围：${f.part}）` : ''}自 ${f.effectiveOn} 起暂停至 ${f.until}。暂停期间不得使用认证证书和认证标志。暂停理由：${f.reason}。请在暂停期内完成整改，否则证书将被撤销。`,
    bodyEn: `Certificate ${f.certificateNo}${f.part ? ` (scope: ${f.part})` : ''} is suspended from ${f.effectiveOn} to ${f.until}. Do not use the certificate or the certification mark meanwhile. Reason: ${f.reason}. Remove the cause within the period, or the certificate will be revoked.`,
  }),
  restore: (f) => ({
    subjectZh: `认证证书恢复通知（${f.certificateNo}）`,
    subjectEn: `Certificate ${f.certificateNo} restored`,
    bodyZh: `贵组织证书 ${f.certificateNo} 自 ${f.effectiveOn} 起恢复有效，可恢复使用认证证书和认证标志。`,
    bodyEn: `Certificate ${f.certificateNo} is valid again from ${f.effectiveOn}; you may use the certificate and the certification mark again.`,
  }),
  revoke: (f) => ({
    subjectZh: `认证证书撤销通知（${f.certificateNo}）`,
    subjectEn: `Certificate ${f.certificateNo} revoked`,
    bodyZh: `贵组织证书 ${f.certificateNo} 自 ${f.effectiveOn} 起撤销，请立即停止使用认证证书和认证标志。撤销理由：${f.reason}。`,
    bodyEn: `Certificate ${f.certificateNo} is revoked from ${f.effectiveOn}; stop using the certificate and the certification mark at once. Reason: ${f.reason}.`,
  }),
  withdraw: (f) => ({
    subjectZh: `认证证书注销通知（${f.certificateNo}）`,
    subjectEn: `Certificate ${f.certificateNo} withdrawn`,
    bodyZh: `贵组织证书 ${f.certificateNo} 自 ${f.effectiveOn} 起注销，请停止使用认证证书和认证标志。原因：${f.reason}。`,
    bodyEn: `Certificate ${f.certificateNo} is withdrawn from ${f.effectiveOn}; stop using the certificate and the certification mark. Reason: ${f.reason}.`,
  }),
  expire: (f) => ({
    subjectZh: `认证证书过期通知（${f.certificateNo}）`,
    subjectEn: `Certificate ${f.certificateNo} expired`,
    bodyZh: `贵组织证书 ${f.certificateNo} 已于 ${f.effectiveOn} 过期失效，请停止使用认证证书和认证标志。`,
    bodyEn: `Certificate ${f.certificateNo} expired on ${f.effectiveOn}; stop using the certificate and the certification mark.`,
  }),
  reissue: (f) => ({
    subjectZh: `认证证书换发通知（${f.certificateNo}）`,
    subjectEn: `Certificate ${f.certificateNo} reissued`,
    bodyZh: `贵组织证书 ${f.certificateNo} 已于 ${f.effectiveOn} 换发：${f.reason}。`,
    bodyEn: `Certificate ${f.certificateNo} was reissued on ${f.effectiveOn}: ${f.reason}.`,
  }),
  recertify: (f) => ({
    subjectZh: `再认证证书颁发通知（${f.certificateNo}）`,
    subjectEn: `Certificate ${f.certificateNo} renewed`,
    bodyZh: `贵组织已通过再认证，证书 ${f.certificateNo} 自 ${f.effectiveOn} 起换发，有效期至 ${f.until}。`,
    bodyEn: `Your organisation is recertified: certificate ${f.certificateNo} is renewed from ${f.effectiveOn}, valid until ${f.until}.`,
  }),
};
