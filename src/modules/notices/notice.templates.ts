import type { IsoDate } from '../../lib/dates.js';
import type { CertificateNoticeKind, NoticeKind } from './notice.rules.js';

/** What a certificate decision's notice says (SPEC §3): the ground chosen (a code, named in words below) and the decider's own words. */
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

/** The grounds of suspension, revocation and withdrawal as a notice names them (the decision forms' words). */
export const groundLabels: Record<string, { zh: string; en: string }> = {
  SURVEILLANCE_NOT_ACCEPTED: {
    zh: '未按期接受监督审核或无法联系',
    en: 'surveillance audit not accepted on time, or the organisation could not be reached',
  },
  CAPABILITY_BELOW_REQUIREMENTS: { zh: '监督结果表明能力不满足要求', en: 'surveillance showed the capability below the requirements' },
  MISUSE_OF_CERTIFICATE_OR_MARK: { zh: '误用认证证书或认证标志', en: 'misuse of the certificate or the certification mark' },
  SERIOUS_COMPLAINT: { zh: '经查实的严重顾客投诉', en: 'a serious customer complaint, substantiated' },
  FEES_UNPAID: { zh: '未按规定缴纳认证费用', en: 'certification fees not paid as agreed' },
  MAJOR_INCIDENT: {
    zh: '发生重大质量、环境、安全事故或被监管部门查处',
    en: 'a major quality, environmental or safety incident, or action taken by an authority',
  },
  SUSPENSION_NOT_RESTORED: { zh: '暂停期满未恢复', en: 'the suspension ended without restoration' },
  CORRECTIVE_ACTION_NOT_ACHIEVED: { zh: '未按期完成纠正措施', en: 'corrective action not completed in time' },
  SERIOUS_QUALITY_ACCIDENT: { zh: '发生严重质量事故', en: 'a serious quality accident' },
  OBTAINED_BY_FRAUD: { zh: '以欺骗手段获得认证证书', en: 'the certificate was obtained by fraud' },
  CERTIFICATE_TRANSFERRED: { zh: '转让认证证书或认证标志', en: 'the certificate or the mark was transferred' },
  FEES_REFUSED: { zh: '拒绝缴纳认证费用', en: 'certification fees refused' },
  GIVE_UP_WITH_GROUNDS: {
    zh: '申请放弃证书，且存在暂停或撤销理由',
    en: 'the certificate was given up while grounds for suspension or revocation stood',
  },
  CLIENT_GAVE_UP: { zh: '获证组织申请放弃认证证书', en: 'the organisation gave up its certificate' },
  CRITERIA_NOT_MET: { zh: '认证依据变更后不满足要求', en: 'the changed certification criteria are not met' },
};

/** 2026年12月3日: the date as a Chinese letter writes it. */
export function zhDate(d: IsoDate): string {
  return `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
}

// the decider's words end the sentence the template ends: no 。。 or ..
const bare = (text: string) => text.trim().replace(/[。．.；;，,\s]+$/u, '');

/** The reason of a decision: the ground in words, then the decider's own text (given once, as written). */
function reasonZh(f: CertificateNoticeFacts): string {
  const label = f.ground ? groundLabels[f.ground]?.zh : undefined;
  const text = bare(f.reason);
  return label ? (text && text !== label ? `${label}（${text}）` : label) : text;
}
function reasonEn(f: CertificateNoticeFacts): string {
  const label = f.ground ? groundLabels[f.ground]?.en : undefined;
  const text = bare(f.reason);
  return label ? (text ? `${label} (as stated: ${text})` : label) : text;
}

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
