// Multi-factor sign-in (issue #9, ADR 0017): TOTP with computed codes, replay, recovery codes, the
// municipality's rule, the administrator's reset, and 「ログイン中の端末」.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBase32 } from '@oslojs/encoding';
import { asSystem, findAccountByLoginId } from '@kasane/db';
import { totpCodeAt } from '../src/auth/mfa/totp.js';
import { createContext } from '../src/create-context.js';
import { appRouter } from '../src/root.js';
import { createCallerFactory } from '../src/trpc.js';
import type { RequestInfo } from '../src/context.js';
import { createHarness, fakeRequest, fixedNow } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { appCodeOf } from './support/outcome.js';

const createCaller = createCallerFactory(appRouter);
let h: Harness;
let clock = fixedNow;
const mfaKey = 'test-mfa-key-0123456789abcdef0123456789';

beforeAll(async () => {
  h = await createHarness({ config: { mfa: { secretKey: mfaKey, prefectureRequired: true } } });
  h.deps.now = () => clock;
});
afterAll(async () => h.close());

const later = (seconds: number) => new Date(fixedNow.getTime() + seconds * 1000);

async function signIn(loginId: string, options: { app?: 'staff' | 'prefecture'; userAgent?: string } = {}) {
  const first = fakeRequest({ cookies: { kasane_csrf: 'pre' }, csrfHeader: 'pre', userAgent: options.userAgent ?? 'vitest' });
  const result = await createCaller(await createContext(h.deps, first)).auth.login({ loginId, password: 'kasane-demo', app: options.app ?? 'staff' });
  const cookies = Object.fromEntries(first.jar);
  return { req: fakeRequest({ cookies, csrfHeader: cookies.kasane_csrf }), result };
}

const callerOf = async (req: RequestInfo) => createCaller(await createContext(h.deps, req));

/** Enrols an authenticator app in the signed-in session of `req`; returns the key the app holds. */
async function enrolTotp(req: RequestInfo) {
  const caller = await callerOf(req);
  const enrolment = await caller.auth.mfa.totpBegin();
  const key = decodeBase32(enrolment.secret);
  const { recoveryCodes } = await caller.auth.mfa.totpConfirm({ code: totpCodeAt(key, clock) });
  return { key, recoveryCodes, enrolment };
}

async function auditOf(loginId: string) {
  const account = await asSystem(h.t.db, (tx) => findAccountByLoginId(tx, loginId));
  return h.t.db.prisma.auditEntry.findMany({ where: { OR: [{ actorUserId: account?.id }, { recordId: account?.id }] }, orderBy: { seq: 'asc' } });
}

