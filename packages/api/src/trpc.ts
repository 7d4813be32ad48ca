// The only initTRPC in the project, and the one path every procedure passes through:
// CSRF for every mutation, then the audience's session check, then one transaction in the
// actor's tenant scope (row-level security applies inside it) — CONVENTIONS.md "tRPC".
import { initTRPC } from '@trpc/server';
import superjson from 'superjson';
import { can, configureJapaneseZod, isCapability } from '@kasane/domain';
import type { Capability } from '@kasane/domain';
import { asSystem, inScope } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { csrfCookie } from './auth/cookies.js';
import { sameToken } from './auth/tokens.js';
import type { Context, StaffActor } from './context.js';
import { formatError } from './error-formatter.js';
import { AppError, apiError } from './errors.js';
import type { DeniedAccess } from './errors.js';
import { appendQueuedAudits, auditAs, queueAuditsIn } from './services/audit-as.js';
import { DecisionScope, currentDecisionScope, runInDecisionScope } from './services/access/decision-scope.js';
import { undecidedPersonalData } from './services/access/personal-output-guard.js';
import { findHostileInput, hostileInputRefusal } from './validation/hostile-input.js';

configureJapaneseZod();

/** What a procedure declares of itself (permissions.ts, ADR 0012; ADR 0013). */
export interface ProcedureMeta {
  /** a staff procedure names the one capability it needs */
  capability?: Capability;
  /**
   * Input fields carrying an uploaded file (the HSDS import): the service checks its rows one by
   * one and reports a bidi control per row, so the guard lets bidi through there (never NUL or a
   * broken character).
   */
  fileFields?: string[];
  /** a file upload's transaction writes tens of thousands of rows (a national HSDS file) */
  transactionTimeoutMs?: number;
  /**
   * Work done on the raw input before the transaction opens, its result handed to the procedure as
   * `ctx.prepared`: a national HSDS file (tens of MB) is read and checked for tens of seconds, during
   * which no transaction (on the embedded database: no other request) should wait. It gets the input
   * as sent and validates it itself; the procedure's own input schema still applies afterwards.
   */
  prepare?: (rawInput: unknown, context: { deps: Context['deps']; actor: StaffActor }) => Promise<unknown>;
  /**
   * The procedure's work sends only `sqlRows` (the hot reads, ADR 0035): its transaction opens on the
   * driver without the ORM — same role, tenant, audit queue and output check; an ORM call fails.
   */
  sqlOnly?: boolean;
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


function refuseUndecided(data: unknown, scope: DecisionScope | undefined): void {
  const paths = undecidedPersonalData(data, scope ?? new DecisionScope());
  if (paths.length > 0) {
    throw new AppError('INTERNAL_SERVER_ERROR', 'PERSONAL_DATA_UNDECIDED', 'この情報は表示できません。管理者に連絡してください。', undefined, new Error(`personal data without an access decision at ${paths.join(', ')}`));
  }
}

/**
 * No personal data leaves without a decision (ADR 0016): the request runs in a decision scope that the
 * access path fills; a response carrying a person's identifying fields for anyone the policy did not
 * allow in this request is refused. Every procedure passes here; scoped procedures check once more
 * inside their transaction, so a refused response also rolls back what it did.
 */
export const personalDataGuard = t.middleware(async ({ next }) => {
  const scope = new DecisionScope();
  const result = await runInDecisionScope(scope, () => next());
  if (result.ok) refuseUndecided(result.data, scope);
  return result;
});

export const publicProcedure = t.procedure.use(csrfGuard).use(inputGuard).use(personalDataGuard);

/** Session-less procedures that still need a user (sign-out, who am I). */
export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw apiError('UNAUTHENTICATED');
  return next({ ctx: { session: ctx.session } });
});

