import { z } from 'zod';
import { staffAreasOf } from '@kasane/domain';
import { changeOwnPassword } from '../auth/password-change.js';
import { ensureCsrfCookie, signIn, signOut } from '../auth/session-service.js';
import { ZChangeOwnPassword } from '../services/accounts/account-schemas.js';
import { publicProcedure, router, signedInProcedure, verifiedProcedure } from '../trpc.js';
import { mfaRouter, ownSessionsRouter } from './mfa.js';

const ZLoginInput = z.object({
  loginId: z.string().trim().min(1, 'ログインIDを入力してください。').max(100),
  password: z.string().min(1, 'パスワードを入力してください。').max(200),
  /** which app is signing in: a prefectural official cannot open the staff app and vice versa */
  app: z.enum(['staff', 'prefecture']),
});

export const authRouter = router({
  /** Who is signed in (or nobody), and the CSRF token the page echoes on every change. */
  session: publicProcedure.query(({ ctx }) => {
    const csrfToken = ctx.session?.csrfToken ?? ensureCsrfCookie(ctx.req);
    const actor = ctx.session?.actor ?? null;
    // the staff app's menu shows the areas of the actor's role (the API still decides every request)
    const staffAreas = actor?.kind === 'staff' ? staffAreasOf(actor.role) : [];
    return { actor, csrfToken, mustChangePassword: ctx.session?.mustChangePassword ?? false, mfaStep: ctx.session?.mfaStep ?? null, staffAreas };
  }),
  login: publicProcedure.input(ZLoginInput).mutation(async ({ ctx, input }) => {
    return signIn(ctx.deps, ctx.req, input.loginId, input.password, input.app);
  }),
  /** Any signed-in user, staff or prefecture, past the second factor: the user's other sessions end. */
  changePassword: verifiedProcedure.input(ZChangeOwnPassword).mutation(({ ctx, input }) => changeOwnPassword(ctx.deps, ctx.req, ctx.session, input)),
  logout: signedInProcedure.mutation(async ({ ctx }) => {
    await signOut(ctx.deps, ctx.req, ctx.session.id, ctx.session.actor);
    return { ok: true as const };
  }),
  mfa: mfaRouter,
  sessions: ownSessionsRouter,
});
