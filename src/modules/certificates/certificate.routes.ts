import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import { callerOf } from '../../http/context.js';
import type { IsoDate } from '../../lib/dates.js';
import {
  CertificateDetailSchema,
  CertificateListQuerySchema,
  CertificatePageSchema,
  CertificateSchema,
  GiveUpOutcomeSchema,
  GiveUpSchema,
  RecordedGroundSchema,
  GrantCertificateSchema,
  ConfidentialSchema,
  ReportDataSchema,
  ReissueSchema,
  MaintainSchema,
  RestoreSchema,
  RevokeSchema,
  SuspendSchema,
  WithdrawSchema,
} from './certificate.dto.js';
import { renderCertificatePdf } from './certificate.pdf.js';
import { applyDecision, decisions, getCertificate, listClientCertificates, setCertificateConfidential } from './certificate.service.js';
import { giveUpGrounds, handleGiveUp } from './give-up.service.js';
import { setReportData } from './report-data.service.js';
import { maintainCertification } from './maintain.service.js';
import { decideGrant } from './grant.service.js';
import { reissueAdministrative } from './reissue.service.js';
import { pdfResponse, sendXlsx, xlsxResponse } from '../../http/downloads.js';
import { assertExportable } from '../../http/list-sheet.js';
import { listCertificates } from './certificate-list.repo.js';
import { certificateListWorkbook } from './certificate-list.sheet.js';
import { marksToPrint } from './certificate-marks.service.js';
import { accreditationsByField } from '../accreditations/accreditation.service.js';

const IdParams = z.object({ id: z.uuid() });

