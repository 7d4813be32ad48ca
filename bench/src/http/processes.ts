// The servers under test run in their own processes (the bench's load generator must not share their CPU).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface Running {
  url: string;
  /** the server's process, for its CPU figures */
  pid?: number;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer ${url}:\n${output()}`);
}

function launch(args: string[], cwd: string, env: Record<string, string>, health: string): Promise<Running> {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return waitFor(health, child, () => stderr).then(
    () => ({ url: health.replace(/\/[^/]*$/, ''), ...(child.pid ? { pid: child.pid } : {}), stop }),
    async (e: unknown) => {
      await stop();
      throw e;
    },
  );
}

/** The real Kasane server: the built one (apps/server/dist) when there is one, else from source via tsx. */
export function startKasane(port: number, database: { url?: string; dataDir?: string }): Promise<Running> {
  const server = `${repoRoot}apps/server/`;
  const built = `${server}dist/main.js`;
  const args = existsSync(built) && process.env.KASANE_BENCH_FROM_SOURCE !== '1' ? ['--conditions=kasane-dist', built] : ['--import', 'tsx', 'src/main.ts'];
  const env: Record<string, string> = { PORT: String(port), HOST: '127.0.0.1', KASANE_LOG_LEVEL: 'warn', NODE_ENV: 'development' };
  if (database.url) {
    // Two logins (ADR 0019): the owner migrates and creates the runtime login the server connects as.
    const runtime = new URL(database.url);
    runtime.username = 'kasane_runtime';
    runtime.password = 'bench-runtime-login';
    env.DATABASE_OWNER_URL = database.url;
    env.DATABASE_URL = runtime.toString();
  }
  if (database.dataDir) env.KASANE_DATA_DIR = database.dataDir;
  return launch(args, server, env, `http://127.0.0.1:${port}/healthz`);
}

export type BaselineMode = 'bare' | 'pg' | 'pglite' | 'pg-prefecture';

/** The bare Fastify baseline (baseline-server.ts) in the given mode. */
export function startBaseline(port: number, mode: BaselineMode, target = ''): Promise<Running> {
  const file = fileURLToPath(new URL('./baseline-server.ts', import.meta.url));
  return launch(['--import', 'tsx', file, mode, String(port), target], `${repoRoot}bench`, {}, `http://127.0.0.1:${port}/healthz`);
}
