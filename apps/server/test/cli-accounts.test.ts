// The account commands of `pnpm kasane`, run as functions against a fresh database (reference
// data only, no demo): the accounts they create can really sign in, in production mode too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle, appRouter, createCallerFactory, createContext } from '@kasane/api';
import type { ApiDeps, RequestInfo } from '@kasane/api';
import { asSystem, findAccountByLoginId, verifyAuditChain } from '@kasane/db';
import { createTestDatabase } from '@kasane/db/testing';
import type { TestDatabase } from '@kasane/db/testing';
import { municipalitySetupCommand, prefectureOfficialCommand, resetPasswordCommand } from '../src/cli/account-commands.js';
import type { CliIo } from '../src/cli/account-commands.js';

let t: TestDatabase;
let deps: ApiDeps;
const now = new Date('2026-11-23T00:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  deps = { db: t.db, now: () => now, throttle: new LoginThrottle(), config: { production: true, sessionIdleMinutes: 30, sessionAbsoluteHours: 12, suppressionThreshold: 5 } };
});
afterAll(async () => t.drop());

function io(stdin: string | null = null) {
  const out: string[] = [];
  const err: string[] = [];
  let stdinRead = false;
  const value: CliIo = {
    readStdin: () => {
      stdinRead = true;
      return stdin === null ? Promise.reject(new Error('stdin was not expected')) : Promise.resolve(stdin);
    },
    out: (s) => void out.push(s),
    err: (s) => void err.push(s),
    now: () => now,
  };
  return { io: value, out: () => out.join(''), err: () => err.join(''), json: () => JSON.parse(out.join('')) as Record<string, unknown>, stdinRead: () => stdinRead };
}

const createCaller = createCallerFactory(appRouter);
function request(): RequestInfo {
  return { ip: '127.0.0.1', userAgent: 'vitest', cookies: { kasane_csrf: 'c' }, csrfHeader: 'c', setCookie: () => undefined, clearCookie: () => undefined };
}
async function signIn(loginId: string, password: string, app: 'staff' | 'prefecture' = 'staff') {
  return createCaller(await createContext(deps, request())).auth.login({ loginId, password, app });
}

