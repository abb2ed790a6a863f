import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { takeDirectoryLock } from './directory-lock.js';

let dir: string;
let lockPath: string;
const children: ChildProcess[] = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'certdesk-lock-'));
  lockPath = path.join(dir, 'pglite.lock');
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Other Node.js processes, loaded and waiting; on `go` (sent to all at once) each takes the lock,
 * says `taken` or `refused`, and holds it until killed.
 */
async function servers(count: number): Promise<{ go: () => Promise<string[]>; children: ChildProcess[] }> {
  const script = `
    import { takeDirectoryLock } from ${JSON.stringify(new URL('./directory-lock.ts', import.meta.url).pathname)};
    console.log('ready');
    process.stdin.once('data', () => {
      try { takeDirectoryLock(${JSON.stringify(lockPath)}); console.log('taken'); }
      catch { console.log('refused'); }
    });`;
  const started = Array.from({ length: count }, () => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
    children.push(child);
    const next = () => new Promise<string>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())));
    return { child, next };
  });
  expect(await Promise.all(started.map((s) => s.next()))).toEqual(Array(count).fill('ready'));
  return {
    children: started.map((s) => s.child),
    go: () => {
      const answers = Promise.all(started.map((s) => s.next()));
      for (const s of started) s.child.stdin!.write('go\n');
      return answers;
    },
  };
}

const server = async () => {
  const one = await servers(1);
  return { child: one.children[0]!, answer: (await one.go())[0]! };
};

/** A live process that is not CertDesk. */
function unrelated(): ChildProcess {
  const child = spawn('sleep', ['30']);
  children.push(child);
  return child;
}

describe('the data-directory lock', () => {
  it('is refused to a second server while the first runs, and free once it stops', async () => {
    const first = await server();
    expect(first.answer).toBe('taken');
    expect((await server()).answer).toBe('refused');
    expect(() => takeDirectoryLock(lockPath)).toThrow(/in use by process/);
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    // the crashed server left its lock behind: stale, taken over
    expect(existsSync(lockPath)).toBe(true);
    const release = takeDirectoryLock(lockPath);
    expect(JSON.parse(readFileSync(lockPath, 'utf8')).pid).toBe(process.pid);
    release();
    expect(existsSync(lockPath)).toBe(false);
  });

  it('takes over a stale lock whose PID now belongs to an unrelated live process (either lock format)', () => {
    const other = unrelated();
    writeFileSync(lockPath, String(other.pid));
    takeDirectoryLock(lockPath)();
    writeFileSync(lockPath, JSON.stringify({ pid: other.pid, started: '1' }));
    takeDirectoryLock(lockPath)();
    writeFileSync(lockPath, '{"pid": 12'); // half-written
    takeDirectoryLock(lockPath)();
  });

  it('lets exactly one of eight servers started together on a stale lock proceed', async () => {
    writeFileSync(lockPath, JSON.stringify({ pid: unrelated().pid, started: '1' }));
    const answers = await (await servers(8)).go();
    expect(answers.filter((a) => a === 'taken')).toHaveLength(1);
    expect(answers.filter((a) => a === 'refused')).toHaveLength(7);
  });
});
