import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { letterheadOf, type Config } from '../config.js';
import type { Db } from '../db/connection.js';
import { localDate, type IsoDate } from '../lib/dates.js';
import { AppError } from '../lib/errors.js';
import { recountWorkingDayDeadlines, type ExtraJobs } from '../jobs/handlers.js';
import { jobRoutes } from '../jobs/job.routes.js';
import { backupRoutes, type OperatorBackup } from '../modules/backup/backup.routes.js';
import { backupSettings } from '../modules/backup/backup.runs.js';
import { authRoutes } from '../modules/auth/auth.routes.js';
import { branchRoutes } from '../modules/branches/branch.routes.js';
import { userRoutes } from '../modules/users/user.routes.js';
import { calendarRoutes } from '../modules/calendar/calendar.routes.js';
import { certificateMarkRoutes } from '../modules/certificates/certificate-marks.routes.js';
import { accreditationRoutes } from '../modules/accreditations/accreditation.routes.js';
import { certificateRoutes } from '../modules/certificates/certificate.routes.js';
import { noticeRoutes } from '../modules/notices/notice.routes.js';
import { clientRoutes } from '../modules/clients/client.routes.js';
import { assertClientImportAllowed, clientImportKind } from '../modules/clients/client.import.js';
import { clientImportShapes } from '../modules/clients/client.dto.js';
import { importRoutes } from '../modules/imports/import.routes.js';
import { riskRoutes } from '../modules/risk/risk.routes.js';
import { riskImportKind } from '../modules/risk/risk.service.js';
import { riskImportShapes } from '../modules/risk/risk.dto.js';
import { reportingRoutes } from '../modules/reporting/reporting.routes.js';
import { complaintRoutes } from '../modules/complaints/complaint.routes.js';
import { contractChangeRoutes } from '../modules/contract-changes/change.routes.js';
import { applicationRoutes } from '../modules/after-sales/application.routes.js';
import { starRoutes } from '../modules/after-sales/star.routes.js';
import { dueListRoutes } from '../modules/due-list/due-list.routes.js';
import { programmeRoutes } from '../modules/programmes/programme.routes.js';
import { parameterRoutes } from '../modules/parameters/parameter.routes.js';
import { registerRoutes } from '../modules/register/register.routes.js';
import { classificationRoutes } from '../modules/classification/classification.routes.js';
import { surveyRoutes } from '../modules/surveys/survey.routes.js';
import { communicationRoutes } from '../modules/communication/communication.routes.js';
import { analysesRoutes } from '../modules/analyses/analyses.routes.js';
import { dashboardRoutes } from '../modules/dashboard/dashboard.routes.js';
import { auditTrailRoutes } from '../modules/audit-trail/audit-trail.routes.js';
import { registerAuthHook } from './auth-hook.js';
import './context.js';
import { registerErrorHandler } from './error-handler.js';
import { frameworkErrorOptions, registerInputGuards } from './input-guards.js';
import { registerBrowserGuards } from './browser-guards.js';
import { healthRoutes } from './health.js';
import { openApiTransform } from './openapi.js';

export const webDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface AppOptions {
  db: Db;
  config: Config;
  /** the clock; tests pass a fixed one */
  now?: () => Date;
  logger?: boolean;
  /** a running server's own jobs (the daily backup) and the operator's backup request; tests leave them out */
  server?: { jobs: ExtraJobs; operator: OperatorBackup };
}