describe('pnpm kasane municipality:setup', () => {
  it('creates the first organisation and a municipal_admin with a generated password printed once', async () => {
    const run = io();
    const code = await municipalitySetupCommand(t.db, ['--code', '082015', '--organisation', '地域福祉課', '--login', 'mito.admin', '--name', '水戸 花子'], run.io);
    expect(run.err()).toContain('二度と表示されません');
    expect(code).toBe(0);
    const printed = run.json();
    expect(printed).toMatchObject({ municipality: { code: '082015', name: '水戸市' }, organisation: { name: '地域福祉課', created: true }, account: { loginId: 'mito.admin' } });
    expect(printed.generatedPassword).toMatch(/^[A-Za-z2-9]{16}$/);
    expect(run.stdinRead()).toBe(false);

    const account = await asSystem(t.db, (tx) => findAccountByLoginId(tx, 'mito.admin'));
    expect(account).toMatchObject({ role: 'municipal_admin', municipalityCode: '082015', isDemo: false, mustChangePassword: true });
    expect(account?.passwordHash).toMatch(/^\$argon2id\$/);
    const signedIn = await signIn('mito.admin', String(printed.generatedPassword));
    expect(signedIn).toMatchObject({ actor: { kind: 'staff', role: 'municipal_admin', municipalityCode: '082015' }, mustChangePassword: true });

    const audit = await asSystem(t.db, (tx) => tx.auditEntry.findMany({ where: { municipalityCode: '082015' }, select: { action: true, recordType: true, actorRole: true }, orderBy: { seq: 'asc' } }));
    expect(audit).toEqual([
      { action: 'create', recordType: 'Organisation', actorRole: 'admin_tool' },
      { action: 'create', recordType: 'User', actorRole: 'admin_tool' },
      // the administrator's first sign-in above is on record too (issue #9)
      { action: 'sign_in', recordType: 'Session', actorRole: 'municipal_admin' },
    ]);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it('reads the password from stdin with --password-stdin and never prints it', async () => {
    const run = io('水戸の偕楽園で梅の花を見る\n');
    const code = await municipalitySetupCommand(t.db, ['--code', '082015', '--organisation', '地域福祉課', '--login', 'mito.admin2', '--name', '水戸 次郎', '--password-stdin'], run.io);
    expect(code).toBe(0);
    expect(run.out() + run.err()).not.toContain('偕楽園');
    expect(run.json()).toMatchObject({ organisation: { created: false } });
    expect(run.json()).not.toHaveProperty('generatedPassword');
    await expect(signIn('mito.admin2', '水戸の偕楽園で梅の花を見る')).resolves.toMatchObject({ mustChangePassword: false });
  });

  it('refuses clearly: an existing login, an unknown code, a ward, a weak password', async () => {
    const taken = io();
    expect(await municipalitySetupCommand(t.db, ['--code', '082015', '--organisation', '地域福祉課', '--login', 'mito.admin', '--name', '別人'], taken.io)).toBe(2);
    expect(taken.err()).toContain('ログインID「mito.admin」はすでに使われています');

    const unknown = io();
    expect(await municipalitySetupCommand(t.db, ['--code', '999999', '--organisation', '課', '--login', 'x.admin', '--name', '誰か'], unknown.io)).toBe(2);
    expect(unknown.err()).toContain('参照データにありません');

    const ward = io();
    expect(await municipalitySetupCommand(t.db, ['--code', '011011', '--organisation', '課', '--login', 'chuo.admin', '--name', '誰か'], ward.io)).toBe(2);
    expect(ward.err()).toContain('区です');

    const weak = io('password1234\n');
    expect(await municipalitySetupCommand(t.db, ['--code', '082015', '--organisation', '課', '--login', 'mito.weak', '--name', '誰か', '--password-stdin'], weak.io)).toBe(2);
    expect(weak.err()).toContain('推測されやすい');

    const missing = io();
    expect(await municipalitySetupCommand(t.db, ['--code', '082015'], missing.io)).toBe(2);
    expect(missing.err()).toContain('--organisation --login --name');

    const users = await asSystem(t.db, (tx) => tx.user.findMany({ select: { loginId: true }, orderBy: { loginId: 'asc' } }));
    expect(users.map((u) => u.loginId)).toEqual(['mito.admin', 'mito.admin2']);
  });
});

describe('pnpm kasane prefecture:official', () => {
  it('accepts the two-digit prefecture code and creates an official who signs in to the prefecture app', async () => {
    const run = io('茨城県の県庁は水戸市にある\n');
    expect(await prefectureOfficialCommand(t.db, ['--prefecture', '08', '--login', 'ibaraki.official', '--name', '茨城 太郎', '--password-stdin'], run.io)).toBe(0);
    expect(run.json()).toMatchObject({ prefecture: { code: '080004', name: '茨城県' } });
    await expect(signIn('ibaraki.official', '茨城県の県庁は水戸市にある', 'prefecture')).resolves.toMatchObject({ actor: { kind: 'prefecture', prefectureCode: '080004' } });
  });

  it('refuses an unknown prefecture', async () => {
    const run = io();
    expect(await prefectureOfficialCommand(t.db, ['--prefecture', '48', '--login', 'nowhere.official', '--name', '誰か'], run.io)).toBe(2);
    expect(run.err()).toContain('参照データにありません');
  });
});

describe('pnpm kasane user:reset-password', () => {
  it('sets a new password, ends every session of the account, and asks for a change at sign-in', async () => {
    await signIn('mito.admin2', '水戸の偕楽園で梅の花を見る');
    const account = await asSystem(t.db, (tx) => findAccountByLoginId(tx, 'mito.admin2'));
    const sessions = () => asSystem(t.db, (tx) => tx.session.count({ where: { userId: account?.id ?? '' } }));
    expect(await sessions()).toBeGreaterThan(0);

    const run = io();
    expect(await resetPasswordCommand(t.db, ['--login', 'mito.admin2'], run.io)).toBe(0);
    const printed = run.json();
    expect(printed.endedSessions).toBeGreaterThan(0);
    expect(await sessions()).toBe(0);
    await expect(signIn('mito.admin2', '水戸の偕楽園で梅の花を見る')).rejects.toThrow('ログインIDまたはパスワードが正しくありません。');
    await expect(signIn('mito.admin2', String(printed.generatedPassword))).resolves.toMatchObject({ mustChangePassword: true });
  });

  it('refuses an unknown login', async () => {
    const run = io();
    expect(await resetPasswordCommand(t.db, ['--login', 'nobody'], run.io)).toBe(2);
    expect(run.err()).toContain('アカウントはありません');
  });
});
