// `pnpm kasane municipality:setup | prefecture:official | user:reset-password`: accounts for a real
// municipality, before (or without) an administrator in the staff app. Passwords never come from
// the command line (shell history, process list): from stdin with --password-stdin, or generated
// and printed once.
import { parseArgs } from 'node:util';
import { createPrefecturalOfficial, resetPasswordByTool, setUpMunicipality } from '@kasane/api';
import type { Database } from '@kasane/db';

export interface CliIo {
  /** the whole of standard input (only read with --password-stdin) */
  readStdin(): Promise<string>;
  out(text: string): void;
  err(text: string): void;
  now(): Date;
}

export const accountUsage = `  municipality:setup --code <6桁コード> --organisation <機関名> --login <ログインID> --name <氏名> [--password-stdin]
                          市区町村の最初の機関と管理者（municipal_admin）を作る
  prefecture:official --prefecture <2桁または6桁コード> --login <ログインID> --name <氏名> [--password-stdin]
                          都道府県職員（prefectural_official）のアカウントを作る
  user:reset-password --login <ログインID> [--password-stdin]
                          パスワードを再設定し、そのアカウントのログイン中の画面をすべて終了させる
    （--password-stdin: パスワードを標準入力から読む。省略すると安全なパスワードを作って一度だけ表示し、
      初回ログイン時に変更を求める）`;

const onceNotice =
  'このパスワードは二度と表示されません。本人に安全な方法で伝えてください。初回ログイン時に新しいパスワードへの変更を求めます。';

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One line from stdin: the trailing newline of `echo` / a here-string is not part of it. */
async function passwordFrom(io: CliIo, fromStdin: boolean | undefined): Promise<string | null> {
  if (!fromStdin) return null;
  return (await io.readStdin()).replace(/\r?\n$/, '');
}

function required(values: Record<string, string | boolean | undefined>, names: string[], io: CliIo): Record<string, string> | null {
  const missing = names.filter((n) => {
    const v = values[n];
    return typeof v !== 'string' || v.trim() === '';
  });
  if (missing.length > 0) {
    io.err(`次の指定がありません: ${missing.map((n) => `--${n}`).join(' ')}\n`);
    return null;
  }
  return Object.fromEntries(names.map((n) => [n, (values[n] as string).trim()]));
}

function parse(args: string[], names: string[], io: CliIo): { values: Record<string, string>; passwordStdin: boolean } | null {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])), 'password-stdin': { type: 'boolean' } }, strict: true });
  } catch (e) {
    io.err(`${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
  const values = required(parsed.values, names, io);
  return values ? { values, passwordStdin: parsed.values['password-stdin'] === true } : null;
}

function report<T extends { generatedPassword: string | null }>(io: CliIo, result: T): void {
  const { generatedPassword, ...rest } = result;
  io.out(json(generatedPassword ? { ...rest, generatedPassword } : rest));
  if (generatedPassword) io.err(`${onceNotice}\n`);
}

export async function municipalitySetupCommand(db: Database, args: string[], io: CliIo): Promise<number> {
  const p = parse(args, ['code', 'organisation', 'login', 'name'], io);
  if (!p) return 2;
  const result = await setUpMunicipality(db, {
    municipalityCode: p.values.code ?? '',
    organisationName: p.values.organisation ?? '',
    loginId: p.values.login ?? '',
    displayName: p.values.name ?? '',
    password: await passwordFrom(io, p.passwordStdin),
  });
  if (!result.ok) {
    io.err(`${result.error.message}\n`);
    return 2;
  }
  report(io, result.value);
  return 0;
}

export async function prefectureOfficialCommand(db: Database, args: string[], io: CliIo): Promise<number> {
  const p = parse(args, ['prefecture', 'login', 'name'], io);
  if (!p) return 2;
  const result = await createPrefecturalOfficial(db, {
    prefecture: p.values.prefecture ?? '',
    loginId: p.values.login ?? '',
    displayName: p.values.name ?? '',
    password: await passwordFrom(io, p.passwordStdin),
  });
  if (!result.ok) {
    io.err(`${result.error.message}\n`);
    return 2;
  }
  report(io, result.value);
  return 0;
}

export async function resetPasswordCommand(db: Database, args: string[], io: CliIo): Promise<number> {
  const p = parse(args, ['login'], io);
  if (!p) return 2;
  const result = await resetPasswordByTool(db, { loginId: p.values.login ?? '', password: await passwordFrom(io, p.passwordStdin), now: io.now() });
  if (!result.ok) {
    io.err(`${result.error.message}\n`);
    return 2;
  }
  report(io, result.value);
  return 0;
}

/** The process's own standard streams. */
export const processIo: CliIo = {
  async readStdin() {
    // Typed at a terminal the input is visible: the usual way is a pipe or a file (`< pw.txt`).
    if (process.stdin.isTTY) process.stderr.write('パスワードを入力し、Enter のあと Ctrl-D を押してください（入力は画面に表示されます）: ');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  now: () => new Date(),
};
