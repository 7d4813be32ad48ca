// Account administration (staff.account.*) and the own-password change (auth.changePassword),
// against the real database: sessions really end, disabled accounts really cannot sign in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem, findAccountByLoginId } from '@kasane/db';
import { checkPasswordRules } from '../src/auth/password.js';
import { createContext } from '../src/create-context.js';
import { appRouter } from '../src/root.js';
import { createCallerFactory } from '../src/trpc.js';
import { createHarness, fakeRequest } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { appCodeOf } from './support/outcome.js';

const createCaller = createCallerFactory(appRouter);
let h: Harness;

beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

async function signIn(loginId: string, password: string, app: 'staff' | 'prefecture' = 'staff') {
  const first = fakeRequest({ cookies: { kasane_csrf: 'pre' }, csrfHeader: 'pre' });
  const result = await createCaller(await createContext(h.deps, first)).auth.login({ loginId, password, app });
  const cookies = Object.fromEntries(first.jar);
  const req = () => fakeRequest({ cookies, csrfHeader: cookies.kasane_csrf });
  // The session is resolved when the context is made: a fresh context per call, as per request.
  return { result, caller: createCaller(await createContext(h.deps, req())), now: async () => createCaller(await createContext(h.deps, req())) };
}

async function organisationId(municipalityCode: string, name: string): Promise<string> {
  const org = await asSystem(h.t.db, (tx) => tx.organisation.findFirstOrThrow({ where: { municipalityCode, name }, select: { id: true } }));
  return org.id;
}

async function sessionsOf(loginId: string): Promise<number> {
  const account = await asSystem(h.t.db, (tx) => findAccountByLoginId(tx, loginId));
  return asSystem(h.t.db, (tx) => tx.session.count({ where: { userId: account?.id ?? '' } }));
}

async function auditOf(recordId: string): Promise<{ action: string; actorRole: string; municipalityCode: string | null }[]> {
  return asSystem(h.t.db, (tx) => tx.auditEntry.findMany({ where: { recordId, recordType: 'User' }, select: { action: true, actorRole: true, municipalityCode: true }, orderBy: { seq: 'asc' } }));
}

describe('password rules', () => {
  it('accepts a long, unusual password and names every problem of a bad one in Japanese', () => {
    expect(checkPasswordRules('みどりの窓口で会いましょう', 'tsuchiura.x')).toEqual([]);
    expect(checkPasswordRules('short', 'a')).toEqual(['パスワードは12文字以上にしてください。']);
    expect(checkPasswordRules('Password1234', 'a')).toEqual(['よく使われていて推測されやすいパスワードです。別のパスワードにしてください。']);
    expect(checkPasswordRules('tsuchiura.worker1', 'tsuchiura.worker1')).toEqual(['ログインIDと同じパスワードは使えません。']);
    expect(checkPasswordRules('aaaaaaaaaaaaaa', 'x')).toEqual(['同じ文字の繰り返しだけのパスワードは使えません。']);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkPasswordRules('𠮷野家で牛丼を食べたい', 'x')).toHaveLength(1);
    expect(checkPasswordRules('𠮷野家で牛丼を食べたいです', 'x')).toEqual([]);
  });
});

