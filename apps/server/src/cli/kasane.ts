// `pnpm kasane <command>`: the administrators' tool. Each command opens the configured database
// (DATABASE_URL, or the embedded data folder), does one thing, and exits non-zero on failure.
// migrate, seed, backup and restore act as the owner (DATABASE_OWNER_URL on a server, ADR 0019).
import { parseArgs } from 'node:util';
import { hashPassword } from '@kasane/api';
import { appendFile, readFile } from 'node:fs/promises';
import { auditChainHeads, backupDatabase, readCheckpoints, restorePGlite, restorePostgres, signCheckpoint, verifyAuditChain } from '@kasane/db';
import { computeGrant, parseGrantArgs } from '@kasane/domain';
import { migrateAsOwner, openConfiguredDatabase, openOwnerDatabase } from '../database.js';
import { invocationPath, readEnv } from '../env.js';
import { directoryImportCommand, directoryUsage } from './directory-commands.js';
import { accountUsage, municipalitySetupCommand, prefectureOfficialCommand, processIo, resetPasswordCommand } from './account-commands.js';

const usage = `使い方: pnpm kasane <command>
  migrate                 未適用のマイグレーションを適用し、DATABASE_URL の実行用ログインを作る（所有者 DATABASE_OWNER_URL で）
  seed [--demo]           参照データ（都道府県・市区町村）を読み込む。--demo でデモデータも（内蔵DBのみ）
  audit:verify [--checkpoint FILE]
                          監査ログのハッシュチェーン（市町村ごと）を検証し、最初に壊れた箇所を報告する。
                          FILE のチェックポイントまでの記録が改ざん・削除されていないことも確かめる
  audit:checkpoint [--append FILE]
                          各チェーンの先頭を鍵（KASANE_AUDIT_CHECKPOINT_KEY）で署名して表示する。
                          --append でファイルに追記する（別のシステム・印刷で保管する）
  backup <file>           バックアップを作る（内蔵DB: データフォルダのtar.gz / サーバー: pg_dump）
  restore <file>          バックアップを確認してから戻す（サーバーを止めてから実行。動いていれば断る）
  grant --year Y --part P --standard N --expenditure N --total N --income N [--national-rate R] [--prefecture-rate R] [--adjustment-rate R]
                          交付金の負担区分をJSONで表示する
${accountUsage}
${directoryUsage}`;

const [command, ...rest] = process.argv.slice(2);
const env = readEnv();

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`);
}

async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>, open = openConfiguredDatabase): Promise<T> {
  const db = await open(env, `kasane ${command ?? ''}`.trim());
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

function checkpointKey(): string {
  if (!env.KASANE_AUDIT_CHECKPOINT_KEY) throw new Error('KASANE_AUDIT_CHECKPOINT_KEY（32文字以上）を設定してください。チェックポイントの署名に使います。');
  return env.KASANE_AUDIT_CHECKPOINT_KEY;
}

async function main(): Promise<number> {
  switch (command) {
    case 'migrate': {
      const report = await migrateAsOwner(env, null, `kasane ${command ?? ''}`.trim());
      print({ applied: report.appliedMigrations, runtimeLogin: report.runtimeLogin });
      return 0;
    }
    case 'seed': {
      const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean', default: false } } });
      if (values.demo && env.DATABASE_URL) {
        console.error('デモデータは内蔵DB（DATABASE_URL なし）にだけ読み込めます。');
        return 2;
      }
      const report = await migrateAsOwner(env, values.demo ? { hashPassword, now: new Date() } : null, `kasane ${command ?? ''}`.trim());
      print(report);
      return 0;
    }
    case 'audit:verify': {
      const { values } = parseArgs({ args: rest, options: { checkpoint: { type: 'string' } } });
      const heads = values.checkpoint ? readCheckpoints(checkpointKey(), await readFile(invocationPath(env, values.checkpoint), 'utf8')) : [];
      const result = await withDatabase((db) => verifyAuditChain(db, heads));
      print({ ...result, checkpoints: heads.length });
      return result.ok ? 0 : 1;
    }
    case 'audit:checkpoint': {
      const { values } = parseArgs({ args: rest, options: { append: { type: 'string' } } });
      const checkpoint = signCheckpoint(checkpointKey(), await withDatabase((db) => auditChainHeads(db)), new Date());
      const line = `${JSON.stringify(checkpoint)}\n`;
      if (values.append) await appendFile(invocationPath(env, values.append), line, { mode: 0o600 });
      process.stdout.write(line);
      return 0;
    }
    case 'backup': {
      const file = rest[0] && invocationPath(env, rest[0]);
      if (!file) throw new Error('backup <file>');
      await withDatabase((db) => backupDatabase(db, file, env.DATABASE_OWNER_URL), openOwnerDatabase);
      print({ backup: file });
      return 0;
    }
    case 'restore': {
      const file = rest[0] && invocationPath(env, rest[0]);
      if (!file) throw new Error('restore <file>');
      if (env.DATABASE_URL) {
        if (!env.DATABASE_OWNER_URL) throw new Error('DATABASE_OWNER_URL（テーブルの所有者）を設定してください。復元は所有者で行います。');
        await restorePostgres(env.DATABASE_OWNER_URL, file);
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
    case 'directory:import':
      return withDatabase((db) => directoryImportCommand(db, rest, processIo));
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
