import { z } from 'zod';
import {
  createResourceForStaff, findMatchesOfPerson, findResources, matchPerson, recordFollowUp, recordMatchStatus, updateResourceForStaff,
} from '../../services/community/participation-service.js';
import { ZMatchInput, ZResourceInput, ZStaffText } from '../../services/community/schemas.js';
import { router, staffProcedure } from '../../trpc.js';

// 参加支援 (SPEC §3.8). Resources are edited by coordinators; matching goes through accessPerson.
const resourceEditor = staffProcedure.meta({ capability: 'resources.edit' });
const matcher = staffProcedure.meta({ capability: 'participation.match' });

export const staffParticipationRouter = router({
  findResources: matcher.query(({ ctx }) => findResources(ctx.tx, ctx.actor)),
  createResource: resourceEditor.input(ZResourceInput).mutation(({ ctx, input }) => createResourceForStaff(ctx.tx, ctx.actor, input)),
  updateResource: resourceEditor.input(z.object({ id: z.uuid(), data: ZResourceInput })).mutation(({ ctx, input }) => updateResourceForStaff(ctx.tx, ctx.actor, input.id, input.data)),
  match: matcher.input(ZMatchInput).mutation(({ ctx, input }) => matchPerson(ctx.tx, ctx.actor, input, ctx.deps.now())),
  findMatches: matcher.input(z.object({ personId: z.uuid() })).query(({ ctx, input }) => findMatchesOfPerson(ctx.tx, ctx.actor, input.personId, ctx.deps.now())),
  recordStatus: matcher
    .input(z.object({ matchId: z.uuid(), status: z.enum(['started', 'ended']), note: ZStaffText(2000).optional(), outcome: ZStaffText(1000).optional() }))
    .mutation(({ ctx, input }) => recordMatchStatus(ctx.tx, ctx.actor, input, ctx.deps.now())),
  recordFollowUp: matcher
    .input(z.object({ matchId: z.uuid(), note: ZStaffText(2000, true), settled: z.boolean().default(false) }))
    .mutation(({ ctx, input }) => recordFollowUp(ctx.tx, ctx.actor, input, ctx.deps.now())),
});