export async function buildApp({ db, config, now = () => new Date(), logger = true, server }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ? { level: config.LOG_LEVEL } : false,
    genReqId: () => randomUUID(),
    requestIdHeader: 'x-request-id',
    trustProxy: config.TRUST_PROXY,
    ...frameworkErrorOptions,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app, config.DB_STATEMENT_TIMEOUT_SECONDS);
  registerInputGuards(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await registerBrowserGuards(app, config.COOKIE_SECURE);
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart);
  // per client address, per process; only the public routes opt in
  await app.register(fastifyRateLimit, { global: false, errorResponseBuilder: () => new AppError('REQUEST.RATE_LIMITED') });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'CertDesk API',
        description: '认证机构客户服务与证书生命周期管理系统 — client service and certificate lifecycle',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'certdesk_session' } } },
      security: [{ session: [] }],
    },
    transform: openApiTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerAuthHook(app, db, now);
  authRoutes(app, db, config, now);
  branchRoutes(app, db);
  userRoutes(app, db, config.CB_TIME_ZONE, now);
  const today = (): IsoDate => localDate(now(), config.CB_TIME_ZONE);
  clientRoutes(app, db, config.EXPORT_MAX_ROWS, today, config.CB_TIME_ZONE);
  importRoutes(app, db, {
    base: '/api/clients/import',
    tag: 'clients',
    permission: 'clients:import',
    kind: clientImportKind,
    shapes: clientImportShapes,
    allowed: assertClientImportAllowed,
    worker: {
      chunkRows: config.IMPORT_CHUNK_ROWS,
      writeChunkRows: config.IMPORT_WRITE_CHUNK_ROWS,
      offThreadBytes: config.IMPORT_OFF_THREAD_BYTES,
    },
  });
  parameterRoutes(app, db, today);
  calendarRoutes(app, db, today, recountWorkingDayDeadlines);
  certificateRoutes(app, db, config, today);
  certificateMarkRoutes(app, db, config.EVIDENCE_MAX_MB * 1024 * 1024);
  accreditationRoutes(app, db);
  noticeRoutes(app, db, config);
  programmeRoutes(app, db, today);
  dueListRoutes(app, db, config.EXPORT_MAX_ROWS, today);
  riskRoutes(app, db, today, config.EXPORT_MAX_ROWS, config.EVIDENCE_MAX_MB * 1024 * 1024);
  importRoutes(app, db, {
    base: '/api/risk-items/import',
    tag: 'risk',
    permission: 'risk:write',
    kind: riskImportKind(today),
    shapes: riskImportShapes,
    worker: {
      chunkRows: config.IMPORT_CHUNK_ROWS,
      writeChunkRows: config.IMPORT_WRITE_CHUNK_ROWS,
      offThreadBytes: config.IMPORT_OFF_THREAD_BYTES,
    },
  });
  reportingRoutes(app, db, config, today);
  complaintRoutes(app, db, config, today);
  contractChangeRoutes(app, db, today, letterheadOf(config));
  applicationRoutes(app, db, today, config.EVIDENCE_MAX_MB * 1024 * 1024);
  starRoutes(app, db, today);
  classificationRoutes(app, db, today, config.EXPORT_MAX_ROWS);
  surveyRoutes(app, db, today, config.EXPORT_MAX_ROWS);
  communicationRoutes(app, db, today, config.EXPORT_MAX_ROWS);
  analysesRoutes(app, db, today, config.CB_TIME_ZONE);
  dashboardRoutes(app, db, today, now);
  auditTrailRoutes(app, db, { timeZone: config.CB_TIME_ZONE, exportMaxRows: config.EXPORT_MAX_ROWS });
  await registerRoutes(app, db, config);
  jobRoutes(app, db, today, server?.jobs);
  backupRoutes(app, db, { ...backupSettings(config), daily: config.BACKUP_DAILY }, now, server?.operator);
  healthRoutes(app, db);

  const hasWeb = existsSync(webDistDir);
  if (hasWeb) await app.register(fastifyStatic, { root: webDistDir, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    // a missing file (/assets/x.js) is a 404, not the application's page
    if (request.url.startsWith('/api/') || !hasWeb || request.method !== 'GET' || /\.\w+$|^\/assets\//.test(request.url.split('?')[0]!)) {
      return reply.code(404).send(new AppError('ROUTE.NOT_FOUND').toBody());
    }
    // each single-page app routes on the client
    return reply.sendFile(request.url.startsWith('/register') ? 'register.html' : 'index.html');
  });
  return app;
}
