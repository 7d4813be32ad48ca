// Passkeys as the second factor (issue #9, ADR 0017), driven by a software authenticator through
// the real procedures and @simplewebauthn/server's verification.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/create-context.js';
import { appRouter } from '../src/root.js';
import { createCallerFactory } from '../src/trpc.js';
import type { RequestInfo } from '../src/context.js';
import { createHarness, fakeRequest } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { appCodeOf } from './support/outcome.js';
import { SoftwareAuthenticator } from './support/software-authenticator.js';

const createCaller = createCallerFactory(appRouter);
const origin = 'https://kasane.example.lg.jp';
let h: Harness;

beforeAll(async () => {
  h = await createHarness({ config: { mfa: { rpId: 'kasane.example.lg.jp', origins: [origin] } } });
});
afterAll(async () => h.close());

async function signIn(loginId: string) {
  const first = fakeRequest({ cookies: { kasane_csrf: 'pre' }, csrfHeader: 'pre' });
  const result = await createCaller(await createContext(h.deps, first)).auth.login({ loginId, password: 'kasane-demo', app: 'staff' });
  const cookies = Object.fromEntries(first.jar);
  return { req: fakeRequest({ cookies, csrfHeader: cookies.kasane_csrf }), result };
}
const callerOf = async (req: RequestInfo) => createCaller(await createContext(h.deps, req));

describe('passkeys', () => {
  it('registers a passkey, then asks for it after the password and accepts its signature once', async () => {
    const key = new SoftwareAuthenticator(origin);
    const first = await signIn('tsuchiura.worker');
    const options = await (await callerOf(first.req)).auth.mfa.passkeyRegisterOptions();
    expect(options.rp).toEqual({ id: 'kasane.example.lg.jp', name: 'Kasane' });
    const registered = await (await callerOf(first.req)).auth.mfa.passkeyRegister({ response: key.create(options), name: '窓口のPC' });
    expect(registered.recoveryCodes).toHaveLength(10);

    const { req, result } = await signIn('tsuchiura.worker');
    expect(result.mfaStep).toBe('verify');
    expect(await appCodeOf((await callerOf(req)).staff.home.get())).toBe('MFA_REQUIRED');
    const request = await (await callerOf(req)).auth.mfa.passkeyVerifyOptions();
    expect(request.allowCredentials?.map((c) => c.id)).toEqual([key.create(options).id]);
    const assertion = key.get(request);
    await (await callerOf(req)).auth.mfa.passkeyVerify({ response: assertion });
    expect(await appCodeOf((await callerOf(req)).staff.home.get())).toBe('OK');

    // the same signed answer in another session: its challenge was another, it opens nothing
    const other = await signIn('tsuchiura.worker');
    await (await callerOf(other.req)).auth.mfa.passkeyVerifyOptions();
    expect(await appCodeOf((await callerOf(other.req)).auth.mfa.passkeyVerify({ response: assertion }))).toBe('MFA_PASSKEY_FAILED');
    expect(await appCodeOf((await callerOf(other.req)).staff.home.get())).toBe('MFA_REQUIRED');

    const actions = (await h.t.db.prisma.auditEntry.findMany({ where: { action: { startsWith: 'mfa_' } }, orderBy: { seq: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['mfa_enrol_passkey', 'mfa_verify_passkey', 'mfa_verify_failed']);
  });

  it('refuses an answer made for another site (phishing origin) and a challenge answered twice', async () => {
    const key = new SoftwareAuthenticator(origin);
    const first = await signIn('koga.worker');
    const options = await (await callerOf(first.req)).auth.mfa.passkeyRegisterOptions();
    expect(await appCodeOf((await callerOf(first.req)).auth.mfa.passkeyRegister({ response: key.create(options, 'https://kasane.example.com'), name: '偽のサイト' }))).toBe('MFA_PASSKEY_FAILED');
    // the challenge was consumed by the refused answer
    expect(await appCodeOf((await callerOf(first.req)).auth.mfa.passkeyRegister({ response: key.create(options), name: '窓口のPC' }))).toBe('MFA_PASSKEY_FAILED');
    const again = await (await callerOf(first.req)).auth.mfa.passkeyRegisterOptions();
    await (await callerOf(first.req)).auth.mfa.passkeyRegister({ response: key.create(again), name: '窓口のPC' });

    const { req } = await signIn('koga.worker');
    const request = await (await callerOf(req)).auth.mfa.passkeyVerifyOptions();
    expect(await appCodeOf((await callerOf(req)).auth.mfa.passkeyVerify({ response: key.get(request, 'https://kasane.example.com') }))).toBe('MFA_PASSKEY_FAILED');
    expect(await appCodeOf((await callerOf(req)).staff.home.get())).toBe('MFA_REQUIRED');
  });
});