export function certificateRoutes(app: FastifyInstance, db: Db, config: Config, today: () => IsoDate): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['certificates'];

  r.get('/api/clients/:id/certificates', {
    config: { permission: 'certificates:read' },
    schema: { tags, params: IdParams, response: { 200: z.array(CertificateSchema) } },
    handler: (req) => listClientCertificates(db, callerOf(req).scope, req.params.id),
  });

  r.post('/api/clients/:id/certificates', {
    config: { permission: 'certificates:decide' },
    schema: {
      tags,
      summary: 'Grant a certificate (certification decision)',
      params: IdParams,
      body: GrantCertificateSchema,
      response: { 201: CertificateDetailSchema },
    },
    handler: async (req, reply) => {
      const { actor, scope } = callerOf(req);
      return reply.code(201).send(await decideGrant(db, actor, scope, req.params.id, req.body, today()));
    },
  });

  r.get('/api/certificates', {
    config: { permission: 'certificates:list' },
    schema: {
      tags,
      summary:
        "The certificate register (证书台账): every certificate of the clients the caller's scope allows, filtered, searched and sorted",
      querystring: CertificateListQuerySchema,
      response: { 200: CertificatePageSchema },
    },
    handler: (req) => {
      const { page, pageSize } = req.query;
      return listCertificates(db, callerOf(req).scope, req.query, { limit: pageSize, offset: (page - 1) * pageSize });
    },
  });

  r.get('/api/certificates/export', {
    config: { permission: 'certificates:list' },
    schema: {
      tags,
      summary: 'The certificate register as filtered, to Excel (.xlsx)',
      querystring: CertificateListQuerySchema,
      response: xlsxResponse,
    },
    handler: async (req, reply) => {
      const { items, total } = await listCertificates(db, callerOf(req).scope, req.query, { limit: config.EXPORT_MAX_ROWS, offset: 0 });
      // never a silently shortened file
      assertExportable(total, config.EXPORT_MAX_ROWS);
      const { lang } = req.query;
      return sendXlsx(reply, await certificateListWorkbook(items, lang), 'certificates', lang === 'en' ? 'certificates' : '证书台账');
    },
  });

  r.get('/api/certificates/:id', {
    config: { permission: 'certificates:read' },
    schema: { tags, params: IdParams, response: { 200: CertificateDetailSchema } },
    handler: (req) => getCertificate(db, callerOf(req).scope, req.params.id),
  });

  /** A decision on the certificate: POST …/{path}, answering 200 with `response` (the certificate after it, mostly). */
  const action = <S extends z.ZodType, R extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    response: R,
    run: (caller: ReturnType<typeof callerOf>, id: string, input: z.output<S>) => Promise<z.input<R>>,
    permission: 'certificates:decide' | 'certificates:reissue' = 'certificates:decide',
  ) =>
    r.post(`/api/certificates/:id/${path}`, {
      config: { permission },
      // typed as any schema here (a reply type is not resolved for a generic R): `run` answers z.input<R> at each call
      schema: { tags, summary, params: IdParams, body, response: { 200: response as z.ZodType } },
      handler: (req) => run(callerOf(req), req.params.id, req.body as z.output<S>),
    });

  action(
    'suspend',
    'Suspend the whole certificate or part of its scope for a period',
    SuspendSchema,
    CertificateDetailSchema,
    (c, id, input) => applyDecision(db, c.actor, c.scope, id, input.version, decisions.suspension(input), today()),
  );
  action(
    'restore',
    'Restore within the suspension period once the cause is removed',
    RestoreSchema,
    CertificateDetailSchema,
    (c, id, input) => applyDecision(db, c.actor, c.scope, id, input.version, decisions.restoration(input, today()), today()),
  );
  action('revoke', 'Revoke, with the grounds', RevokeSchema, CertificateDetailSchema, (c, id, input) =>
    applyDecision(db, c.actor, c.scope, id, input.version, decisions.revocation(input, today()), today()),
  );
  action(
    'maintain',
    '保持认证资格: the decision-maker approves a held surveillance’s conclusion and keeps the certificate (management systems; after-sales by its assessment)',
    MaintainSchema,
    CertificateDetailSchema,
    (c, id, input) => maintainCertification(db, c.actor, c.scope, id, input, today()),
  );
  action('withdraw', 'Withdraw (注销)', WithdrawSchema, CertificateDetailSchema, (c, id, input) =>
    applyDecision(db, c.actor, c.scope, id, input.version, decisions.withdrawal(input, today()), today()),
  );
  r.get('/api/certificates/:id/give-up-grounds', {
    config: { permission: 'certificates:decide' },
    schema: {
      tags,
      summary: "Grounds for suspension or revocation the CB's records hold open: a give-up counts them whatever is ticked",
      params: IdParams,
      response: { 200: z.array(RecordedGroundSchema) },
    },
    handler: (req) => giveUpGrounds(db, callerOf(req).scope, req.params.id, today()),
  });

  action(
    'give-up',
    'The organisation gives the certificate up: revoked when grounds are open, withdrawn otherwise',
    GiveUpSchema,
    GiveUpOutcomeSchema,
    (c, id, input) => handleGiveUp(db, c.actor, c.scope, id, input, today()),
  );
  action(
    'reissue',
    'Reissue after an administrative change (address, sites); name, scope and star level have doors of their own',
    ReissueSchema,
    CertificateDetailSchema,
    (c, id, input) => reissueAdministrative(db, c.actor, c.scope, id, input, today()),
    'certificates:reissue',
  );

  action(
    'confidential',
    'Keep the certificate out of IAF CertSearch, or let it back in',
    ConfidentialSchema,
    CertificateDetailSchema,
    (c, id, input) => setCertificateConfidential(db, c.actor, c.scope, id, input),
    'certificates:reissue',
  );

  action(
    'report-data',
    'What the CNCA report asks of the certificate: covered employees, risk level, base audit time (IAF MD 5 unless another is given with its reason), service area code',
    ReportDataSchema,
    CertificateDetailSchema,
    (c, id, input) => setReportData(db, c.actor, c.scope, id, input),
    'certificates:reissue',
  );

  r.get('/api/certificates/:id/pdf', {
    config: { permission: 'certificates:read' },
    schema: { tags, summary: 'The certificate as PDF', params: IdParams, response: pdfResponse },
    handler: async (req, reply) => {
      const c = await getCertificate(db, callerOf(req).scope, req.params.id);
      const accreditation = (await accreditationsByField(db))[c.field] ?? null;
      const pdf = await renderCertificatePdf(c, {
        name: { zh: config.CB_NAME, en: config.CB_NAME_EN },
        address: { zh: config.CB_ADDRESS, en: config.CB_ADDRESS_EN },
        publicBaseUrl: config.PUBLIC_BASE_URL,
        marks: await marksToPrint(db, accreditation !== null),
        accreditation,
      });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${encodeURIComponent(c.certificateNo)}.pdf"`)
        .send(pdf);
    },
  });
}
