import { z } from 'zod';
import { ZEmergencyOutcome, ZEmergencyReason } from '@kasane/domain';
import { emergencyReviewQueue, myActiveEmergencyAccesses, openEmergencyAccess, reviewEmergencyAccess } from '../../services/emergency-service.js';
import { router, staffProcedure } from '../../trpc.js';

/** C3: the emergency exception — opened by a support worker with a reason, reviewed afterwards. */
export const staffEmergencyRouter = router({
  open: staffProcedure
    .meta({ capability: 'emergency.open' })
    .input(z.object({ personId: z.uuid('人物IDの形式が正しくありません。'), reason: ZEmergencyReason }))
    .mutation(({ ctx, input }) => openEmergencyAccess(ctx.tx, ctx.actor, input, ctx.deps.now())),
  /** the worker's own open grants, so a screen shows the record again rather than asking for a new grant */
  mine: staffProcedure.meta({ capability: 'emergency.open' }).query(({ ctx }) => myActiveEmergencyAccesses(ctx.tx, ctx.actor, ctx.deps.now())),
  reviewQueue: staffProcedure.meta({ capability: 'emergency.review' }).query(({ ctx }) => emergencyReviewQueue(ctx.tx, ctx.actor, ctx.deps.now())),
  review: staffProcedure
    .meta({ capability: 'emergency.review' })
    .input(z.object({ grantId: z.uuid('IDの形式が正しくありません。'), outcome: ZEmergencyOutcome, note: z.string().trim().max(1000, '確認の記録は1000文字以内で入力してください。').default('') }))
    .mutation(({ ctx, input }) => reviewEmergencyAccess(ctx.tx, ctx.actor, input, ctx.deps.now())),
});
