import type { IsoDate } from '../../lib/dates.js';
import { wordsOfGround } from '../certificates/certificate.grounds.js';
import type { CertificateNoticeKind, NoticeKind } from './notice.rules.js';

/** What a certificate decision's notice says (SPEC §3): the ground chosen (a code, named in certificate.grounds.ts' words) and the decider's own words. */
export interface CertificateNoticeFacts {
  certificateNo: string;
  effectiveOn: IsoDate;
  ground?: string | null;
  reason: string;
  until?: IsoDate | null;
  part?: string | null;
}

/** A satisfaction form waiting in the portal (an audit's, or the yearly sample's). */
export interface SurveyInvitationFacts {
  issuedOn: IsoDate;
  annualYear: number | null;
}

/** The written answer (书面答复) to a complaint or appeal the organisation filed in its portal. */
export interface ComplaintAnswerFacts {
  number: string;
  subject: string;
  answer: string;
  answeredOn: IsoDate;
}

export type NoticeFacts = { [K in CertificateNoticeKind]: CertificateNoticeFacts } & {
  survey_invitation: SurveyInvitationFacts;
  complaint_answer: ComplaintAnswerFacts;
};

export interface NoticeText {
  subjectZh: string;
  subjectEn: string;
  bodyZh: string;
  bodyEn: string;
}