describe('TOTP', () => {
  it('enrols with a computed code, draws the QR code locally, returns ten recovery codes once and keeps the secret sealed', async () => {
    clock = later(0);
    const { req } = await signIn('tsuchiura.worker');
    const { key, recoveryCodes, enrolment } = await enrolTotp(req);
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Kasane:tsuchiura\.worker\?/);
    expect(enrolment.qrSvg).toMatch(/^<svg/);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const status = await (await callerOf(req)).auth.mfa.status();
    expect(status).toMatchObject({ step: null, totp: true, recoveryCodesLeft: 10 });
    expect(JSON.stringify(status)).not.toContain(enrolment.secret);
    const stored = await h.t.db.prisma.mfaTotp.findMany();
    expect(stored.every((r) => r.secret.startsWith('v1:') && !r.secret.includes(Buffer.from(key).toString('base64')))).toBe(true);
    const codes = await h.t.db.prisma.mfaRecoveryCode.findMany();
    expect(codes.some((c) => recoveryCodes?.some((code) => c.codeHash.includes(code)))).toBe(false);
    // a second app cannot replace the first without the administrator's reset
    expect(await appCodeOf((await callerOf(req)).auth.mfa.totpBegin())).toBe('MFA_TOTP_EXISTS');
  });

  it('asks for the code after the password, and a password-only session can do nothing else', async () => {
    clock = later(0);
    const { req: first } = await signIn('koga.worker');
    const { key } = await enrolTotp(first);
    clock = later(60);
    const { req, result } = await signIn('koga.worker');
    expect(result.mfaStep).toBe('verify');
    const caller = await callerOf(req);
    expect((await caller.auth.session()).mfaStep).toBe('verify');
    expect(await appCodeOf(caller.staff.home.get())).toBe('MFA_REQUIRED');
    expect(await appCodeOf(caller.auth.changePassword({ currentPassword: 'kasane-demo', newPassword: 'a-much-longer-password-2026' }))).toBe('MFA_REQUIRED');
    expect(await appCodeOf(caller.auth.sessions.list())).toBe('MFA_REQUIRED');
    expect(await appCodeOf(caller.auth.mfa.passkeyRegisterOptions())).toBe('MFA_REQUIRED');
    expect(await appCodeOf(caller.auth.mfa.totpVerify({ code: '000000' === totpCodeAt(key, clock) ? '111111' : '000000' }))).toBe('MFA_CODE_WRONG');
    await caller.auth.mfa.totpVerify({ code: totpCodeAt(key, clock) });
    const verified = await callerOf(req);
    expect(await appCodeOf(verified.staff.home.get())).toBe('OK');
    expect((await verified.auth.session()).mfaStep).toBeNull();
  });

  it('accepts the neighbouring step (clock drift) but refuses a code used once already (replay)', async () => {
    clock = later(0);
    const { req: first } = await signIn('matsumoto.worker');
    const { key } = await enrolTotp(first);
    clock = later(300);
    const a = await signIn('matsumoto.worker');
    await (await callerOf(a.req)).auth.mfa.totpVerify({ code: totpCodeAt(key, later(330)) });
    const b = await signIn('matsumoto.worker');
    // the same code again, within its window: seen over a shoulder, it opens nothing
    expect(await appCodeOf((await callerOf(b.req)).auth.mfa.totpVerify({ code: totpCodeAt(key, later(330)) }))).toBe('MFA_CODE_WRONG');
    // an older code of the window, too
    expect(await appCodeOf((await callerOf(b.req)).auth.mfa.totpVerify({ code: totpCodeAt(key, later(300)) }))).toBe('MFA_CODE_WRONG');
    expect(await appCodeOf((await callerOf(b.req)).auth.mfa.totpVerify({ code: totpCodeAt(key, later(400)) }))).toBe('MFA_CODE_WRONG');
    clock = later(360);
    await (await callerOf(b.req)).auth.mfa.totpVerify({ code: totpCodeAt(key, clock) });
    expect(await appCodeOf((await callerOf(b.req)).staff.home.get())).toBe('OK');
  });

  it('stops guessing after five wrong codes, and a correct password again does not give new guesses', async () => {
    clock = later(0);
    const { req: first } = await signIn('nankoku.worker');
    const { key } = await enrolTotp(first);
    clock = later(120);
    const wrong = totpCodeAt(key, clock) === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i += 1) {
      const { req } = await signIn('nankoku.worker');
      expect(await appCodeOf((await callerOf(req)).auth.mfa.totpVerify({ code: wrong }))).toBe('MFA_CODE_WRONG');
    }
    const { req } = await signIn('nankoku.worker');
    expect(await appCodeOf((await callerOf(req)).auth.mfa.totpVerify({ code: totpCodeAt(key, clock) }))).toBe('LOGIN_THROTTLED');
  });

  it('audits enrolment, success and failure without the secret or the code', async () => {
    clock = later(0);
    const { req: first } = await signIn('tsuchiura.disability');
    const { key, enrolment } = await enrolTotp(first);
    clock = later(90);
    const { req } = await signIn('tsuchiura.disability');
    await appCodeOf((await callerOf(req)).auth.mfa.totpVerify({ code: '999999' === totpCodeAt(key, clock) ? '999998' : '999999' }));
    const code = totpCodeAt(key, clock);
    await (await callerOf(req)).auth.mfa.totpVerify({ code });
    const entries = await auditOf('tsuchiura.disability');
    expect(entries.map((e) => e.action)).toEqual(['sign_in', 'mfa_enrol_totp', 'sign_in', 'mfa_verify_failed', 'mfa_verify_totp']);
    const text = JSON.stringify(entries, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
    expect(text).not.toContain(enrolment.secret);
    expect(text).not.toContain(code);
  });
});

describe('recovery codes', () => {
  it('stand in for the app once each', async () => {
    clock = later(0);
    const { req: first } = await signIn('koga.disability');
    const { recoveryCodes } = await enrolTotp(first);
    const code = recoveryCodes?.[3] ?? '';
    const a = await signIn('koga.disability');
    expect(await (await callerOf(a.req)).auth.mfa.recoveryVerify({ code: code.toLowerCase() })).toEqual({ recoveryCodesLeft: 9 });
    expect(await appCodeOf((await callerOf(a.req)).staff.home.get())).toBe('OK');
    const b = await signIn('koga.disability');
    expect(await appCodeOf((await callerOf(b.req)).auth.mfa.recoveryVerify({ code }))).toBe('MFA_CODE_WRONG');
    expect(await appCodeOf((await callerOf(b.req)).staff.home.get())).toBe('MFA_REQUIRED');
    expect((await auditOf('koga.disability')).map((e) => e.action)).toContain('mfa_recovery_used');
  });
});

