import { z } from 'zod';
import { createWindowForStaff, deleteWindowForStaff, findWindowsForStaff, getWindowForStaff, updateWindowForStaff } from '../../services/community/windows-service.js';
import { ZWindowInput } from '../../services/community/schemas.js';
import { router } from '../../trpc.js';
import { registerKeeper } from './places.js';

export const staffWindowRouter = router({
  find: registerKeeper.query(({ ctx }) => findWindowsForStaff(ctx.tx, ctx.actor)),
  get: registerKeeper.input(z.object({ id: z.uuid() })).query(({ ctx, input }) => getWindowForStaff(ctx.tx, ctx.actor, input.id)),
  create: registerKeeper.input(ZWindowInput).mutation(({ ctx, input }) => createWindowForStaff(ctx.tx, ctx.actor, input, ctx.deps.now())),
  update: registerKeeper.input(z.object({ id: z.uuid(), data: ZWindowInput })).mutation(({ ctx, input }) => updateWindowForStaff(ctx.tx, ctx.actor, input.id, input.data, ctx.deps.now())),
  delete: registerKeeper.input(z.object({ id: z.uuid() })).mutation(({ ctx, input }) => deleteWindowForStaff(ctx.tx, ctx.actor, input.id)),
});
