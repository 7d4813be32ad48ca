import { z } from 'zod';
import {
  addMeetingTypePresets, createMeetingTypeForStaff, deleteMeetingTypeForStaff, listMeetingTypesForStaff, setMeetingTypeRetiredForStaff, updateMeetingTypeForStaff,
} from '../../services/meeting-type-service.js';
import { router, staffProcedure } from '../../trpc.js';

// SPEC §4 (seed 003): the municipality decides its own meeting types, so its administrator changes them;
// everyone of the municipality reads them (the meeting screens name each meeting's type).
const admin = staffProcedure.meta({ capability: 'meetingTypes.edit' });
const ZId = z.object({ id: z.uuid('会議の種類の形式が正しくありません。') });
// Only the shape here: the lengths, the kind and the uniqueness are the domain's, refused per field.
const ZDraft = z.object({
  name: z.string().max(1000),
  kind: z.string().max(50),
  frequency: z.string().max(1000).nullish(),
  note: z.string().max(10000).nullish(),
});

export const staffMeetingTypeRouter = router({
  list: staffProcedure.meta({ capability: 'meetings.attend' }).query(({ ctx }) => listMeetingTypesForStaff(ctx.tx, ctx.actor)),
  create: admin.input(ZDraft).mutation(({ ctx, input }) => createMeetingTypeForStaff(ctx.tx, ctx.actor, input)),
  update: admin.input(ZId.extend({ data: ZDraft })).mutation(({ ctx, input }) => updateMeetingTypeForStaff(ctx.tx, ctx.actor, input.id, input.data)),
  retire: admin.input(ZId).mutation(({ ctx, input }) => setMeetingTypeRetiredForStaff(ctx.tx, ctx.actor, input.id, true, ctx.deps.now())),
  restore: admin.input(ZId).mutation(({ ctx, input }) => setMeetingTypeRetiredForStaff(ctx.tx, ctx.actor, input.id, false, ctx.deps.now())),
  delete: admin.input(ZId).mutation(({ ctx, input }) => deleteMeetingTypeForStaff(ctx.tx, ctx.actor, input.id)),
  addPresets: admin.mutation(({ ctx }) => addMeetingTypePresets(ctx.tx, ctx.actor)),
});
