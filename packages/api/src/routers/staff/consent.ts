import { z } from 'zod';
import { getConsentForm, listConsents, recordConsent, withdrawConsent } from '../../services/consent-service.js';
import { ZRecordConsent, ZWithdrawConsent } from '../../services/intake/schemas.js';
import { router, staffProcedure } from '../../trpc.js';

export const staffConsentRouter = router({
  recordConsent: staffProcedure.input(ZRecordConsent).mutation(({ ctx, input }) => recordConsent(ctx.tx, ctx.actor, input, ctx.deps.now())),
  withdrawConsent: staffProcedure.input(ZWithdrawConsent).mutation(({ ctx, input }) => withdrawConsent(ctx.tx, ctx.actor, input, ctx.deps.now())),
  find: staffProcedure.input(z.object({ personId: z.uuid('人物IDの形式が正しくありません。') })).query(({ ctx, input }) => listConsents(ctx.tx, ctx.actor, input.personId, ctx.deps.now())),
  get: staffProcedure.input(z.object({ consentId: z.uuid('同意IDの形式が正しくありません。') })).query(({ ctx, input }) => getConsentForm(ctx.tx, ctx.actor, input.consentId, ctx.deps.now())),
});
