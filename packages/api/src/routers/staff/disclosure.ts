import { z } from 'zod';
import { exportPerson, listDisclosures } from '../../services/disclosure-service.js';
import { router, staffProcedure } from '../../trpc.js';

const personId = z.uuid('人物IDの形式が正しくありません。');

export const staffDisclosureRouter = router({
  find: staffProcedure.meta({ capability: 'person.read' })
    .input(z.object({ personId, page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(100).default(50) }))
    .query(({ ctx, input }) => listDisclosures(ctx.tx, ctx.actor, input, ctx.deps.now())),
  /** 個人情報保護法の開示請求: everything held on one person (audited). */
  exportPerson: staffProcedure.meta({ capability: 'disclosure.export' }).input(z.object({ personId })).mutation(({ ctx, input }) => exportPerson(ctx.tx, ctx.actor, input.personId, ctx.deps.now())),
});
