import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/errors.js';
import { describeFailure } from './backup.messages.js';
import { backupStatus, type BackupSettings } from './backup.runs.js';
import type { BackupResult } from './backup.service.js';

const StatusSchema = z.object({
  last: z
    .object({
      takenAt: z.string(),
      fileName: z.string(),
      bytes: z.number(),
      rows: z.number(),
      tables: z.number(),
      trigger: z.enum(['daily', 'manual']),
    })
    .nullable(),
  stale: z.boolean().describe('no backup, or the newest older than staleAfterDays'),
  staleAfterDays: z.number(),
  failure: z.object({ at: z.string(), attempts: z.number(), error: z.string(), gaveUp: z.boolean() }).nullable(),
  daily: z.boolean(),
  keep: z.number(),
  dir: z.string(),
});

/** The server side of `npm run backup` on PGlite: the CLI cannot open the directory the server holds. */
export interface OperatorBackup {
  /** written to DATA_DIR/operator.json (0600) at start: whoever reads it may ask for a backup */
  token: string;
  run: () => Promise<BackupResult>;
}

export function backupRoutes(
  app: FastifyInstance,
  db: Db,
  settings: BackupSettings & { daily: boolean },
  now: () => Date,
  operator?: OperatorBackup,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/backups/status', {
    config: { permission: 'backups:read' },
    schema: {
      tags: ['backups'],
      summary: 'The newest backup (time, size), whether it is too old, and a failing daily backup',
      response: { 200: StatusSchema },
    },
    handler: () => backupStatus(db, settings, now()),
  });

  if (!operator) return;
  const expected = Buffer.from(`Bearer ${operator.token}`);
  r.post('/api/operator/backup', {
    // not a user's session: the machine's operator, by the token only the server's own account can read
    config: { public: true },
    schema: {
      tags: ['backups'],
      summary: 'A backup now, asked by `npm run backup` on the same machine (operator token from DATA_DIR/operator.json)',
      hide: true,
      response: {
        200: z.object({
          file: z.string(),
          bytes: z.number(),
          sha256: z.string(),
          tables: z.number(),
          rows: z.number(),
          seconds: z.number(),
        }),
      },
    },
    handler: async (request) => {
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError('AUTH.REQUIRED');
      let result: BackupResult;
      try {
        result = await operator.run();
      } catch (err) {
        // the operator at the command line sees the cause (a BACKUP_DIR that is a file, a full disk); the log keeps the stack
        request.log.error({ err }, 'operator backup failed');
        throw new AppError('BACKUP.FAILED', { cause: describeFailure(err) });
      }
      const tables = Object.values(result.manifest.tables);
      return {
        file: result.file,
        bytes: result.bytes,
        sha256: result.sha256,
        tables: tables.length,
        rows: tables.reduce((n, t) => n + t.rows, 0),
        seconds: result.seconds,
      };
    },
  });
}
