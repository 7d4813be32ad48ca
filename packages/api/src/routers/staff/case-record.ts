import { z } from 'zod';
import { assignWorker, caseAssignments } from '../../services/casework/assignment-service.js';
import { getCaseload } from '../../services/casework/caseload-service.js';
import { addProgressEntry, correctProgressEntry } from '../../services/casework/progress-service.js';
import { ZAddProgressEntry, ZAssignWorker, ZCorrectProgressEntry, ZTimelineKinds } from '../../services/casework/schemas.js';
import { caseTimeline, personTimeline } from '../../services/casework/timeline-service.js';
import { router, staffProcedure } from '../../trpc.js';

const reader = staffProcedure.meta({ capability: 'coordination.read' });
const worker = staffProcedure.meta({ capability: 'coordination.work' });
const caseId = z.uuid('ケースIDの形式が正しくありません。');

/** The case record a worker lives in (issue #10): 支援経過記録, 担当者, timelines, caseload. */
export const staffCaseRecordRouter = router({
  addEntry: worker.input(ZAddProgressEntry).mutation(({ ctx, input }) => addProgressEntry(ctx.tx, ctx.actor, input, ctx.deps.now())),
  correctEntry: worker.input(ZCorrectProgressEntry).mutation(({ ctx, input }) => correctProgressEntry(ctx.tx, ctx.actor, input, ctx.deps.now())),
  timeline: reader.input(z.object({ caseId, kinds: ZTimelineKinds })).query(({ ctx, input }) => caseTimeline(ctx.tx, ctx.actor, input, ctx.deps.now())),
  personTimeline: reader
    .input(z.object({ personId: z.uuid('人物IDの形式が正しくありません。'), kinds: ZTimelineKinds }))
    .query(({ ctx, input }) => personTimeline(ctx.tx, ctx.actor, input, ctx.deps.now())),
  assign: worker.input(ZAssignWorker).mutation(({ ctx, input }) => assignWorker(ctx.tx, ctx.actor, input, ctx.deps.now())),
  assignments: reader.input(z.object({ caseId })).query(({ ctx, input }) => caseAssignments(ctx.tx, ctx.actor, input.caseId, ctx.deps.now())),
  caseload: staffProcedure
    .meta({ capability: 'home' })
    .input(z.object({ scope: z.enum(['mine', 'organisation']).default('mine') }).default({ scope: 'mine' }))
    .query(({ ctx, input }) => getCaseload(ctx.tx, ctx.actor, input, ctx.deps.now())),
});
