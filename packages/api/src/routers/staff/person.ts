import { z } from 'zod';
import { getPerson } from '../../services/person-service.js';
import { router, staffProcedure } from '../../trpc.js';

export const staffPersonRouter = router({
  get: staffProcedure.meta({ capability: 'person.read', sqlOnly: true }).input(z.object({ personId: z.uuid('人物IDの形式が正しくありません。') })).query(({ ctx, input }) => getPerson(ctx.tx, ctx.actor, input.personId, ctx.deps.now())),
});
