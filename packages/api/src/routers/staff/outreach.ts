import { z } from 'zod';
import { ZConsentMethod, ZIssueId, ZOutreachMethod, ZOutreachOutcome, ZOutreachStage, ZPurpose } from '@kasane/domain';
import { addContact, convertToCase, createOutreach, findOutreach, getOutreach } from '../../services/outreach-service.js';
import { router, staffProcedure } from '../../trpc.js';
import { instant, isoDate } from '../../validation/zod-helpers.js';

const reader = staffProcedure.meta({ capability: 'outreach.read' });
const worker = staffProcedure.meta({ capability: 'outreach.work' });

const id = (what: string) => z.uuid(`${what}の形式が正しくありません。`);
const required = (label: string, max: number) => z.string().trim().min(1, `${label}を入力してください。`).max(max, `${label}は${max}文字以内で入力してください。`);
const kana = (label: string) => required(label, 50).regex(/^[\p{Script=Katakana}ー・\s]+$/u, `${label}はカタカナで入力してください。`);

export const staffOutreachRouter = router({
  find: reader.query(({ ctx }) => findOutreach(ctx.tx, ctx.actor)),
  get: reader.input(z.object({ id: id('記録ID') })).query(({ ctx, input }) => getOutreach(ctx.tx, ctx.actor, input.id)),
  create: worker
    .input(z.object({ label: required('呼び名', 200), areaNote: z.string().trim().max(500).optional(), referredBy: z.string().trim().max(200).optional() }))
    .mutation(({ ctx, input }) => createOutreach(ctx.tx, ctx.actor, input)),
  addContact: worker
    .input(
      z.object({
        id: id('記録ID'),
        expectedVersion: z.number().int().min(1),
        method: ZOutreachMethod,
        outcome: ZOutreachOutcome,
        stageAfter: ZOutreachStage,
        contactedAt: instant({ coerce: true, message: '日時を入力してください。' }),
        note: z.string().trim().max(4000).optional(),
      }),
    )
    .mutation(({ ctx, input }) => addContact(ctx.tx, ctx.actor, input)),
  convertToCase: worker
    .input(
      z.object({
        id: id('記録ID'),
        expectedVersion: z.number().int().min(1),
        person: z.object({
          familyName: required('姓', 50),
          givenName: required('名', 50),
          familyNameKana: kana('セイ'),
          givenNameKana: kana('メイ'),
          birthDate: isoDate('生年月日は YYYY-MM-DD の形で入力してください。').optional(),
          address: required('住所', 200),
        }),
        consent: z.object({ method: ZConsentMethod, organisationIds: z.array(id('機関ID')).min(1, '共有先の機関を選んでください。'), purposes: z.array(ZPurpose).min(1, '利用目的を選んでください。') }),
        coordinatorOrganisationId: id('機関ID'),
        issueIds: z.array(ZIssueId).max(30),
      }),
    )
    .mutation(({ ctx, input }) => convertToCase(ctx.tx, ctx.actor, input, ctx.deps.now())),
});