describe("the municipality's rule and the administrator's reset", () => {
  it('sends a user without a factor to enrolment, even a session opened before the rule', async () => {
    clock = later(0);
    const before = await signIn('matsumoto.coordinator');
    expect(before.result.mfaStep).toBeNull();
    const admin = await signIn('matsumoto.admin');
    await (await callerOf(admin.req)).staff.account.setMfaPolicy({ required: true });
    expect(await appCodeOf((await callerOf(before.req)).staff.home.get())).toBe('MFA_ENROLMENT_REQUIRED');
    const { req, result } = await signIn('matsumoto.coordinator');
    expect(result.mfaStep).toBe('enrol');
    expect(await appCodeOf((await callerOf(req)).staff.home.get())).toBe('MFA_ENROLMENT_REQUIRED');
    expect(await appCodeOf((await callerOf(req)).auth.sessions.list())).toBe('MFA_ENROLMENT_REQUIRED');
    await enrolTotp(req);
    expect(await appCodeOf((await callerOf(req)).staff.home.get())).toBe('OK');
    // the administrator, who has no factor either, is sent to enrolment too
    expect(await appCodeOf((await callerOf(admin.req)).staff.account.find())).toBe('MFA_ENROLMENT_REQUIRED');
    const other = await signIn('tsuchiura.coordinator');
    expect(other.result.mfaStep).toBeNull();
  });

  it('lets an administrator reset an account: factors gone, sessions ended, audited', async () => {
    clock = later(0);
    const user = await signIn('koga.outreach');
    await enrolTotp(user.req);
    const admin = await h.as('koga.admin');
    const target = await asSystem(h.t.db, (tx) => findAccountByLoginId(tx, 'koga.outreach'));
    expect(await admin.staff.account.resetMfa({ id: target?.id ?? '' })).toEqual({ endedSessions: 1 });
    expect(await appCodeOf((await callerOf(user.req)).staff.home.get())).toBe('UNAUTHENTICATED');
    const again = await signIn('koga.outreach');
    expect(again.result.mfaStep).toBeNull();
    expect(await h.t.db.prisma.mfaTotp.count({ where: { userId: target?.id ?? '' } })).toBe(0);
    expect(await h.t.db.prisma.mfaRecoveryCode.count({ where: { userId: target?.id ?? '' } })).toBe(0);
    const entry = (await auditOf('koga.outreach')).find((e) => e.action === 'mfa_reset');
    expect(entry).toMatchObject({ recordType: 'User', recordId: target?.id, actorRole: 'municipal_admin', municipalityCode: '082040' });
    // another municipality's account is not the administrator's to reset
    const elsewhere = await asSystem(h.t.db, (tx) => findAccountByLoginId(tx, 'tsuchiura.outreach'));
    expect(await appCodeOf(admin.staff.account.resetMfa({ id: elsewhere?.id ?? '' }))).toBe('NOT_FOUND');
  });

  it('requires a second factor of prefectural officials when KASANE_PREFECTURE_MFA_REQUIRED is set', async () => {
    clock = later(0);
    const { req, result } = await signIn('nagano.pref', { app: 'prefecture' });
    expect(result.mfaStep).toBe('enrol');
    expect(await appCodeOf((await callerOf(req)).prefecture.me.get())).toBe('MFA_ENROLMENT_REQUIRED');
    await enrolTotp(req);
    expect(await appCodeOf((await callerOf(req)).prefecture.me.get())).toBe('OK');
  });
});

describe('ログイン中の端末', () => {
  it('lists the own sessions, marks this one, and signs out one or all the others (audited)', async () => {
    clock = later(0);
    const pc = await signIn('nankoku.coordinator', { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36' });
    const phone = await signIn('nankoku.coordinator', { userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1' });
    const tablet = await signIn('nankoku.coordinator');
    const someoneElse = await signIn('nankoku.admin');
    const caller = await callerOf(pc.req);
    const list = await caller.auth.sessions.list();
    expect(list).toHaveLength(3);
    expect(list.filter((s) => s.current).map((s) => s.device)).toEqual(['Chrome / Windows']);
    expect(list.map((s) => s.device)).toContain('Safari / iOS');
    const phoneId = list.find((s) => s.device === 'Safari / iOS')?.id ?? '';
    await caller.auth.sessions.signOut({ id: phoneId });
    expect(await appCodeOf((await callerOf(phone.req)).staff.home.get())).toBe('UNAUTHENTICATED');
    // another user's session is not one's own to end
    const theirs = (await (await callerOf(someoneElse.req)).auth.sessions.list())[0]?.id ?? '';
    expect(await appCodeOf(caller.auth.sessions.signOut({ id: theirs }))).toBe('NOT_FOUND');
    expect(await caller.auth.sessions.signOutElsewhere()).toEqual({ endedSessions: 1 });
    expect(await appCodeOf((await callerOf(tablet.req)).staff.home.get())).toBe('UNAUTHENTICATED');
    expect(await appCodeOf((await callerOf(pc.req)).staff.home.get())).toBe('OK');
    expect(await appCodeOf((await callerOf(someoneElse.req)).staff.home.get())).toBe('OK');
    expect((await auditOf('nankoku.coordinator')).map((e) => e.action).filter((a) => a.startsWith('sign_out'))).toEqual(['sign_out_session', 'sign_out_elsewhere']);
  });
});