describe('staff.account (municipal administrator)', () => {
  it('lists only the own municipality’s accounts, with role labels and organisations', async () => {
    const admin = await h.as('tsuchiura.admin');
    const list = await admin.staff.account.find();
    expect(list.accounts.length).toBeGreaterThan(3);
    expect(list.accounts.every((a) => a.loginId.startsWith('tsuchiura.'))).toBe(true);
    expect(list.accounts.find((a) => a.loginId === 'tsuchiura.admin')).toMatchObject({ role: 'municipal_admin', roleLabel: '市町村の事業担当（管理者）', active: true });
    expect(list.organisations.length).toBeGreaterThan(0);
    expect(list.roles.map((r) => r.id)).not.toContain('prefectural_official');
    expect(JSON.stringify(list)).not.toContain('passwordHash');
    expect(JSON.stringify(list)).not.toContain('$argon2');
  });

  it('refuses every account procedure to a worker who is not an administrator', async () => {
    const worker = await h.as('tsuchiura.worker');
    expect(await appCodeOf(worker.staff.account.find())).toBe('ROLE_FORBIDDEN');
    const orgId = await organisationId('082031', '土浦市役所 福祉総合相談課');
    expect(await appCodeOf(worker.staff.account.create({ loginId: 'tsuchiura.sneaky', displayName: '無断', role: 'municipal_admin', organisationId: orgId, password: null }))).toBe('ROLE_FORBIDDEN');
  });

  it('creates a 相談支援員 with a generated password shown once; the new user signs in and must change it', async () => {
    const admin = await h.as('tsuchiura.admin');
    const orgId = await organisationId('082031', '土浦市役所 福祉総合相談課');
    const created = await admin.staff.account.create({ loginId: 'tsuchiura.newcomer', displayName: '新任 一郎', role: 'consultation_worker', organisationId: orgId, password: null });
    expect(created.generatedPassword).toMatch(/^[A-Za-z2-9]{16}$/);
    expect(created.account).toMatchObject({ loginId: 'tsuchiura.newcomer', roleLabel: '相談支援員', organisationName: '土浦市役所 福祉総合相談課', active: true, mustChangePassword: true, lastSignInAt: null });
    expect(await auditOf(created.account.id)).toEqual([{ action: 'create', actorRole: 'municipal_admin', municipalityCode: '082031' }]);

    const { result, caller, now } = await signIn('tsuchiura.newcomer', created.generatedPassword ?? '');
    expect(result.mustChangePassword).toBe(true);
    expect((await caller.auth.session()).mustChangePassword).toBe(true);
    // until the password is the user's own, the API opens nothing else (not only the app's routing)
    expect(await appCodeOf(caller.staff.home.get())).toBe('PASSWORD_CHANGE_REQUIRED');
    await caller.auth.changePassword({ currentPassword: created.generatedPassword ?? '', newPassword: '春の小川はさらさら行くよ' });
    expect((await (await now()).auth.session()).mustChangePassword).toBe(false);
    const again = await signIn('tsuchiura.newcomer', '春の小川はさらさら行くよ');
    expect(again.result.actor.kind).toBe('staff');
    expect(await appCodeOf((await now()).staff.home.get())).toBe('OK');
    const listed = (await admin.staff.account.find()).accounts.find((a) => a.loginId === 'tsuchiura.newcomer');
    expect(listed?.lastSignInAt).toEqual(h.deps.now());
  });

  it('takes a typed initial password only if it passes the rules, and refuses a login id in use anywhere', async () => {
    const admin = await h.as('tsuchiura.admin');
    const orgId = await organisationId('082031', '土浦市役所 福祉総合相談課');
    const base = { displayName: '見本', role: 'coordinator' as const, organisationId: orgId };
    expect(await appCodeOf(admin.staff.account.create({ ...base, loginId: 'tsuchiura.weak', password: 'password1234' }))).toBe('PASSWORD_RULES');
    expect(await appCodeOf(admin.staff.account.create({ ...base, loginId: 'koga.worker', password: 'ちょうどよい長さの合言葉' }))).toBe('LOGIN_ID_TAKEN');
    expect(await appCodeOf(admin.staff.account.create({ ...base, loginId: 'Tsuchiura Upper', password: null }))).toBe('BAD_REQUEST');
    const typed = await admin.staff.account.create({ ...base, loginId: 'tsuchiura.typed', password: 'ちょうどよい長さの合言葉' });
    expect(typed.generatedPassword).toBeNull();
    await expect(signIn('tsuchiura.typed', 'ちょうどよい長さの合言葉')).resolves.toBeTruthy();
  });

  it('refuses an organisation of another municipality', async () => {
    const admin = await h.as('tsuchiura.admin');
    const kogaOrg = await organisationId('082040', '古河市役所 福祉総合相談課');
    expect(await appCodeOf(admin.staff.account.create({ loginId: 'tsuchiura.cross', displayName: '見本', role: 'coordinator', organisationId: kogaOrg, password: null }))).toBe('VALIDATION');
  });

  it('changes role and organisation; the change applies to the next request of that user', async () => {
    const admin = await h.as('tsuchiura.admin');
    const list = await admin.staff.account.find();
    const worker = list.accounts.find((a) => a.loginId === 'tsuchiura.worker');
    const other = list.organisations.find((o) => o.id !== worker?.organisationId);
    if (!worker || !other) throw new Error('fixture');
    const { now } = await signIn('tsuchiura.worker', 'kasane-demo');
    expect((await (await now()).auth.session()).staffAreas).not.toContain('places');
    const updated = await admin.staff.account.update({ id: worker.id, data: { displayName: worker.displayName, role: 'coordinator', organisationId: other.id } });
    expect(updated).toMatchObject({ role: 'coordinator', organisationId: other.id });
    const session = await (await now()).auth.session();
    expect(session.actor).toMatchObject({ role: 'coordinator', organisationId: other.id });
    // the menu follows the new role at once
    expect(session.staffAreas).toContain('places');
    expect(session.staffAreas).not.toContain('accounts');
    expect((await auditOf(worker.id)).map((e) => e.action)).toContain('update');
  });

  it('disables an account: its sessions end at once and it cannot sign in; enabling lets it back', async () => {
    const admin = await h.as('tsuchiura.admin');
    const target = (await admin.staff.account.find()).accounts.find((a) => a.loginId === 'tsuchiura.outreach');
    if (!target) throw new Error('fixture');
    const { now } = await signIn('tsuchiura.outreach', 'kasane-demo');
    expect(await sessionsOf('tsuchiura.outreach')).toBe(1);
    const disabled = await admin.staff.account.setEnabled({ id: target.id, enabled: false });
    expect(disabled.active).toBe(false);
    expect(await sessionsOf('tsuchiura.outreach')).toBe(0);
    expect((await (await now()).auth.session()).actor).toBeNull();
    expect(await appCodeOf(signIn('tsuchiura.outreach', 'kasane-demo'))).toBe('ACCOUNT_DISABLED');
    await admin.staff.account.setEnabled({ id: target.id, enabled: true });
    await expect(signIn('tsuchiura.outreach', 'kasane-demo')).resolves.toBeTruthy();
    expect((await auditOf(target.id)).map((e) => e.action)).toEqual(['disable', 'enable']);
  });

  it('resets a password: the old one stops working, sessions end, the user must change it', async () => {
    const admin = await h.as('tsuchiura.admin');
    const target = (await admin.staff.account.find()).accounts.find((a) => a.loginId === 'tsuchiura.community');
    if (!target) throw new Error('fixture');
    await signIn('tsuchiura.community', 'kasane-demo');
    const reset = await admin.staff.account.resetPassword({ id: target.id, password: null });
    expect(reset.generatedPassword).toHaveLength(16);
    expect(await sessionsOf('tsuchiura.community')).toBe(0);
    expect(await appCodeOf(signIn('tsuchiura.community', 'kasane-demo'))).toBe('LOGIN_FAILED');
    const { result } = await signIn('tsuchiura.community', reset.generatedPassword ?? '');
    expect(result.mustChangePassword).toBe(true);
  });

  it('keeps at least one active administrator: the last one cannot disable or demote themselves', async () => {
    const admin = await h.as('tsuchiura.admin');
    const me = (await admin.staff.account.find()).accounts.find((a) => a.loginId === 'tsuchiura.admin');
    if (!me?.organisationId) throw new Error('fixture');
    expect(await appCodeOf(admin.staff.account.setEnabled({ id: me.id, enabled: false }))).toBe('LAST_ADMIN');
    expect(await appCodeOf(admin.staff.account.update({ id: me.id, data: { displayName: me.displayName, role: 'coordinator', organisationId: me.organisationId } }))).toBe('LAST_ADMIN');
    // With a second administrator, stepping down is allowed.
    const second = await admin.staff.account.create({ loginId: 'tsuchiura.admin2', displayName: '副 管理者', role: 'municipal_admin', organisationId: me.organisationId, password: null });
    expect(second.account.role).toBe('municipal_admin');
    const demoted = await admin.staff.account.update({ id: me.id, data: { displayName: me.displayName, role: 'coordinator', organisationId: me.organisationId } });
    expect(demoted.role).toBe('coordinator');
    await asSystem(h.t.db, (tx) => tx.user.update({ where: { id: me.id }, data: { role: 'municipal_admin' } }));
  });

  it('adds an organisation of the municipality, refusing a duplicate name', async () => {
    const admin = await h.as('tsuchiura.admin');
    const org = await admin.staff.account.createOrganisation({ name: '土浦市社会福祉協議会 新設', kind: 'social_welfare_council' });
    expect((await admin.staff.account.find()).organisations.map((o) => o.id)).toContain(org.id);
    expect(await appCodeOf(admin.staff.account.createOrganisation({ name: '土浦市社会福祉協議会 新設', kind: 'npo' }))).toBe('ORGANISATION_EXISTS');
  });

  it('never changes another municipality’s account, whatever id is sent', async () => {
    const admin = await h.as('tsuchiura.admin');
    const koga = await asSystem(h.t.db, (tx) => findAccountByLoginId(tx, 'koga.coordinator'));
    if (!koga?.organisationId) throw new Error('fixture');
    await signIn('koga.coordinator', 'kasane-demo');
    expect(await appCodeOf(admin.staff.account.setEnabled({ id: koga.id, enabled: false }))).toBe('NOT_FOUND');
    expect(await appCodeOf(admin.staff.account.resetPassword({ id: koga.id, password: null }))).toBe('NOT_FOUND');
    expect(await appCodeOf(admin.staff.account.update({ id: koga.id, data: { displayName: '乗っ取り', role: 'municipal_admin', organisationId: koga.organisationId } }))).toBe('NOT_FOUND');
    const after = await asSystem(h.t.db, (tx) => findAccountByLoginId(tx, 'koga.coordinator'));
    expect(after).toEqual(koga);
    expect(await sessionsOf('koga.coordinator')).toBe(1);
  });

  it('cannot end another municipality’s sessions even through the database function', async () => {
    const koga = await asSystem(h.t.db, (tx) => findAccountByLoginId(tx, 'koga.coordinator'));
    const { inScope, endAccountSessionsInScope } = await import('@kasane/db');
    await expect(inScope(h.t.db, { kind: 'municipality', municipalityCode: '082031' }, (tx) => endAccountSessionsInScope(tx, koga?.id ?? '', null))).rejects.toThrow();
    expect(await sessionsOf('koga.coordinator')).toBe(1);
  });
});

