import type { IsoDate } from '../../lib/dates.js';

/** Every kind of notice a client receives; the certificate decisions' kinds are the decisions' own. */
export const certificateNoticeKinds = ['grant', 'suspend', 'restore', 'revoke', 'withdraw', 'expire', 'reissue', 'recertify'] as const;
export type CertificateNoticeKind = (typeof certificateNoticeKinds)[number];
export const noticeKinds = [...certificateNoticeKinds, 'survey_invitation', 'complaint_answer'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

/**
 * queued: waiting for its (next) attempt; sending: claimed by a worker; sent: the server took it;
 * failed: out of attempts; no_address: the client has no e-mail address; mail_off: no SMTP configured.
 */
export const deliveryStatuses = ['queued', 'sending', 'sent', 'failed', 'no_address', 'mail_off'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** A claimed delivery another worker may take over after this long (its sender is taken to have crashed). */
export const MAIL_SEND_LEASE_SECONDS = 300;

/** The notice's reference number on letters and mails: TZ-<local year>-<six-digit serial>; stable, as neither part changes. */
export function noticeReference(id: number, localDay: IsoDate): string {
  return `TZ-${localDay.slice(0, 4)}-${String(id).padStart(6, '0')}`;
}

/**
 * After a failed attempt (the `attempts`-th): out of attempts is failed for good; otherwise the
 * next one waits base × 2^(attempts − 1) seconds.
 */
export function afterFailure(attempts: number, opts: { maxAttempts: number; baseSeconds: number }, now: Date) {
  if (attempts >= opts.maxAttempts) return { status: 'failed' as const, nextAttemptAt: now };
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
