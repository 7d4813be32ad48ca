import { z } from 'zod';
import { ZPartId } from '@kasane/domain';
import { ZFiscalYear } from '../../services/backoffice/fiscal-period.js';
import {
  addDeliveryForStaff, copyPreviousYearForStaff, getStructureForStaff, removeDeliveryForStaff, saveProfileForStaff, updateDeliveryForStaff,
} from '../../services/backoffice/structure-service.js';
import { router, staffProcedure } from '../../trpc.js';

// 体制 (issue #11 item 1): the administrator keeps it, the coordinator reads it.
const manage = staffProcedure.meta({ capability: 'structure.manage' });
const ZYear = z.object({ fiscalYear: ZFiscalYear });
const ZIsoDate = z.iso.date('日付は YYYY-MM-DD の形で入力してください。');
const ZStaffCount = z.number().int().min(0, '0以上の人数を入力してください。').max(9999);
const ZDeliveryInput = z.object({
  partId: ZPartId,
  mode: z.enum(['direct', 'entrusted']),
  organisationId: z.uuid('機関の指定が正しくありません。').nullable(),
  contractFrom: ZIsoDate.nullable(),
  contractTo: ZIsoDate.nullable(),
  dedicatedStaff: ZStaffCount,
  concurrentStaff: ZStaffCount,
  qualifications: z.array(z.string().max(50)).max(20),
});
const text = (max: number) => z.string().max(max, `${max}文字以内で入力してください。`);
const ZProfile = z.object({
  population: z.number().int().min(0).max(99_999_999).nullable(),
  lead: text(2000),
  coordinators: text(2000),
  participationApproach: text(2000),
  communityApproach: text(2000),
  notes: text(4000),
  contactName: text(100),
  contactPhone: text(30),
  contactEmail: z.union([z.literal(''), z.email('メールアドレスの形式が正しくありません。').max(200)]),
});

export const staffStructureRouter = router({
  get: staffProcedure.meta({ capability: 'backoffice.read' }).input(ZYear).query(({ ctx, input }) => getStructureForStaff(ctx.tx, ctx.actor, input.fiscalYear)),
  addDelivery: manage.input(ZYear.extend({ data: ZDeliveryInput })).mutation(({ ctx, input }) => addDeliveryForStaff(ctx.tx, ctx.actor, input.fiscalYear, input.data)),
  updateDelivery: manage.input(z.object({ id: z.uuid(), data: ZDeliveryInput })).mutation(({ ctx, input }) => updateDeliveryForStaff(ctx.tx, ctx.actor, input.id, input.data, ctx.deps.now())),
  deleteDelivery: manage.input(z.object({ id: z.uuid() })).mutation(({ ctx, input }) => removeDeliveryForStaff(ctx.tx, ctx.actor, input.id)),
  copyPreviousYear: manage.input(ZYear).mutation(({ ctx, input }) => copyPreviousYearForStaff(ctx.tx, ctx.actor, input.fiscalYear)),
  saveProfile: manage.input(ZYear.extend({ data: ZProfile })).mutation(({ ctx, input }) => saveProfileForStaff(ctx.tx, ctx.actor, input.fiscalYear, input.data, ctx.deps.now())),
});
