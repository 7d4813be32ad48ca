// A throwaway PostgreSQL server on loopback for the bench (as .ci/start-postgres.sh does for CI), or the
// one given in KASANE_BENCH_DATABASE_URL. initdb refuses to run as root, so as root it runs as postgres.
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BenchPostgres {
  /** admin URL of a database the bench may create databases in */
  url: string;
  stop(): void;
}

function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = readdirSync(root).sort((a, b) => Number(a) - Number(b));
  const latest = versions.at(-1);
  if (!latest) throw new Error('no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql), or set KASANE_BENCH_DATABASE_URL');
  return join(root, latest, 'bin');
}

export function startPostgres(port: number): BenchPostgres {
  const given = process.env.KASANE_BENCH_DATABASE_URL;
  if (given) return { url: given, stop: () => undefined };
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'kasane-bench-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'ignore' }) : execFileSync(join(bin, tool), args, { stdio: 'ignore' });
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`, '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
