import { closeSync, mkdirSync, openSync, readFileSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Two processes on one PGlite directory corrupt it, so a server takes `<dir>.lock` before opening
 * it. The lock is created exclusively (O_EXCL) and names its holder by PID *and* the process's start
 * time, so a PID the system has since given to another program is seen as stale. A stale lock is
 * replaced under a second exclusive marker (`.lock.takeover`), so of two servers starting together
 * on it exactly one proceeds.
 */
interface Holder {
  pid: number;
  /** the process's start time in clock ticks since boot (Linux /proc); null elsewhere */
  started: string | null;
}

/** A takeover marker older than this was left by a process that died inside those few lines. */
const TAKEOVER_STALE_MS = 10_000;

export function takeDirectoryLock(lockPath: string): () => void {
  const me: Holder = { pid: process.pid, started: processStartOf(process.pid) };
  const release = () => rmSync(lockPath, { force: true });
  if (createExclusively(lockPath, me)) return release;
  const holder = readHolder(lockPath);
  if (holder && isRunning(holder) && holder.pid !== process.pid) throw inUse(lockPath, holder.pid);

  const takeover = `${lockPath}.takeover`;
  try {
    mkdirSync(takeover);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    if (Date.now() - statSync(takeover).mtimeMs < TAKEOVER_STALE_MS) throw inUse(lockPath, null);
    rmdirSync(takeover);
    return takeDirectoryLock(lockPath);
  }
  try {
    // under the marker no one else replaces the lock: look again, the one seen may have been replaced already
    const now = readHolder(lockPath);
    if (now && isRunning(now) && now.pid !== process.pid) throw inUse(lockPath, now.pid);
    rmSync(lockPath, { force: true });
    if (!createExclusively(lockPath, me)) throw inUse(lockPath, readHolder(lockPath)?.pid ?? null);
    return release;
  } finally {
    rmdirSync(takeover);
  }
}

function createExclusively(lockPath: string, holder: Holder): boolean {
  mkdirSync(path.dirname(lockPath), { recursive: true });
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The holder a lock file names; a bare PID is the format before start times were kept. Null if unreadable. */
function readHolder(lockPath: string): Holder | null {
  let text: string;
  try {
    text = readFileSync(lockPath, 'utf8').trim();
  } catch {
    return null;
  }
  if (/^\d+$/.test(text)) return { pid: Number(text), started: null };
  try {
    const parsed = JSON.parse(text) as Partial<Holder>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, started: parsed.started ?? null } : null;
  } catch {
    return null; // half-written by a process that died: nobody holds it
  }
}

/** The holder still runs: its PID is alive, started when the lock says, and is a Node.js process. */
function isRunning(holder: Holder): boolean {
  if (!isAlive(holder.pid)) return false;
  const started = processStartOf(holder.pid);
  if (started !== null && holder.started !== null && started !== holder.started) return false;
  const command = commandOf(holder.pid);
  return command === null || command.includes(path.basename(process.execPath));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/<pid>/stat (after the command name, which may hold spaces and parentheses). */
function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function commandOf(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\u0000', ' ');
  } catch {
    return null;
  }
}

/** Another process holds the directory: a fact for the person, not a fault to trace. */
export class DirectoryInUseError extends Error {}

/** `pid` null: another server is taking the lock at this moment. */
function inUse(lockPath: string, pid: number | null): Error {
  const [zh, en] = pid === null ? ['另一个进程', 'another process'] : [`进程 ${pid}`, `process ${pid}`];
  return new DirectoryInUseError(
    `数据库目录正被${zh}使用，请先停止它 / The database directory is in use by ${en} (${lockPath}); stop it first.`,
  );
}