function runScoped<T extends { ok: boolean }>(work: (tx: Tx) => Promise<T>, ctx: Context, scope: Parameters<typeof inScope>[1], options: { timeout?: number | undefined; sqlOnly?: boolean | undefined } = {}): Promise<T> {
  return inScope(ctx.deps.db, scope, async (tx) => {
    queueAuditsIn(tx);
    const result = await work(tx);
    // A failed procedure must roll back everything it did, its audit entries included.
    if (!result.ok) throw (result as unknown as { error: unknown }).error;
    refuseUndecided((result as { data?: unknown }).data, currentDecisionScope());
    await appendQueuedAudits(tx);
    return result;
  }, { ...(options.timeout ? { timeout: options.timeout } : {}), ...(options.sqlOnly ? { sqlOnly: true } : {}) });
}

/**
 * Every portal procedure (anonymous residents): one transaction as kasane_public, which reads
 * published community rows and inserts portal requests and nothing else — no Person, Consultation
 * or Case, whatever a service does (ADR 0019). The municipality is the one the resident chose
 * (public data), entered with `enterPublicMunicipality` once the input is parsed.
 */
export const portalScope = t.middleware(({ ctx, next }) => runScoped((tx) => next({ ctx: { tx } }), ctx, { kind: 'public', municipalityCode: null }));
export const portalProcedure = publicProcedure.use(portalScope);
// After the password, a session owing its second factor (ADR 0017) opens nothing but the MFA steps
// (auth.mfa) and sign-out: the apps route to the step first.
function requireSecondFactor(ctx: Context): void {
  if (ctx.session?.mfaStep === 'verify') throw apiError('MFA_REQUIRED');
  if (ctx.session?.mfaStep === 'enrol') throw apiError('MFA_ENROLMENT_REQUIRED');
}

/** Signed in with every factor the account owes: own password, own sessions. */
export const verifiedProcedure = signedInProcedure.use(({ ctx, next }) => {
  requireSecondFactor(ctx);
  return next();
});

// A password an administrator chose (or reset) opens nothing but the password change (auth router):
// the apps route to the change form first, and the API refuses everything else until it is done.
function requireOwnPassword(ctx: Context): void {
  if (ctx.session?.mustChangePassword) throw apiError('PASSWORD_CHANGE_REQUIRED');
}

// A refused access is on record too (who tried what, which rule refused), written after the refused
// transaction rolled back so that nothing of the refused data is in it.
async function auditDenied(ctx: Context, actor: StaffActor, denied: DeniedAccess): Promise<void> {
  await asSystem(ctx.deps.db, (tx) => auditAs(tx, actor, { action: 'denied', recordType: denied.recordType, recordId: denied.recordId, legalBasis: 'refused', basisRef: denied.rule }));
}


/**
 * Every staff procedure declares its capability: `staffProcedure.meta({ capability: 'intake.take' })`.
 * Fail closed: a procedure that names none, or an actor whose role lacks it, is refused here, before
 * the input is parsed and before any transaction opens.
 */
export const staffProcedure = publicProcedure.use(async ({ ctx, meta, next, getRawInput }) => {
  const actor = ctx.session?.actor;
  if (!actor) throw apiError('UNAUTHENTICATED');
  if (actor.kind !== 'staff') throw apiError('WRONG_APP');
  requireSecondFactor(ctx);
  requireOwnPassword(ctx);
  const capability = meta?.capability;
  if (!isCapability(capability) || !can(actor.role, capability)) throw apiError('ROLE_FORBIDDEN');
  try {
    const prepared: unknown = meta?.prepare ? await meta.prepare(await getRawInput(), { deps: ctx.deps, actor }) : undefined;
    return await runScoped((tx) => next({ ctx: { actor, tx, prepared } }), ctx, { kind: 'municipality', municipalityCode: actor.municipalityCode }, { timeout: meta?.transactionTimeoutMs, sqlOnly: meta?.sqlOnly });
  } catch (e) {
    if (e instanceof AppError && e.denied) await auditDenied(ctx, actor, e.denied);
    throw e;
  }
});

export const prefectureProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const actor = ctx.session?.actor;
  if (!actor) throw apiError('UNAUTHENTICATED');
  if (actor.kind !== 'prefecture') throw apiError('WRONG_APP');
  requireSecondFactor(ctx);
  requireOwnPassword(ctx);
  return runScoped((tx) => next({ ctx: { actor, tx } }), ctx, { kind: 'prefecture', prefectureCode: actor.prefectureCode });
});
