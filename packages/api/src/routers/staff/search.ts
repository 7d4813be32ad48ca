import { findCases, findHouseholds, findPersons } from '../../services/list-service.js';
import { ZListFilter } from '../../services/intake/schemas.js';
import { getMyWork } from '../../services/work-service.js';
import { router, staffProcedure } from '../../trpc.js';

export const staffSearchRouter = router({
  persons: staffProcedure.input(ZListFilter).query(({ ctx, input }) => findPersons(ctx.tx, ctx.actor, input, ctx.deps.now())),
  households: staffProcedure.input(ZListFilter).query(({ ctx, input }) => findHouseholds(ctx.tx, ctx.actor, input, ctx.deps.now())),
  cases: staffProcedure.input(ZListFilter).query(({ ctx, input }) => findCases(ctx.tx, ctx.actor, input, ctx.deps.now())),
});

/** ホーム「あなたの仕事」. */
export const staffWorkRouter = router({
  get: staffProcedure.query(({ ctx }) => getMyWork(ctx.tx, ctx.actor, ctx.deps.now())),
});
