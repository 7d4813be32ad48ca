// The only initTRPC in the project, and the one path every procedure passes through:
// CSRF for every mutation, then the audience's session check, then one transaction in the
// actor's tenant scope (row-level security applies inside it) — CONVENTIONS.md "tRPC".
import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import { inScope } from '@kasane/db';
import { configureJapaneseZod } from '@kasane/domain';
import type { Tx } from '@kasane/db';
import { csrfCookie } from './auth/cookies.js';
import { sameToken } from './auth/tokens.js';
import type { Context, PrefectureActor, StaffActor } from './context.js';
import { formatError } from './error-formatter.js';
import { apiError } from './errors.js';
import { findHostileInput, hostileInputRefusal } from './validation/hostile-input.js';

configureJapaneseZod();

export interface ProcedureMeta {
  /**
   * Input fields carrying an uploaded file (the HSDS import): the service checks its rows one by
   * one and reports a bidi control per row, so the guard lets bidi through there (never NUL or a
   * broken character).
   */
  fileFields?: string[];
}

const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  transformer: superjson,
  errorFormatter: formatError,
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const csrfGuard = t.middleware(({ ctx, type, next }) => {
  if (type === 'mutation') {
    const cookie = ctx.req.cookies[csrfCookie];
    const bound = !ctx.session || sameToken(cookie, ctx.session.csrfToken);
    if (!sameToken(ctx.req.csrfHeader, cookie) || !bound) throw apiError('CSRF');
  }
  return next();
});

// Before any schema: one walk over the raw input refuses NUL, lone surrogates, bidi controls and
// out-of-range Dates in every field of every procedure (ADR 0013).
const inputGuard = t.middleware(async ({ getRawInput, meta, next }) => {
  const finding = findHostileInput(await getRawInput(), { bidiAllowedAt: meta?.fileFields ?? [] });
  if (finding) throw hostileInputRefusal(finding);
  return next();
});

export const publicProcedure = t.procedure.use(csrfGuard).use(inputGuard);

/** Session-less procedures that still need a user (sign-out, who am I). */
export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw apiError('UNAUTHENTICATED');
  return next({ ctx: { session: ctx.session } });
});

function runScoped<T extends { ok: boolean }>(work: (tx: Tx) => Promise<T>, ctx: Context, scope: Parameters<typeof inScope>[1]): Promise<T> {
  return inScope(ctx.deps.db, scope, async (tx) => {
    const result = await work(tx);
    // A failed procedure must roll back everything it did, its audit entries included.
    if (!result.ok) throw (result as unknown as { error: unknown }).error;
    return result;
  });
}

// A password an administrator chose (or reset) opens nothing but the password change (auth router):
// the apps route to the change form first, and the API refuses everything else until it is done.
function requireOwnPassword(ctx: Context): void {
  if (ctx.session?.mustChangePassword) throw apiError('PASSWORD_CHANGE_REQUIRED');
}

export const staffProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const actor = ctx.session?.actor;
  if (!actor) throw apiError('UNAUTHENTICATED');
  if (actor.kind !== 'staff') throw apiError('WRONG_APP');
  requireOwnPassword(ctx);
  return runScoped((tx) => next({ ctx: { actor, tx } }), ctx, { kind: 'municipality', municipalityCode: actor.municipalityCode });
});

export const prefectureProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const actor = ctx.session?.actor;
  if (!actor) throw apiError('UNAUTHENTICATED');
  if (actor.kind !== 'prefecture') throw apiError('WRONG_APP');
  requireOwnPassword(ctx);
  return runScoped((tx) => next({ ctx: { actor, tx } }), ctx, { kind: 'prefecture', prefectureCode: actor.prefectureCode });
});

/** Composes after staffProcedure: `.use(requireRole('coordinator', 'municipal_admin'))`. */
export function requireRole(...roles: string[]) {
  return t.middleware(({ ctx, next }) => {
    const actor = (ctx as { actor?: StaffActor | PrefectureActor }).actor;
    if (!actor || !roles.includes(actor.role)) throw apiError('ROLE_FORBIDDEN');
    return next();
  });
}