describe('auth.changePassword', () => {
  it('needs the current password, applies the rules, and ends the user’s other sessions only', async () => {
    const first = await signIn('koga.worker', 'kasane-demo');
    const second = await signIn('koga.worker', 'kasane-demo');
    expect(await sessionsOf('koga.worker')).toBe(2);
    expect(await appCodeOf(second.caller.auth.changePassword({ currentPassword: 'wrong-password', newPassword: '雨ニモマケズ風ニモマケズ' }))).toBe('CURRENT_PASSWORD_WRONG');
    expect(await appCodeOf(second.caller.auth.changePassword({ currentPassword: 'kasane-demo', newPassword: 'koga.worker' }))).toBe('PASSWORD_RULES');
    const done = await second.caller.auth.changePassword({ currentPassword: 'kasane-demo', newPassword: '雨ニモマケズ風ニモマケズ' });
    expect(done.endedSessions).toBe(1);
    expect((await (await first.now()).auth.session()).actor).toBeNull();
    expect((await (await second.now()).auth.session()).actor).toMatchObject({ kind: 'staff' });
    expect(await appCodeOf(signIn('koga.worker', 'kasane-demo'))).toBe('LOGIN_FAILED');
    const account = await asSystem(h.t.db, (tx) => findAccountByLoginId(tx, 'koga.worker'));
    expect((await auditOf(account?.id ?? '')).map((e) => e.action)).toEqual(['change_password']);
  });

  it('works for a prefectural official too (no municipality scope)', async () => {
    const { caller } = await signIn('nagano.pref', 'kasane-demo', 'prefecture');
    await caller.auth.changePassword({ currentPassword: 'kasane-demo', newPassword: '信濃の国は十州に境連ぬる' });
    await expect(signIn('nagano.pref', '信濃の国は十州に境連ぬる', 'prefecture')).resolves.toBeTruthy();
  });

  it('refuses a caller without a session', async () => {
    const caller = h.anonymous({ cookies: { kasane_csrf: 't' }, csrfHeader: 't' });
    await expect(caller.auth.changePassword({ currentPassword: 'kasane-demo', newPassword: '雨ニモマケズ風ニモマケズ' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
