import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A throwaway PostgreSQL cluster from the machine's binaries, on a Unix socket in a temp
 * directory, for benchmarks run without DATABASE_URL. initdb refuses root, so as root the
 * cluster runs as the postgres user.
 */
export function pgBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) throw new Error('no PostgreSQL binaries under /usr/lib/postgresql');
  return path.join(root, versions[0], 'bin');
}

export function startThrowawayCluster(port = 25_000 + Math.floor(Math.random() * 10_000)): {
  url: string;
  socketDir: string;
  port: number;
  stop: () => void;
} {
  const bin = pgBinDir();
  const dir = mkdtempSync(path.join(tmpdir(), 'certdesk-bench-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[], opts: ExecFileSyncOptions = {}) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args], { stdio: 'ignore', ...opts })
      : execFileSync(path.join(bin, cmd), args, { stdio: 'ignore', ...opts });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    chownSync(dir, uid, uid);
  }
  run('initdb', ['-D', `${dir}/data`, '-U', 'app', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', [
    '-D',
    `${dir}/data`,
    '-l',
    `${dir}/log`,
    '-w',
    '-o',
    `-c listen_addresses='' -p ${port} -k ${dir} -c max_connections=100 -c shared_buffers=512MB -c fsync=off`,
    'start',
  ]);
  run('createdb', ['-h', dir, '-p', String(port), '-U', 'app', 'bench']);
  return {
    url: `postgresql://app@localhost/bench?host=${dir}&port=${port}`,
    socketDir: dir,
    port,
    stop() {
      run('pg_ctl', ['-D', `${dir}/data`, '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
