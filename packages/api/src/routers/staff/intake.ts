import { z } from 'zod';
import { intakeRoles, ZIssueId } from '@kasane/domain';
import { classifyIssues, findDuplicateCandidates, intakeVocabulary, mergePersons, recordIntake } from '../../services/intake-service.js';
import { ZDuplicateSearch, ZMergePersons, ZRecordIntake } from '../../services/intake/schemas.js';
import { requireRole, router, staffProcedure } from '../../trpc.js';

export const staffIntakeRouter = router({
  record: staffProcedure.input(ZRecordIntake).mutation(({ ctx, input }) => recordIntake(ctx.tx, ctx.actor, input, ctx.deps.now())),
  // only roles that take intakes look for existing records (issue #8)
  findCandidates: staffProcedure.use(requireRole(...intakeRoles)).input(ZDuplicateSearch).query(({ ctx, input }) => findDuplicateCandidates(ctx.tx, ctx.actor, input, ctx.deps.now())),
  vocabulary: staffProcedure.query(() => intakeVocabulary()),
  classify: staffProcedure.input(z.object({ issueIds: z.array(ZIssueId).max(30) })).query(({ input }) => classifyIssues(input.issueIds)),
  merge: staffProcedure.input(ZMergePersons).mutation(({ ctx, input }) => mergePersons(ctx.tx, ctx.actor, input, ctx.deps.now())),
});
