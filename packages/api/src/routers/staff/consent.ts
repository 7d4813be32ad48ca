import { z } from 'zod';
import { getConsentForm, listConsents, recordConsent, withdrawConsent } from '../../services/consent-service.js';
import { ZRecordConsent, ZWithdrawConsent } from '../../services/intake/schemas.js';
import { router, staffProcedure } from '../../trpc.js';

const reader = staffProcedure.meta({ capability: 'person.read' });
const recorder = staffProcedure.meta({ capability: 'consent.record' });

export const staffConsentRouter = router({
  recordConsent: recorder.input(ZRecordConsent).mutation(({ ctx, input }) => recordConsent(ctx.tx, ctx.actor, input, ctx.deps.now())),
  withdrawConsent: recorder.input(ZWithdrawConsent).mutation(({ ctx, input }) => withdrawConsent(ctx.tx, ctx.actor, input, ctx.deps.now())),
  find: reader.input(z.object({ personId: z.uuid('人物IDの形式が正しくありません。') })).query(({ ctx, input }) => listConsents(ctx.tx, ctx.actor, input.personId, ctx.deps.now())),
  get: reader.input(z.object({ consentId: z.uuid('同意IDの形式が正しくありません。') })).query(({ ctx, input }) => getConsentForm(ctx.tx, ctx.actor, input.consentId, ctx.deps.now())),
});
