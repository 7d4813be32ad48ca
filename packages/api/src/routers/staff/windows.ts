import { z } from 'zod';
import { createWindowForStaff, deleteWindowForStaff, findWindowsForStaff, getWindowForStaff, updateWindowForStaff } from '../../services/community/windows-service.js';
import { ZWindowInput } from '../../services/community/schemas.js';
import { requireRole, router, staffProcedure } from '../../trpc.js';
import { communityEditors } from './places.js';

const editor = staffProcedure.use(requireRole(...communityEditors));

export const staffWindowRouter = router({
  find: staffProcedure.query(({ ctx }) => findWindowsForStaff(ctx.tx, ctx.actor)),
  get: staffProcedure.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => getWindowForStaff(ctx.tx, ctx.actor, input.id)),
  create: editor.input(ZWindowInput).mutation(({ ctx, input }) => createWindowForStaff(ctx.tx, ctx.actor, input, ctx.deps.now())),
  update: editor.input(z.object({ id: z.uuid(), data: ZWindowInput })).mutation(({ ctx, input }) => updateWindowForStaff(ctx.tx, ctx.actor, input.id, input.data, ctx.deps.now())),
  delete: editor.input(z.object({ id: z.uuid() })).mutation(({ ctx, input }) => deleteWindowForStaff(ctx.tx, ctx.actor, input.id)),
});
