import { z } from 'zod';
import { ZIssueId } from '@kasane/domain';
import { classifyIssues, findDuplicateCandidates, intakeVocabulary, mergePersons, recordIntake } from '../../services/intake-service.js';
import { ZDuplicateSearch, ZMergePersons, ZRecordIntake } from '../../services/intake/schemas.js';
import { router, staffProcedure } from '../../trpc.js';

// 断らない相談 (SPEC §3): the roles that support people take consultations; the menu shows them the same.
const intake = staffProcedure.meta({ capability: 'intake.take' });

export const staffIntakeRouter = router({
  record: intake.input(ZRecordIntake).mutation(({ ctx, input }) => recordIntake(ctx.tx, ctx.actor, input, ctx.deps.now())),
  // only roles that take intakes look for existing records (issue #8)
  findCandidates: intake.input(ZDuplicateSearch).query(({ ctx, input }) => findDuplicateCandidates(ctx.tx, ctx.actor, input, ctx.deps.now())),
  vocabulary: staffProcedure.meta({ capability: 'reference.read' }).query(() => intakeVocabulary()),
  classify: intake.input(z.object({ issueIds: z.array(ZIssueId).max(30) })).query(({ input }) => classifyIssues(input.issueIds)),
  merge: staffProcedure.meta({ capability: 'persons.merge' }).input(ZMergePersons).mutation(({ ctx, input }) => mergePersons(ctx.tx, ctx.actor, input, ctx.deps.now())),
});
