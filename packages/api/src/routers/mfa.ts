// The second step of sign-in, second-factor enrolment and 「ログイン中の端末」 (ADR 0017). Signed-in
// procedures: the MFA steps are what a session owing its second factor may call; the services
// decide which step is open (mfa-service.ts), the rest need the full sign-in (verifiedProcedure).
import { z } from 'zod';
import { beginTotp, confirmTotp, mfaStatus, renewRecoveryCodes, verifyRecoveryCode, verifyTotp } from '../auth/mfa/mfa-service.js';
import { passkeyAuthenticationOptions, passkeyRegistrationOptions, registerPasskey, verifyPasskey } from '../auth/mfa/passkeys.js';
import { listOwnSessions, signOutElsewhere, signOutOwnSession } from '../auth/own-sessions.js';
import { router, signedInProcedure, verifiedProcedure } from '../trpc.js';

const ZCode = z.object({ code: z.string().trim().min(1, '確認コードを入力してください。').max(20) });
const b64url = z.string().max(4096).regex(/^[\w-]*$/, '形式が正しくありません。');

// What the browser reports of the extensions; the rest is dropped (nothing here asks for others).
const ZExtensionResults = z.object({ appid: z.boolean().optional(), credProps: z.object({ rk: z.boolean().optional() }).optional(), hmacCreateSecret: z.boolean().optional() });

const ZRegistrationResponse = z.object({
  id: b64url,
  rawId: b64url,
  type: z.literal('public-key'),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: ZExtensionResults,
  response: z.object({
    clientDataJSON: b64url,
    attestationObject: b64url,
    authenticatorData: b64url.optional(),
    transports: z.array(z.string().max(20)).max(10).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: b64url.optional(),
  }),
});

const ZAuthenticationResponse = z.object({
  id: b64url,
  rawId: b64url,
  type: z.literal('public-key'),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: ZExtensionResults,
  response: z.object({ clientDataJSON: b64url, authenticatorData: b64url, signature: b64url, userHandle: b64url.optional() }),
});

export const mfaRouter = router({
  status: signedInProcedure.query(({ ctx }) => mfaStatus(ctx.deps, ctx.session)),
  totpBegin: signedInProcedure.mutation(({ ctx }) => beginTotp(ctx.deps, ctx.session)),
  totpConfirm: signedInProcedure.input(ZCode).mutation(({ ctx, input }) => confirmTotp(ctx.deps, ctx.req, ctx.session, input.code)),
  totpVerify: signedInProcedure.input(ZCode).mutation(async ({ ctx, input }) => {
    await verifyTotp(ctx.deps, ctx.req, ctx.session, input.code);
    return { ok: true as const };
  }),
  recoveryVerify: signedInProcedure.input(ZCode).mutation(({ ctx, input }) => verifyRecoveryCode(ctx.deps, ctx.req, ctx.session, input.code)),
  recoveryRenew: verifiedProcedure.mutation(({ ctx }) => renewRecoveryCodes(ctx.deps, ctx.req, ctx.session)),
  passkeyRegisterOptions: signedInProcedure.mutation(({ ctx }) => passkeyRegistrationOptions(ctx.deps, ctx.session)),
  passkeyRegister: signedInProcedure
    .input(z.object({ response: ZRegistrationResponse, name: z.string().trim().min(1, '名前を入力してください。').max(60) }))
    .mutation(({ ctx, input }) => registerPasskey(ctx.deps, ctx.req, ctx.session, input.response, input.name)),
  passkeyVerifyOptions: signedInProcedure.mutation(({ ctx }) => passkeyAuthenticationOptions(ctx.deps, ctx.session)),
  passkeyVerify: signedInProcedure.input(z.object({ response: ZAuthenticationResponse })).mutation(async ({ ctx, input }) => {
    await verifyPasskey(ctx.deps, ctx.req, ctx.session, input.response);
    return { ok: true as const };
  }),
});

/** 「ログイン中の端末」 */
export const ownSessionsRouter = router({
  list: verifiedProcedure.query(({ ctx }) => listOwnSessions(ctx.deps, ctx.session)),
  signOut: verifiedProcedure.input(z.object({ id: z.string().regex(/^[0-9a-f]{64}$/) })).mutation(async ({ ctx, input }) => {
    await signOutOwnSession(ctx.deps, ctx.req, ctx.session, input.id);
    return { ok: true as const };
  }),
  signOutElsewhere: verifiedProcedure.mutation(({ ctx }) => signOutElsewhere(ctx.deps, ctx.req, ctx.session)),
});
