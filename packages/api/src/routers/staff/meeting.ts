import { z } from 'zod';
import { ZJointBodyId, ZMeetingDecision, ZPlanRole } from '@kasane/domain';
import { addAgendaItem, addMember, createMeeting, decide, findMeetings, getMeeting, getMeetingOptions, recordMinutes, signUndertaking } from '../../services/meeting-service.js';
import { router, staffProcedure } from '../../trpc.js';
import { instant } from '../../validation/zod-helpers.js';

// Members attend the meetings they sit on (the service checks the membership); organisers set them up and decide.
const attendee = staffProcedure.meta({ capability: 'meetings.attend' });
const organiser = staffProcedure.meta({ capability: 'meetings.organise' });

const id = (what: string) => z.uuid(`${what}の形式が正しくありません。`);

export const staffMeetingRouter = router({
  options: attendee.query(({ ctx }) => getMeetingOptions(ctx.tx, ctx.actor)),
  find: attendee.query(({ ctx }) => findMeetings(ctx.tx, ctx.actor)),
  get: attendee.input(z.object({ meetingId: id('会議ID') })).query(({ ctx, input }) => getMeeting(ctx.tx, ctx.actor, input.meetingId, ctx.deps.now())),
  create: organiser
    .input(
      z.object({
        meetingTypeId: id('会議の種類'),
        title: z.string().trim().min(1, '会議名を入力してください。').max(200, '会議名は200文字以内で入力してください。'),
        scheduledAt: instant({ coerce: true, message: '日時を入力してください。' }),
        place: z.string().trim().max(200).optional(),
        jointBodyId: ZJointBodyId.optional(),
        jointNote: z.string().trim().max(1000).optional(),
      }),
    )
    .mutation(({ ctx, input }) => createMeeting(ctx.tx, ctx.actor, input)),
  addMember: organiser.input(z.object({ meetingId: id('会議ID'), userId: id('職員ID') })).mutation(({ ctx, input }) => addMember(ctx.tx, ctx.actor, input, ctx.deps.now())),
  signUndertaking: attendee.input(z.object({ meetingId: id('会議ID') })).mutation(({ ctx, input }) => signUndertaking(ctx.tx, ctx.actor, input, ctx.deps.now())),
  addAgendaItem: attendee
    .input(
      z.object({
        meetingId: id('会議ID'),
        caseId: id('ケースID').optional(),
        householdId: id('世帯ID').optional(),
        personIds: z.array(id('人物ID')).max(20).optional(),
        notes: z.string().trim().max(4000, '4000文字以内で入力してください。').optional(),
      }),
    )
    .mutation(({ ctx, input }) => addAgendaItem(ctx.tx, ctx.actor, input, ctx.deps.now())),
  recordMinutes: attendee
    .input(z.object({ meetingId: id('会議ID'), expectedVersion: z.number().int().min(1), minutes: z.string().trim().min(1, '議事録を入力してください。').max(20000) }))
    .mutation(({ ctx, input }) => recordMinutes(ctx.tx, ctx.actor, input, ctx.deps.now())),
  decide: organiser
    .input(
      z.object({
        meetingId: id('会議ID'),
        agendaItemId: id('議題ID'),
        decision: ZMeetingDecision,
        expectedCaseVersion: z.number().int().min(1),
        note: z.string().trim().max(4000).optional(),
        roles: z.array(ZPlanRole).max(20).optional(),
      }),
    )
    .mutation(({ ctx, input }) => decide(ctx.tx, ctx.actor, input, ctx.deps.now())),
});
