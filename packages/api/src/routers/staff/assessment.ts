import { z } from 'zod';
import { ZAssessmentSheet } from '@kasane/domain';
import { assessmentSheets, genogramFacts, recordAssessmentSheet } from '../../services/assessment/assessment-service.js';
import { router, staffProcedure } from '../../trpc.js';

const reader = staffProcedure.meta({ capability: 'coordination.read' });
const worker = staffProcedure.meta({ capability: 'coordination.work' });
const caseId = z.uuid('ケースIDの形式が正しくありません。');

/** インテーク・アセスメントシート in versions, and the genogram/ecomap drawn from the household (ADR 0028). */
export const staffAssessmentRouter = router({
  record: worker
    .input(z.object({ caseId, expectedVersion: z.number().int().min(0), sheet: ZAssessmentSheet }))
    .mutation(({ ctx, input }) => recordAssessmentSheet(ctx.tx, ctx.actor, input, ctx.deps.now())),
  versions: reader.input(z.object({ caseId })).query(({ ctx, input }) => assessmentSheets(ctx.tx, ctx.actor, input.caseId, ctx.deps.now())),
  genogram: reader.input(z.object({ caseId })).query(({ ctx, input }) => genogramFacts(ctx.tx, ctx.actor, input.caseId, ctx.deps.now())),
});
