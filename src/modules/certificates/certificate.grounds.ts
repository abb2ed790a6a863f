import type { RevocationGround, SuspensionGround, WithdrawalGround } from './certificate.rules.js';

/** A reissue's ground when its scope changed (reissue.service.ts writes SCOPE_<change>). */
export type ReissueGround = 'SCOPE_EXTENSION' | 'SCOPE_REDUCTION';

/** Every ground a decision can name in words; OTHER has none: the decider's own text is the reason. */
export type WordedGround = Exclude<SuspensionGround | RevocationGround | WithdrawalGround, 'OTHER'> | ReissueGround;

/**
 * The grounds' formal words: the one source for the notices (portal, e-mail, PDF letter), the
 * system's own decisions and the web's labels, so a decider picks the words the client will read.
 * English is written to follow "Reason:" in a sentence (lower case); a label capitalises it.
 */
export const groundWords: Record<WordedGround, { zh: string; en: string }> = {
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
  SCOPE_EXTENSION: { zh: '扩大认证范围', en: 'the certification scope was extended' },
  SCOPE_REDUCTION: { zh: '缩小认证范围', en: 'the certification scope was reduced' },
};

/** The words of a ground code as stored on an event (any text: older or unknown codes have none). */
export function wordsOfGround(ground: string | null | undefined): { zh: string; en: string } | undefined {
  return ground && Object.hasOwn(groundWords, ground) ? groundWords[ground as WordedGround] : undefined;
}

/** The reason the system itself gives when it decides on a ground (it has no words of its own): the ground's, both languages. */
export function systemReason(ground: WordedGround): string {
  return `${groundWords[ground].zh} / ${groundWords[ground].en}`;
}

/** The words as a label standing alone (the web's catalogues): English starts with a capital. */
export function groundLabels(lang: 'zh' | 'en'): Record<WordedGround, string> {
  const label = (text: string) => (lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text);
  return Object.fromEntries(Object.entries(groundWords).map(([code, words]) => [code, label(words[lang])])) as Record<WordedGround, string>;
}
