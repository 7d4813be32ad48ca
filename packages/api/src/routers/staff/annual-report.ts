import { z } from 'zod';
import { ZFiscalYear } from '../../services/backoffice/fiscal-period.js';
import { exportAnnualReportCsv, getAnnualReportForStaff, submitAnnualReportForStaff } from '../../services/backoffice/annual-report-service.js';
import { router, staffProcedure } from '../../trpc.js';

// 実績報告 (issue #11 item 3): the coordinator reads and exports, the administrator submits.
const read = staffProcedure.meta({ capability: 'backoffice.read' });
const ZYear = z.object({ fiscalYear: ZFiscalYear });

export const staffAnnualReportRouter = router({
  get: read.input(ZYear).query(({ ctx, input }) => getAnnualReportForStaff(ctx.tx, ctx.actor, input.fiscalYear, ctx.deps.now())),
  exportCsv: read
    .input(ZYear.extend({ encoding: z.enum(['utf-8', 'shift_jis']).default('utf-8') }))
    .mutation(({ ctx, input }) => exportAnnualReportCsv(ctx.tx, ctx.actor, input.fiscalYear, input.encoding)),
  submit: staffProcedure.meta({ capability: 'report.manage' }).input(ZYear).mutation(({ ctx, input }) => submitAnnualReportForStaff(ctx.tx, ctx.actor, input.fiscalYear, ctx.deps.now())),
});
