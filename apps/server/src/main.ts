import { hashPassword } from '@kasane/api';
import { startDatabase } from './database.js';
import { apiDeps } from './deps.js';
import { readEnv } from './env.js';
import { buildHttpServer } from './http.js';

const env = readEnv();
const embedded = !env.DATABASE_URL;
const { db, report } = await startDatabase(env, embedded && env.NODE_ENV !== 'production' ? { hashPassword, now: new Date() } : null).catch((error: unknown) => {
  // e.g. the data folder is in use by another server or a `kasane restore`: its message says which
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
const app = await buildHttpServer({ deps: apiDeps(db, env), logLevel: env.KASANE_LOG_LEVEL, trustProxy: env.KASANE_TRUST_PROXY, serveApps: true });
app.log.info({ database: db.kind, dataDir: db.dataDir, ...report }, 'database ready');

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: env.PORT, host: env.HOST });
app.log.info(`Kasane: http://localhost:${env.PORT}/ (portal), /staff/, /prefecture/`);
