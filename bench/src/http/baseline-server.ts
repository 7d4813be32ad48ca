// The baselines Kasane is measured against (issue #13): bare Fastify with no database, and bare Fastify
// reading one Person row and inserting one audit row in one transaction — with `pg` (a pool of 10) on
// PostgreSQL, or with PGlite on a copy of the same embedded database. No session, policy or ORM.
import Fastify from 'fastify';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';

const [mode = 'bare', portText = '3100', target = ''] = process.argv.slice(2);
const app = Fastify({ logger: false });
app.get('/healthz', async () => ({ ok: true }));

const auditTable = `CREATE TABLE IF NOT EXISTS bench_audit (id bigserial PRIMARY KEY, actor text NOT NULL, record_id uuid NOT NULL, at timestamptz NOT NULL DEFAULT now())`;
const read = `SELECT * FROM "Person" WHERE id = $1`;
const audit = `INSERT INTO bench_audit (actor, record_id) VALUES ($1, $2)`;

if (mode === 'bare') {
  app.get('/person/:id', async (req) => ({ id: (req.params as { id: string }).id }));
} else if (mode === 'pg') {
  const pool = new pg.Pool({ connectionString: target, max: 10 });
  await pool.query(auditTable);
  app.get('/person/:id', async (req, reply) => {
    const { id } = req.params as { id: string };
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const person = await client.query(read, [id]);
      await client.query(audit, ['bench', id]);
      await client.query('COMMIT');
      return person.rows[0] ?? reply.code(404).send({});
    } catch (e) {
      await client.query('ROLLBACK');
      throw e;
    } finally {
      client.release();
    }
  });
  app.addHook('onClose', () => pool.end());
} else if (mode === 'pg-prefecture') {
  // The raw SQL under the prefecture's views (issue #11): the same rows, read in one transaction each.
  const pool = new pg.Pool({ connectionString: target, max: 10 });
  const inTx = async <T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN READ ONLY');
      const out = await work(client);
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK');
      throw e;
    } finally {
      client.release();
    }
  };
  app.get('/prefecture/:code/overview', async (req) =>
    inTx(async (c) => {
      const { code } = req.params as { code: string };
      const municipalities = await c.query<{ code: string; name: string; kana: string }>(`SELECT code, name, kana FROM "Municipality" WHERE "prefectureCode" = $1 AND NOT "isWard" ORDER BY code`, [code]);
      const codes = municipalities.rows.map((m) => m.code);
      const statuses = await c.query(`SELECT "municipalityCode", "fiscalYear", status, source FROM "MunicipalityProgramStatus" WHERE "municipalityCode" = ANY($1) ORDER BY "municipalityCode", "fiscalYear"`, [codes]);
      const release = await c.query<{ fiscalYear: number; tables: unknown }>(`SELECT "fiscalYear", tables FROM "StatisticsRelease" WHERE "prefectureCode" = $1 ORDER BY "fiscalYear" DESC LIMIT 1`, [code]);
      return { municipalities: municipalities.rows, statuses: statuses.rows, release: release.rows[0] ?? null };
    }),
  );
  app.get('/prefecture/:code/trend', async (req) =>
    inTx(async (c) => (await c.query<{ fiscalYear: number; tables: unknown }>(`SELECT "fiscalYear", tables FROM "StatisticsRelease" WHERE "prefectureCode" = $1 ORDER BY "fiscalYear"`, [(req.params as { code: string }).code])).rows),
  );
  app.addHook('onClose', () => pool.end());
} else if (mode === 'pglite') {
  const db = await PGlite.create({ dataDir: target });
  await db.exec(auditTable);
  app.get('/person/:id', async (req, reply) => {
    const { id } = req.params as { id: string };
    const person = await db.transaction(async (tx) => {
      const row = await tx.query(read, [id]);
      await tx.query(audit, ['bench', id]);
      return row.rows[0];
    });
    return person ?? reply.code(404).send({});
  });
  app.addHook('onClose', () => db.close());
} else {
  throw new Error(`unknown baseline mode ${mode}`);
}

process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
await app.listen({ port: Number(portText), host: '127.0.0.1' });
