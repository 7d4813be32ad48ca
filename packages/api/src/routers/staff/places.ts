import { z } from 'zod';
import {
  confirmEntriesForStaff, createActivityForStaff, createPlaceForStaff, deleteActivityForStaff, deletePlaceForStaff, findPlaces, findUnconfirmed, getPlaceForStaff,
  setPlacePublished, updateActivityForStaff, updatePlaceForStaff,
} from '../../services/community/places-service.js';
import { parseHsdsImport, previewHsdsImport, runHsdsImport } from '../../services/community/hsds-import-service.js';
import { ZActivityInput, ZPlaceInput } from '../../services/community/schemas.js';
import { router, staffProcedure } from '../../trpc.js';

// 地域づくり register (SPEC §3.9): its keepers (community coordinators, coordinators, the admin) read and edit it here;
// residents see the published entries on the portal.
export const registerKeeper = staffProcedure.meta({ capability: 'register.keep' });
const ZId = z.object({ id: z.uuid('IDの形式が正しくありません。') });
// The file's rows are checked one by one by the import (a bidi control is reported per row).
const fileUpload = { fileFields: ['content'] };

export const staffPlaceRouter = router({
  find: registerKeeper.input(z.object({ text: z.string().max(50).optional() }).optional()).query(({ ctx, input }) => findPlaces(ctx.tx, ctx.actor, input?.text)),
  get: registerKeeper.input(ZId).query(({ ctx, input }) => getPlaceForStaff(ctx.tx, ctx.actor, input.id)),
  create: registerKeeper.input(ZPlaceInput).mutation(({ ctx, input }) => createPlaceForStaff(ctx.tx, ctx.actor, input, ctx.deps.now())),
  update: registerKeeper.input(z.object({ id: z.uuid(), data: ZPlaceInput })).mutation(({ ctx, input }) => updatePlaceForStaff(ctx.tx, ctx.actor, input.id, input.data, ctx.deps.now())),
  setPublished: registerKeeper.input(z.object({ id: z.uuid(), published: z.boolean() })).mutation(({ ctx, input }) => setPlacePublished(ctx.tx, ctx.actor, input.id, input.published)),
  delete: registerKeeper.input(ZId).mutation(({ ctx, input }) => deletePlaceForStaff(ctx.tx, ctx.actor, input.id)),
});

export const staffActivityRouter = router({
  create: registerKeeper.input(z.object({ placeId: z.uuid(), data: ZActivityInput })).mutation(({ ctx, input }) => createActivityForStaff(ctx.tx, ctx.actor, input.placeId, input.data, ctx.deps.now())),
  update: registerKeeper.input(z.object({ id: z.uuid(), data: ZActivityInput })).mutation(({ ctx, input }) => updateActivityForStaff(ctx.tx, ctx.actor, input.id, input.data, ctx.deps.now())),
  delete: registerKeeper.input(ZId).mutation(({ ctx, input }) => deleteActivityForStaff(ctx.tx, ctx.actor, input.id)),
});

const ZImportInput = z.object({ format: z.enum(['json', 'csv']), target: z.enum(['places', 'windows']), content: z.string().max(20 * 1024 * 1024, 'ファイルが大きすぎます（20MBまで）。') });
/** The preview may check a large file in parts (the screen shows 「n / N 件を確認しました」): where the part starts, and the file's rows. */
const ZPreviewInput = ZImportInput.extend({ part: z.object({ offset: z.number().int().min(0), total: z.number().int().min(1) }).optional() });

export const staffDirectoryRouter = router({
  /** published entries not confirmed for 180 days */
  findUnconfirmed: registerKeeper.query(({ ctx }) => findUnconfirmed(ctx.tx, ctx.actor, ctx.deps.now())),
  confirm: registerKeeper
    .input(z.object({ places: z.array(z.uuid()).max(1000).default([]), activities: z.array(z.uuid()).max(1000).default([]), windows: z.array(z.uuid()).max(1000).default([]) }))
    .mutation(({ ctx, input }) => confirmEntriesForStaff(ctx.tx, ctx.actor, input, ctx.deps.now())),
  /** HSDS 3.0 import, step 1: validation per row, nothing written */
  previewImport: registerKeeper.meta(fileUpload).input(ZPreviewInput).mutation(({ ctx, input }) => previewHsdsImport(parseHsdsImport(input, ctx.deps.now(), input.part))),
  /** step 2: all or nothing, in the request's one transaction */
  import: registerKeeper.meta(fileUpload).input(ZImportInput).mutation(({ ctx, input }) => runHsdsImport(ctx.tx, ctx.actor, parseHsdsImport(input, ctx.deps.now()))),
});
