import { z } from 'zod';
import { addMember, mergeHouseholds, moveMembers, separateMembers, setPrimaryPerson, setRelation } from '../../services/casework/household-members-service.js';
import { householdShape } from '../../services/casework/household-view-service.js';
import { ZAddMember, ZMergeHouseholds, ZMoveMembers, ZSeparateMembers, ZSetPrimary, ZSetRelation } from '../../services/casework/schemas.js';
import { router, staffProcedure } from '../../trpc.js';

const editor = staffProcedure.meta({ capability: 'household.edit' });

/** 世帯員の追加・分離・移動・世帯統合, 続柄 and 主たる相談者 (issue #10). */
export const staffHouseholdMemberRouter = router({
  shape: staffProcedure
    .meta({ capability: 'person.read' })
    .input(z.object({ householdId: z.uuid('世帯IDの形式が正しくありません。') }))
    .query(({ ctx, input }) => householdShape(ctx.tx, ctx.actor, input.householdId, ctx.deps.now())),
  add: editor.input(ZAddMember).mutation(({ ctx, input }) => addMember(ctx.tx, ctx.actor, input, ctx.deps.now())),
  separate: editor.input(ZSeparateMembers).mutation(({ ctx, input }) => separateMembers(ctx.tx, ctx.actor, input, ctx.deps.now())),
  move: editor.input(ZMoveMembers).mutation(({ ctx, input }) => moveMembers(ctx.tx, ctx.actor, input, ctx.deps.now())),
  merge: staffProcedure.meta({ capability: 'persons.merge' }).input(ZMergeHouseholds).mutation(({ ctx, input }) => mergeHouseholds(ctx.tx, ctx.actor, input, ctx.deps.now())),
  setRelation: editor.input(ZSetRelation).mutation(({ ctx, input }) => setRelation(ctx.tx, ctx.actor, input, ctx.deps.now())),
  setPrimary: editor.input(ZSetPrimary).mutation(({ ctx, input }) => setPrimaryPerson(ctx.tx, ctx.actor, input, ctx.deps.now())),
});
