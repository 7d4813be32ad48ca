import { z } from 'zod';
import { acknowledgeReferral, getHousehold, protectionQueue, publicAssistanceHistory, referToProtection, setPublicAssistance } from '../../services/household-service.js';
import { ZProtectionReferral, ZSetPublicAssistance } from '../../services/intake/schemas.js';
import { router, staffProcedure } from '../../trpc.js';

const editor = staffProcedure.meta({ capability: 'household.edit' });

export const staffHouseholdRouter = router({
  get: staffProcedure
    .meta({ capability: 'person.read', sqlOnly: true })
    .input(z.object({ householdId: z.uuid('世帯IDの形式が正しくありません。'), consultationLimit: z.number().int('表示件数は整数で指定してください。').min(1, '表示件数は1件以上にしてください。').max(1000, '一度に表示できるのは1,000件までです。').default(50) }))
    .query(({ ctx, input }) => getHousehold(ctx.tx, ctx.actor, input.householdId, ctx.deps.now(), input.consultationLimit)),
  setPublicAssistance: editor.input(ZSetPublicAssistance).mutation(({ ctx, input }) => setPublicAssistance(ctx.tx, ctx.actor, input, ctx.deps.now())),
  publicAssistanceHistory: staffProcedure.meta({ capability: 'person.read' }).input(z.object({ householdId: z.uuid('世帯IDの形式が正しくありません。') })).query(({ ctx, input }) => publicAssistanceHistory(ctx.tx, ctx.actor, input.householdId, ctx.deps.now())),
  referToProtection: editor.input(ZProtectionReferral).mutation(({ ctx, input }) => referToProtection(ctx.tx, ctx.actor, input, ctx.deps.now())),
});

/** C10: the 保護の実施機関's own queue of referrals. */
export const staffProtectionRouter = router({
  find: staffProcedure.meta({ capability: 'protection.queue' }).input(z.object({ includeAcknowledged: z.boolean().default(false) }).default({ includeAcknowledged: false })).query(({ ctx, input }) => protectionQueue(ctx.tx, ctx.actor, input.includeAcknowledged, ctx.deps.now())),
  acknowledge: staffProcedure.meta({ capability: 'protection.acknowledge' }).input(z.object({ referralId: z.uuid('IDの形式が正しくありません。') })).mutation(({ ctx, input }) => acknowledgeReferral(ctx.tx, ctx.actor, input.referralId, ctx.deps.now())),
});
