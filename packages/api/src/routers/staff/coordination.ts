import { z } from 'zod';
import { ZClosureReason, ZIssueId, ZSupportPlanDraft } from '@kasane/domain';
import {
  addProgressNote,
  advanceCase,
  draftPlan,
  findCoordinationCases,
  getCoordinationCaseView,
  handOver,
  recordAssessment,
  referToCoordination,
  reopenCase,
  simpleEvents,
  updatePlan,
} from '../../services/coordination-service.js';
import { router, staffProcedure } from '../../trpc.js';
import { isoDate } from '../../validation/zod-helpers.js';

const reader = staffProcedure.meta({ capability: 'coordination.read' });
const worker = staffProcedure.meta({ capability: 'coordination.work' });

const id = (what: string) => z.uuid(`${what}の形式が正しくありません。`);
const ref = { caseId: id('ケースID'), expectedVersion: z.number().int().min(1) };
const text = (label: string, max: number) => z.string().trim().min(1, `${label}を入力してください。`).max(max, `${label}は${max}文字以内で入力してください。`);

export const staffCoordinationRouter = router({
  find: reader.query(({ ctx }) => findCoordinationCases(ctx.tx, ctx.actor, ctx.deps.now())),
  get: reader.input(z.object({ caseId: id('ケースID') })).query(({ ctx, input }) => getCoordinationCaseView(ctx.tx, ctx.actor, input.caseId, ctx.deps.now())),
  referToCoordination: worker
    .input(z.object({ ...ref, coordinatorOrganisationId: id('機関ID') }))
    .mutation(({ ctx, input }) => referToCoordination(ctx.tx, ctx.actor, input, ctx.deps.now())),
  advance: worker
    .input(
      z.object({
        ...ref,
        event: z.enum(simpleEvents),
        note: z.string().trim().max(2000, '2000文字以内で入力してください。').optional(),
        /** 支援決定: the day the municipality decided */
        decidedOn: isoDate('支援決定日').optional(),
        /** 終結: required for `close` (終結理由 and the day) */
        closure: z.object({ reason: ZClosureReason, reasonText: text('終結理由', 2000), closedOn: isoDate('終結日') }).optional(),
      }),
    )
    .mutation(({ ctx, input }) => advanceCase(ctx.tx, ctx.actor, input, ctx.deps.now())),
  recordAssessment: worker
    .input(z.object({ caseId: id('ケースID'), summary: text('アセスメントの内容', 4000), issueIds: z.array(ZIssueId).max(30), strengths: z.string().trim().max(2000).optional() }))
    .mutation(({ ctx, input }) => recordAssessment(ctx.tx, ctx.actor, input, ctx.deps.now())),
  draftPlan: worker.input(z.object({ ...ref, plan: ZSupportPlanDraft })).mutation(({ ctx, input }) => draftPlan(ctx.tx, ctx.actor, input, ctx.deps.now())),
  updatePlan: worker.input(z.object({ ...ref, plan: ZSupportPlanDraft })).mutation(({ ctx, input }) => updatePlan(ctx.tx, ctx.actor, input, ctx.deps.now())),
  addProgressNote: worker
    .input(z.object({ caseId: id('ケースID'), body: text('支援経過', 4000) }))
    .mutation(({ ctx, input }) => addProgressNote(ctx.tx, ctx.actor, input, ctx.deps.now())),
  handOver: worker
    .input(z.object({ ...ref, leadOrganisationId: id('機関ID'), note: z.string().trim().max(2000).optional() }))
    .mutation(({ ctx, input }) => handOver(ctx.tx, ctx.actor, input, ctx.deps.now())),
  reopen: worker.input(z.object({ ...ref, reason: text('再開する理由', 2000) })).mutation(({ ctx, input }) => reopenCase(ctx.tx, ctx.actor, input, ctx.deps.now())),
});
