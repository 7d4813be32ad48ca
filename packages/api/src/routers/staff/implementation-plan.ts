import { z } from 'zod';
import { ZFiscalYear } from '../../services/backoffice/fiscal-period.js';
import { declarableStatuses, declareStatusForStaff, getPlanForStaff, planSections, savePlanTextForStaff } from '../../services/backoffice/plan-service.js';
import { router, staffProcedure } from '../../trpc.js';

// 実施計画 and the declared status (issue #11 items 4, 5): the administrator writes, the coordinator reads.
const manage = staffProcedure.meta({ capability: 'structure.manage' });
const ZYear = z.object({ fiscalYear: ZFiscalYear });
const ZSections = z.object(Object.fromEntries(planSections.map((k) => [k, z.string().max(8000, '8000文字以内で入力してください。').optional()])) as Record<(typeof planSections)[number], z.ZodOptional<z.ZodString>>);

export const staffImplementationPlanRouter = router({
  get: staffProcedure.meta({ capability: 'backoffice.read' }).input(ZYear).query(({ ctx, input }) => getPlanForStaff(ctx.tx, ctx.actor, input.fiscalYear)),
  saveText: manage.input(ZYear.extend({ sections: ZSections })).mutation(({ ctx, input }) => savePlanTextForStaff(ctx.tx, ctx.actor, input.fiscalYear, input.sections, ctx.deps.now())),
  declareStatus: manage
    .input(ZYear.extend({ status: z.enum(declarableStatuses) }))
    .mutation(({ ctx, input }) => declareStatusForStaff(ctx.tx, ctx.actor, input.fiscalYear, input.status, ctx.deps.now())),
});
