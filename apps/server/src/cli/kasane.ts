// `pnpm kasane <command>`: the administrators' tool. Each command opens the configured database
// (DATABASE_URL, or the embedded data folder), does one thing, and exits non-zero on failure.
import { parseArgs } from 'node:util';
import { hashPassword } from '@kasane/api';
import { applyMigrations, backupDatabase, prepareDatabase, restorePGlite, restorePostgres, verifyAuditChain } from '@kasane/db';
import { computeGrant, parseGrantArgs } from '@kasane/domain';
import { openConfiguredDatabase } from '../database.js';
import { readEnv } from '../env.js';
import { accountUsage, municipalitySetupCommand, prefectureOfficialCommand, processIo, resetPasswordCommand } from './account-commands.js';

const usage = `使い方: pnpm kasane <command>
  migrate                 未適用のマイグレーションを適用する
  seed [--demo]           参照データ（都道府県・市区町村）を読み込む。--demo でデモデータも（内蔵DBのみ）
  audit:verify            監査ログのハッシュチェーンを検証し、最初に壊れた箇所を報告する
  backup <file>           バックアップを作る（内蔵DB: データフォルダのtar.gz / サーバー: pg_dump）
  restore <file>          バックアップから戻す（サーバーを止めてから実行）
  grant --year Y --part P --standard N --expenditure N --total N --income N [--national-rate R] [--prefecture-rate R] [--adjustment-rate R]
                          交付金の負担区分をJSONで表示する
${accountUsage}`;

const [command, ...rest] = process.argv.slice(2);
const env = readEnv();

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`);
}

async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>): Promise<T> {
  const db = await openConfiguredDatabase(env);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

async function main(): Promise<number> {
  switch (command) {
    case 'migrate': {
      const applied = await withDatabase((db) => applyMigrations(db));
      print({ applied });
      return 0;
    }
    case 'seed': {
      const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean', default: false } } });
      if (values.demo && env.DATABASE_URL) {
        console.error('デモデータは内蔵DB（DATABASE_URL なし）にだけ読み込めます。');
        return 2;
      }
      const report = await withDatabase((db) => prepareDatabase(db, { demo: values.demo ? { hashPassword, now: new Date() } : null }));
      print(report);
      return 0;
    }
    case 'audit:verify': {
      const result = await withDatabase((db) => verifyAuditChain(db));
      print(result);
      return result.ok ? 0 : 1;
    }
    case 'backup': {
      const file = rest[0];
      if (!file) throw new Error('backup <file>');
      await withDatabase((db) => backupDatabase(db, file, env.DATABASE_URL));
      print({ backup: file });
      return 0;
    }
    case 'restore': {
      const file = rest[0];
      if (!file) throw new Error('restore <file>');
      if (env.DATABASE_URL) {
        await restorePostgres(env.DATABASE_URL, file);
        print({ restored: file });
      } else {
        const kept = await restorePGlite(env.KASANE_DATA_DIR, file, new Date());
        print({ restored: file, dataDir: env.KASANE_DATA_DIR, previousDataKeptAt: kept });
      }
      return 0;
    }
    case 'grant': {
      const parsed = parseGrantArgs(rest);
      if (!parsed.ok) {
        console.error(parsed.error.message);
        return 2;
      }
      const result = computeGrant(parsed.value);
      if (!result.ok) {
        console.error(result.error.message);
        return 2;
      }
      print(result.value);
      return 0;
    }
    case 'municipality:setup':
      return withDatabase((db) => municipalitySetupCommand(db, rest, processIo));
    case 'prefecture:official':
      return withDatabase((db) => prefectureOfficialCommand(db, rest, processIo));
    case 'user:reset-password':
      return withDatabase((db) => resetPasswordCommand(db, rest, processIo));
    default:
      console.error(usage);
      return command ? 2 : 0;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