/** 2026年12月3日: the date as a Chinese letter writes it. */
export function zhDate(d: IsoDate): string {
  return `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
}

// the decider's words end the sentence the template ends: no 。。 or ..
const bare = (text: string) => text.trim().replace(/[。．.；;，,\s]+$/u, '');

/**
 * The reason of a decision: the ground in words (certificate.grounds.ts), then the decider's own
 * text, given once: a text that only repeats the ground's words (the system's decisions) adds nothing.
 */
function reasonZh(f: CertificateNoticeFacts): string {
  const words = wordsOfGround(f.ground);
  const text = bare(f.reason);
  if (!words) return text;
  return text && !restates(text, words) ? `${words.zh}（${text}）` : words.zh;
}
function reasonEn(f: CertificateNoticeFacts): string {
  const words = wordsOfGround(f.ground);
  const text = bare(f.reason);
  if (!words) return text;
  return text && !restates(text, words) ? `${words.en} (as stated: ${text})` : words.en;
}
const restates = (text: string, words: { zh: string; en: string }) =>
  [words.zh, words.en, `${words.zh} / ${words.en}`].some((w) => w.toLowerCase() === text.toLowerCase());

/** The texts of each kind of notice, zh and en: what the portal shows, the e-mail carries and the letter prints. */
export const noticeTemplates: { [K in NoticeKind]: (f: NoticeFacts[K]) => NoticeText } = {
  grant: (f) => ({
    subjectZh: `认证证书颁发通知（${f.certificateNo}）`,
    subjectEn: `Certificate ${f.certificateNo} granted`,
    bodyZh: `贵组织已获认证，证书编号：${f.certificateNo}，颁证日期：${zhDate(f.effectiveOn)}。请按规定使用认证证书和认证标志。`,
    bodyEn: `Your organisation is certified: certificate ${f.certificateNo}, issued ${f.effectiveOn}. Use the certificate and mark as the rules require.`,
  }),
  suspend: (f) => ({
    subjectZh: `认证证书暂停通知（${f.certificateNo}）`,
    subjectEn: `Certificate ${f.certificateNo} suspended`,
    bodyZh: `贵组织的认证证书（证书编号：${f.certificateNo}${f.part ? `，暂停范围：${f.part}` : ''}）自${zhDate(f.effectiveOn)}起暂停，暂停期至${f.until ? zhDate(f.until) : ''}。暂停期间不得使用认证证书和认证标志。暂停理由：${reasonZh(f)}。请在暂停期内完成整改，否则证书将被撤销。`,
    bodyEn: `Certificate ${f.certificateNo}${f.part ? ` (scope: ${f.part})` : ''} is suspended from ${f.effectiveOn} to ${f.until}. Do not use the certificate or the certification mark meanwhile. Reason: ${reasonEn(f)}. Remove the cause within the period, or the certificate will be revoked.`,
  }),
  restore: (f) => ({
    subjectZh: `认证证书恢复通知（${f.certificateNo}）`,
    subjectEn: `Certificate ${f.certificateNo} restored`,
    bodyZh: `贵组织的认证证书（证书编号：${f.certificateNo}）自${zhDate(f.effectiveOn)}起恢复有效，可恢复使用认证证书和认证标志。`,
    bodyEn: `Certificate ${f.certificateNo} is valid again from ${f.effectiveOn}; you may use the certificate and the certification mark again.`,
  }),
  revoke: (f) => ({
    subjectZh: `认证证书撤销通知（${f.certificateNo}）`,
    subjectEn: `Certificate ${f.certificateNo} revoked`,
    bodyZh: `贵组织的认证证书（证书编号：${f.certificateNo}）自${zhDate(f.effectiveOn)}起撤销，请立即停止使用认证证书和认证标志。撤销理由：${reasonZh(f)}。如对撤销决定有异议，可按本机构的申诉程序提出申诉。`,
    bodyEn: `Certificate ${f.certificateNo} is revoked from ${f.effectiveOn}; stop using the certificate and the certification mark at once. Reason: ${reasonEn(f)}. If you disagree with the decision, you may appeal under our appeals procedure.`,
  }),
  withdraw: (f) => ({
    subjectZh: `认证证书注销通知（${f.certificateNo}）`,
    subjectEn: `Certificate ${f.certificateNo} withdrawn`,
    bodyZh: `贵组织的认证证书（证书编号：${f.certificateNo}）自${zhDate(f.effectiveOn)}起注销，请停止使用认证证书和认证标志。原因：${reasonZh(f)}。`,
    bodyEn: `Certificate ${f.certificateNo} is withdrawn from ${f.effectiveOn}; stop using the certificate and the certification mark. Reason: ${reasonEn(f)}.`,
  }),
  expire: (f) => ({
    subjectZh: `认证证书过期通知（${f.certificateNo}）`,
    subjectEn: `Certificate ${f.certificateNo} expired`,
    bodyZh: `贵组织的认证证书（证书编号：${f.certificateNo}）已于${zhDate(f.effectiveOn)}过期失效，请停止使用认证证书和认证标志。`,
    bodyEn: `Certificate ${f.certificateNo} expired on ${f.effectiveOn}; stop using the certificate and the certification mark.`,
  }),
  reissue: (f) => ({
    subjectZh: `认证证书换发通知（${f.certificateNo}）`,
    subjectEn: `Certificate ${f.certificateNo} reissued`,
    bodyZh: `贵组织的认证证书（证书编号：${f.certificateNo}）已于${zhDate(f.effectiveOn)}换发，换发原因：${reasonZh(f)}。`,
    bodyEn: `Certificate ${f.certificateNo} was reissued on ${f.effectiveOn}. Reason: ${reasonEn(f)}.`,
  }),
  recertify: (f) => ({
    subjectZh: `再认证证书颁发通知（${f.certificateNo}）`,
    subjectEn: `Certificate ${f.certificateNo} renewed`,
    bodyZh: `贵组织已通过再认证，认证证书（证书编号：${f.certificateNo}）自${zhDate(f.effectiveOn)}起换发，有效期至${f.until ? zhDate(f.until) : ''}。`,
    bodyEn: `Your organisation is recertified: certificate ${f.certificateNo} is renewed from ${f.effectiveOn}, valid until ${f.until}.`,
  }),
  survey_invitation: (f) => ({
    subjectZh: f.annualYear ? `${f.annualYear}年度客户满意度调查邀请` : '审核满意度调查邀请',
    subjectEn: f.annualYear ? `Client satisfaction survey ${f.annualYear}` : 'Audit satisfaction survey',
    bodyZh: `我机构于${zhDate(f.issuedOn)}向贵组织发放了${f.annualYear ? `${f.annualYear}年度客户` : '审核'}满意度调查表。请登录客户门户，在“满意度调查”中填写，您的意见将帮助我们改进服务。`,
    bodyEn: `On ${f.issuedOn} we issued ${f.annualYear ? `the ${f.annualYear} client` : 'an audit'} satisfaction survey to your organisation. Please sign in to the client portal and answer it under "Surveys"; your views help us improve our service.`,
  }),
  complaint_answer: (f) => ({
    subjectZh: `关于${f.number}的书面答复`,
    subjectEn: `Written answer to ${f.number}`,
    bodyZh: `贵组织提出的${f.number}（${bare(f.subject)}）已于${zhDate(f.answeredOn)}答复如下：\n${f.answer}\n如对答复不满意，可通过客户门户再次提出；也可向认证监管部门（市场监督管理部门）投诉。`,
    bodyEn: `${f.number} (${bare(f.subject)}) was answered on ${f.answeredOn}:\n${f.answer}\nIf you are not satisfied with the answer, you may raise it again through the client portal, or complain to the certification regulator (the market regulation authorities).`,
  }),
};

/** The texts of one notice: its kind picks the template its facts are for. */
export function renderNotice<K extends NoticeKind>(kind: K, facts: NoticeFacts[K]): NoticeText {
  return (noticeTemplates[kind] as (f: NoticeFacts[K]) => NoticeText)(facts);
}
