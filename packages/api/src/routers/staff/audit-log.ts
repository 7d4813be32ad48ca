import { z } from 'zod';
import { auditLogOptions, exportAuditLog, findAuditLog } from '../../services/audit-log-service.js';
import { router, staffProcedure } from '../../trpc.js';

// アクセス記録: the 監査担当 and the municipality's administrator (個人情報保護法第66条 安全管理措置).
const auditors = staffProcedure.meta({ capability: 'audit.log' });
const isoDate = z.iso.date('日付の形式が正しくありません。');
const ZFilter = z.object({
  personId: z.uuid('人物IDの形式が正しくありません。').optional(),
  actorUserId: z.uuid('利用者IDの形式が正しくありません。').optional(),
  action: z.string().regex(/^[a-z_]{1,40}$/u, '操作の指定が正しくありません。').optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const staffAuditLogRouter = router({
  options: auditors.query(({ ctx }) => auditLogOptions(ctx.tx, ctx.actor)),
  find: auditors
    .input(ZFilter.extend({ page: z.number().int().min(1).max(10_000).default(1), pageSize: z.number().int().min(1).max(200).default(50) }))
    .query(({ ctx, input }) => findAuditLog(ctx.tx, ctx.actor, input)),
  /** a mutation: producing the file is an act of its own (audited), not a cached read */
  exportCsv: auditors.input(ZFilter).mutation(({ ctx, input }) => exportAuditLog(ctx.tx, ctx.actor, input)),
});
