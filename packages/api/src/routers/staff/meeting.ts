import { z } from 'zod';
import { ZAttendance, ZJointBodyId, ZMeetingDecision, ZPlanRole } from '@kasane/domain';
import { addAgendaItem, addGuest, addMember, createMeeting, decide, findMeetings, getMeeting, getMeetingOptions, noteGuestUndertaking, recordAttendance, recordMinutes, signUndertaking } from '../../services/meeting-service.js';
import { router, staffProcedure } from '../../trpc.js';
import { instant, isoDate } from '../../validation/zod-helpers.js';

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
        outreachSubjectId: id('アウトリーチ対象者ID').optional(),
        description: z.string().trim().max(1000, '1000文字以内で入力してください。').optional(),
        notes: z.string().trim().max(4000, '4000文字以内で入力してください。').optional(),
      }),
    )
    .mutation(({ ctx, input }) => addAgendaItem(ctx.tx, ctx.actor, input, ctx.deps.now())),
  recordMinutes: attendee
    .input(z.object({ meetingId: id('会議ID'), expectedVersion: z.number().int().min(1), minutes: z.string().trim().min(1, '議事録を入力してください。').max(20000) }))
    .mutation(({ ctx, input }) => recordMinutes(ctx.tx, ctx.actor, input, ctx.deps.now())),
  addGuest: attendee
    .input(
      z.object({
        meetingId: id('会議ID'),
        name: z.string().trim().min(1, '氏名を入力してください。').max(60, '氏名は60文字以内で入力してください。'),
        organisationName: z.string().trim().min(1, '所属を入力してください。').max(100, '所属は100文字以内で入力してください。'),
        roleNote: z.string().trim().max(100, '役割は100文字以内で入力してください。').optional(),
        undertakingOnPaperOn: isoDate('誓約書を受け取った日').optional(),
      }),
    )
    .mutation(({ ctx, input }) => addGuest(ctx.tx, ctx.actor, input, ctx.deps.now())),
  noteGuestUndertaking: attendee
    .input(z.object({ meetingId: id('会議ID'), guestId: id('出席者ID'), on: isoDate('誓約書を受け取った日') }))
    .mutation(({ ctx, input }) => noteGuestUndertaking(ctx.tx, ctx.actor, input, ctx.deps.now())),
  recordAttendance: organiser
    .input(
      z.object({
        meetingId: id('会議ID'),
        members: z.array(z.object({ userId: id('職員ID'), attendance: ZAttendance })).max(100),
        guests: z.array(z.object({ guestId: id('出席者ID'), attendance: ZAttendance })).max(100),
      }),
    )
    .mutation(({ ctx, input }) => recordAttendance(ctx.tx, ctx.actor, input, ctx.deps.now())),
  decide: organiser
    .input(
      z.object({
        meetingId: id('会議ID'),
        agendaItemId: id('議題ID'),
        decision: ZMeetingDecision,
        // absent for a subject that is not a case (支援会議, ADR 0034)
        expectedCaseVersion: z.number().int().min(1).optional(),
        note: z.string().trim().max(4000).optional(),
        roles: z.array(ZPlanRole).max(20).optional(),
      }),
    )
    .mutation(({ ctx, input }) => decide(ctx.tx, ctx.actor, input, ctx.deps.now())),
});
