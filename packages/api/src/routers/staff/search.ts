import { findCases, findHouseholds, findPersons } from '../../services/list-service.js';
import { ZListFilter } from '../../services/intake/schemas.js';
import { getMyWork } from '../../services/work-service.js';
import { router, staffProcedure } from '../../trpc.js';

const lists = staffProcedure.meta({ capability: 'search.lists' });

export const staffSearchRouter = router({
  persons: lists.input(ZListFilter).query(({ ctx, input }) => findPersons(ctx.tx, ctx.actor, input, ctx.deps.now())),
  households: lists.input(ZListFilter).query(({ ctx, input }) => findHouseholds(ctx.tx, ctx.actor, input, ctx.deps.now())),
  cases: lists.input(ZListFilter).query(({ ctx, input }) => findCases(ctx.tx, ctx.actor, input, ctx.deps.now())),
});

/** ホーム「あなたの仕事」. */
export const staffWorkRouter = router({
  get: staffProcedure.meta({ capability: 'home' }).query(({ ctx }) => getMyWork(ctx.tx, ctx.actor, ctx.deps.now())),
});
