import { z } from 'zod';
import { caseForms } from '../../services/forms/case-forms-service.js';
import { router, staffProcedure } from '../../trpc.js';

/** The national forms of a case for printing (FORMS.md; ADR 0028). */
export const staffFormsRouter = router({
  ofCase: staffProcedure
    .meta({ capability: 'coordination.read' })
    .input(z.object({ caseId: z.uuid('ケースIDの形式が正しくありません。') }))
    .query(({ ctx, input }) => caseForms(ctx.tx, ctx.actor, input.caseId, ctx.deps.now())),
});
