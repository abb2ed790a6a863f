import { IMPORT_CHUNK_ROWS, IMPORT_OFF_THREAD_BYTES, IMPORT_WRITE_CHUNK_ROWS } from './modules/imports/import.runner.js';
import { z } from 'zod';
import { DEFAULT_BACKUPS_KEPT } from './modules/backup/backup.rules.js';

/** The only reader of process.env: parsed once, typed everywhere else. */
const ConfigSchema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // the issuing body printed on certificates
  CB_NAME: z.string().min(1).default('CertDesk 演示认证机构'),
  CB_NAME_EN: z.string().min(1).default('CertDesk Demo Certification Body'),
  // 认证机构批准号 (CNCA report); the accreditations per field are set by the administrator in CertDesk (认可信息)
  CB_APPROVAL_NO: z.string().min(1).default('CNCA-R-2026-099'),
  // the CB's postal address, printed on letters
  CB_ADDRESS: z.string().min(1).default('北京市朝阳区示例路 1 号'),
  CB_ADDRESS_EN: z.string().min(1).default('1 Example Road, Chaoyang District, Beijing'),
  // where clients reach this CertDesk: links in e-mails point to its public register
  PUBLIC_BASE_URL: z.url().default('http://localhost:3000'),
  // outgoing mail; without SMTP_HOST mail is off and notices stay in the portal only
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  // true: TLS from the start (port 465); false: STARTTLS when the server offers it
  SMTP_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3).default('CertDesk <noreply@localhost>'),
  // a delivery is tried this many times, the n-th retry MAIL_RETRY_BASE_SECONDS × 2^(n-1) after the failure before it
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  MAIL_RETRY_BASE_SECONDS: z.coerce.number().positive().default(60),
  CB_TIME_ZONE: z.string().min(1).default('Asia/Shanghai'),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  // true only behind a reverse proxy that sets X-Forwarded-For; otherwise clients could spoof their address
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  // how often each process looks for due jobs (scheduled status changes)
  JOB_POLL_SECONDS: z.coerce.number().positive().default(60),
  // rows an import checks and stages per short transaction
  IMPORT_CHUNK_ROWS: z.coerce.number().int().positive().max(5_000).default(IMPORT_CHUNK_ROWS),
  // rows a confirmed import writes (hidden until it is applied) per short transaction
  IMPORT_WRITE_CHUNK_ROWS: z.coerce.number().int().positive().max(20_000).default(IMPORT_WRITE_CHUNK_ROWS),
  // an import file at least this large is read on a thread of its own
  IMPORT_OFF_THREAD_BYTES: z.coerce.number().int().min(0).default(IMPORT_OFF_THREAD_BYTES),
  // the largest evidence file one upload may carry
  EVIDENCE_MAX_MB: z.coerce.number().positive().max(200).default(20),
  // the most rows one Excel export may hold; a larger filter result is refused, never cut short
  EXPORT_MAX_ROWS: z.coerce.number().int().positive().default(100_000),
  // PostgreSQL: the longest one statement, an idle open transaction or a wait for a connection may take
  // before it is cancelled with a 503, so that no request holds the database for everyone (0: no bound)
  DB_STATEMENT_TIMEOUT_SECONDS: z.coerce.number().min(0).max(3600).default(30),
  // public register requests per client address per minute, per process
  PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
  // where backups go (default DATA_DIR/backups); on PostgreSQL with several machines, one shared directory
  BACKUP_DIR: z.string().min(1).optional(),
  // how many backup files the backup directory keeps; older ones are deleted after each new one
  BACKUP_KEEP: z.coerce.number().int().min(1).default(DEFAULT_BACKUPS_KEPT),
  // the daily automatic backup (false: the operator backs up otherwise, e.g. the PostgreSQL server's own)
  BACKUP_DAILY: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** The CB as its printed documents head them (letters, forms). */
export function letterheadOf(config: Pick<Config, 'CB_NAME' | 'CB_NAME_EN' | 'CB_ADDRESS' | 'CB_ADDRESS_EN'>) {
  return { name: config.CB_NAME, nameEn: config.CB_NAME_EN, address: config.CB_ADDRESS, addressEn: config.CB_ADDRESS_EN };
}
