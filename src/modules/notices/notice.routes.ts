import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { letterheadOf, type Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import { getClient } from '../clients/client.service.js';
import { deliveryStatuses, noticeKinds, noticeLink } from './notice.rules.js';
import { renderNoticeLetter } from './notice.letter.js';
import { mailOverview, noticeForLetter, noticesOfClient, resendNotice } from './notice.service.js';
import { pdfResponse } from '../../http/downloads.js';

const tags = ['notices'];

/** A notice's id: a bigserial, so nothing past JavaScript's safe integers is one. */
const NoticeIdParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53),
});

const DeliverySchema = z.object({
  status: z.enum(deliveryStatuses),
  address: z.string().nullable(),
  attempts: z.number().int(),
  lastAnswer: z.string().nullable().describe("the SMTP server's answer to the last attempt"),
  nextAttemptAt: z.string().nullable().describe('while queued: when it is tried (again)'),
  sentAt: z.string().nullable(),
});

const NoticeSchema = z.object({
  id: z.number().int(),
  reference: z.string().describe('printed on the letter and the e-mail: TZ-<year>-<serial>'),
  kind: z.enum(noticeKinds).nullable(),
  certificateId: z.uuid().nullable(),
  certificateNo: z.string().nullable(),
  subjectZh: z.string(),
  subjectEn: z.string(),
  bodyZh: z.string(),
  bodyEn: z.string(),
  at: z.string(),
  delivery: DeliverySchema.nullable().describe('its e-mail to the client'),
});

const UndeliveredSchema = z.object({
  noticeId: z.number().int(),
  reference: z.string(),
  at: z.string(),
  subjectZh: z.string(),
  subjectEn: z.string(),
  clientId: z.uuid(),
  clientName: z.string(),
  address: z.string().nullable(),
  attempts: z.number().int(),
  lastAnswer: z.string().nullable(),
});

const MailStatusSchema = z.object({
  enabled: z.boolean().describe('false: no SMTP server is configured, notices stay in the portal'),
  host: z.string().nullable(),
  port: z.number().int(),
  secure: z.boolean(),
  from: z.string(),
  counts: z.record(z.enum(deliveryStatuses), z.number().int()),
  failures: z.array(UndeliveredSchema).describe('the latest that failed for good'),
  noAddress: z.array(UndeliveredSchema).describe('the latest not sent for want of a client address'),
});

export function noticeRoutes(app: FastifyInstance, db: Db, config: Config): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/clients/:id/notices', {
    config: { permission: 'notices:read' },
    schema: {
      tags,
      summary: 'Notices sent to the organisation, with the state of their e-mails',
      params: z.object({ id: z.uuid() }),
      response: { 200: z.array(NoticeSchema) },
    },
    handler: async (req) => {
      await getClient(db, callerOf(req).scope, req.params.id);
      return noticesOfClient(db, req.params.id, config.CB_TIME_ZONE);
    },
  });

  r.get('/api/notices/:id/letter', {
    config: { permission: 'notices:read' },
    schema: {
      tags,
      summary: 'The notice as a printable letter (PDF)',
      params: NoticeIdParams,
      response: pdfResponse,
    },
    handler: async (req, reply) => {
      const n = await noticeForLetter(db, callerOf(req).scope, req.params.id, config.CB_TIME_ZONE);
      const pdf = await renderNoticeLetter({
        ...n,
        cb: letterheadOf(config),
        link: noticeLink(config.PUBLIC_BASE_URL, n.certificateNo),
      });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${n.reference}.pdf"`)
        .send(pdf);
    },
  });

  r.post('/api/notices/:id/resend', {
    config: { permission: 'notices:resend' },
    schema: {
      tags,
      summary: "Send a notice's failed or address-less mail again, to the client's address as it is now",
      params: NoticeIdParams,
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      const { actor, scope } = callerOf(req);
      await resendNotice(db, actor, scope, req.params.id);
      return reply.code(204).send(null);
    },
  });

  r.get('/api/mail/status', {
    config: { permission: 'mail:status' },
    schema: {
      tags,
      summary: 'Outgoing mail: on or off, deliveries by state, the latest failures',
      response: { 200: MailStatusSchema },
    },
    handler: async () => ({
      enabled: Boolean(config.SMTP_HOST),
      host: config.SMTP_HOST ?? null,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      from: config.SMTP_FROM,
      ...(await mailOverview(db, config.CB_TIME_ZONE)),
    }),
  });
}
