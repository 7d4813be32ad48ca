import { z } from 'zod';
import { ZPartId, ZRateText, ZYen } from '@kasane/domain';
import { ZFiscalYear } from '../../services/backoffice/fiscal-period.js';
import { deleteGrantLineForStaff, getGrantForStaff, reopenGrantForStaff, saveGrantLineForStaff, submitGrantForStaff } from '../../services/backoffice/grant-service.js';
import { router, staffProcedure } from '../../trpc.js';

// 交付金 (issue #11 item 2): the administrator prepares and submits, the coordinator reads.
const manage = staffProcedure.meta({ capability: 'grant.manage' });
const ZYear = z.object({ fiscalYear: ZFiscalYear });
const ZLine = z.object({
  partId: ZPartId,
  standardAmount: ZYen,
  expenditure: ZYen,
  totalCost: ZYen,
  otherIncome: ZYen,
  nationalRate: ZRateText.nullable(),
  prefectureRate: ZRateText.nullable(),
  adjustmentRate: ZRateText.nullable(),
});

export const staffGrantRouter = router({
  get: staffProcedure
    .meta({ capability: 'backoffice.read' })
    .input(ZYear.extend({ compareWith: ZFiscalYear.nullable().default(null) }))
    .query(({ ctx, input }) => getGrantForStaff(ctx.tx, ctx.actor, input.fiscalYear, input.compareWith)),
  saveLine: manage.input(ZYear.extend({ line: ZLine })).mutation(({ ctx, input }) => saveGrantLineForStaff(ctx.tx, ctx.actor, input.fiscalYear, input.line, ctx.deps.now())),
  deleteLine: manage.input(ZYear.extend({ partId: ZPartId })).mutation(({ ctx, input }) => deleteGrantLineForStaff(ctx.tx, ctx.actor, input.fiscalYear, input.partId)),
  submit: manage.input(ZYear).mutation(({ ctx, input }) => submitGrantForStaff(ctx.tx, ctx.actor, input.fiscalYear, ctx.deps.now())),
  reopen: manage.input(ZYear).mutation(({ ctx, input }) => reopenGrantForStaff(ctx.tx, ctx.actor, input.fiscalYear, ctx.deps.now())),
});
