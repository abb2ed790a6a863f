import { OperatorError } from './backup.format.js';

export interface Bilingual {
  zh: string;
  en: string;
}

/** The error a library wrapped (drizzle's "Failed query: …" carries the database's own error as its cause). */
function rootCause(err: unknown): Error & { code?: string; path?: string } {
  let at = err as Error & { cause?: unknown };
  while (at?.cause instanceof Error) at = at.cause as Error & { cause?: unknown };
  return at as Error & { code?: string; path?: string };
}

const FILE_ERRORS: Record<string, Bilingual> = {
  ENOTDIR: { zh: '路径中有一段不是目录', en: 'a part of the path is not a directory' },
  EEXIST: { zh: '路径已被一个文件占用', en: 'a file is in the way' },
  EACCES: { zh: '没有权限', en: 'permission denied' },
  EPERM: { zh: '不允许的操作', en: 'operation not permitted' },
  ENOSPC: { zh: '磁盘已满', en: 'the disk is full' },
  EROFS: { zh: '文件系统只读', en: 'the file system is read-only' },
  ENOENT: { zh: '路径不存在', en: 'no such file or directory' },
};

const DATABASE_ERRORS: Record<string, Bilingual> = {
  '3D000': { zh: '数据库不存在', en: 'the database does not exist' },
  '28P01': { zh: '数据库密码错误', en: 'the database password is wrong' },
  '28000': { zh: '数据库拒绝了该用户', en: 'the database refused this user' },
  '42501': { zh: '数据库用户权限不足', en: 'the database user lacks a privilege' },
  '53300': { zh: '数据库连接数已满', en: 'the database has no connection slot left' },
  ECONNREFUSED: { zh: '无法连接数据库服务器', en: 'the database server refuses connections' },
};

/**
 * What the backup and restore commands (and the server's operator request) say about a failure:
 * Chinese and English, the cause named (a file system or database error by its code, with the
 * database's own words), never a stack trace.
 */
export function describeFailure(err: unknown): Bilingual {
  if (err instanceof OperatorError) return { zh: err.zh, en: err.en };
  const cause = rootCause(err);
  const code = cause?.code ?? '';
  const file = FILE_ERRORS[code];
  if (file && cause.path) return { zh: `${file.zh}：${cause.path}（${code}）`, en: `${file.en}: ${cause.path} (${code})` };
  const database = DATABASE_ERRORS[code];
  if (database) return { zh: `${database.zh}（${cause.message}）`, en: `${database.en} (${cause.message})` };
  const text = String(cause?.message ?? err);
  return { zh: `出错：${text}`, en: text };
}

/** For parseArgs' errors (ERR_PARSE_ARGS_*): the option the operator mistyped, and how the command is used. */
export function usageFailure(err: unknown, usage: string): Bilingual {
  const text = String((err as Error).message ?? err);
  const option = /option '([^']+)'/.exec(text)?.[1];
  if (option) return { zh: `没有选项 ${option}。用法：${usage}`, en: `there is no option ${option}. Usage: ${usage}` };
  return { zh: `参数有误（${text.split('.')[0]}）。用法：${usage}`, en: `wrong arguments: ${text.split('.')[0]}. Usage: ${usage}` };
}
