import type { IsoDate } from '../../lib/dates.js';

/** Every kind of notice a client receives; the certificate decisions' kinds are the decisions' own. */
export const certificateNoticeKinds = ['grant', 'suspend', 'restore', 'revoke', 'withdraw', 'expire', 'reissue', 'recertify'] as const;
export type CertificateNoticeKind = (typeof certificateNoticeKinds)[number];
export const noticeKinds = [...certificateNoticeKinds, 'survey_invitation', 'complaint_answer'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

/**
 * queued: waiting for its (next) attempt; sending: claimed by a worker; sent: the server took it;
 * failed: refused for good (5xx) or out of attempts; no_address: the client has no e-mail address;
 * mail_off: no SMTP configured; not_needed: by its sending time there was nothing left to ask
 * (the survey it invites to was answered); past_event: recorded for an event long past (the
 * demo's history), kept in the portal and printable, never mailed.
 */
export const deliveryStatuses = ['queued', 'sending', 'sent', 'failed', 'no_address', 'mail_off', 'not_needed', 'past_event'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** A claimed delivery another worker may take over after this long (its sender is taken to have crashed). */
export const MAIL_SEND_LEASE_SECONDS = 300;

/** The notice's reference number on letters and mails: TZ-<local year>-<six-digit serial>; stable, as neither part changes. */
export function noticeReference(id: number, localDay: IsoDate): string {
  return `TZ-${localDay.slice(0, 4)}-${String(id).padStart(6, '0')}`;
}

/**
 * After a failed attempt (the `attempts`-th): a permanent refusal (an SMTP 5xx reply: no such
 * mailbox, rejected) or out of attempts is failed for good; a temporary one (4xx) or no answer
 * at all (network) waits base × 2^(attempts − 1) seconds for the next.
 */
export function afterFailure(
  attempts: number,
  opts: { maxAttempts: number; baseSeconds: number },
  now: Date,
  responseCode: number | null = null,
) {
  const permanent = responseCode !== null && responseCode >= 500 && responseCode < 600;
  if (permanent || attempts >= opts.maxAttempts) return { status: 'failed' as const, nextAttemptAt: now };
  return { status: 'queued' as const, nextAttemptAt: new Date(now.getTime() + opts.baseSeconds * 1000 * 2 ** (attempts - 1)) };
}

/** Where a notice's mail points: the public register entry of its certificate, else the client portal. */
export function noticeLink(baseUrl: string, certificateNo: string | null): string {
  const base = baseUrl.replace(/\/+$/, '');
  return certificateNo ? `${base}/register?q=${encodeURIComponent(certificateNo)}` : `${base}/`;
}

export interface MailContent {
  reference: string;
  clientName: string;
  subjectZh: string;
  subjectEn: string;
  bodyZh: string;
  bodyEn: string;
  certificateNo: string | null;
  link: string;
  cbName: string;
  cbNameEn: string;
}

/** The e-mail of a notice: Chinese first, English below, in one message. */
export function composeMail(m: MailContent): { subject: string; text: string } {
  const linkZh = m.certificateNo ? `证书公开查询：${m.link}` : `客户门户：${m.link}`;
  const linkEn = m.certificateNo ? `Public register entry: ${m.link}` : `Client portal: ${m.link}`;
  return {
    subject: `${m.subjectZh} / ${m.subjectEn}`,
    text: [
      `${m.clientName}：`,
      '',
      m.bodyZh,
      '',
      linkZh,
      `参考编号：${m.reference}`,
      m.cbName,
      '',
      '----------------------------------------',
      '',
      m.bodyEn,
      '',
      linkEn,
      `Reference: ${m.reference}`,
      m.cbNameEn,
      '',
    ].join('\n'),
  };
}
