import { z } from 'zod';
import {
  confirmEntriesForStaff, createActivityForStaff, createPlaceForStaff, deleteActivityForStaff, deletePlaceForStaff, findPlaces, findUnconfirmed, getPlaceForStaff,
  setPlacePublished, updateActivityForStaff, updatePlaceForStaff,
} from '../../services/community/places-service.js';
import { MAX_IMPORT_BYTES, prepareStaffImport, preparedImportOf, previewHsdsImport, publishImported, runHsdsImport } from '../../services/community/hsds-import-service.js';
import { staffDirectoryExport } from '../../services/community/hsds-export-service.js';
import { refusedRowsFile } from '../../services/community/hsds-refused.js';
import { ZActivityInput, ZPlaceInput } from '../../services/community/schemas.js';
import { router, staffProcedure } from '../../trpc.js';

// 地域づくり register (SPEC §3.9): its keepers (community coordinators, coordinators, the admin) read and edit it here;
// residents see the published entries on the portal.
export const registerKeeper = staffProcedure.meta({ capability: 'register.keep' });
const ZId = z.object({ id: z.uuid('IDの形式が正しくありません。') });

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

const ZSource = z.object({ name: z.string().max(200), licence: z.string().max(100), credit: z.string().max(300), url: z.string().max(500) }).partial();
// A national file is far over the 1 MiB body limit of /api/trpc: the screen and the CLI send it to the
// plain route POST /api/directory/import (apps/server, its own 50 MiB limit), which calls these procedures.
const ZImportInput = z.object({
  format: z.enum(['json', 'csv']), target: z.enum(['places', 'windows']), content: z.string().max(MAX_IMPORT_BYTES, 'ファイルが大きすぎます（48MBまで）。'),
  source: ZSource.optional().transform((s) => (s ? { name: s.name ?? '', licence: s.licence ?? '', credit: s.credit ?? '', url: s.url ?? '' } : undefined)),
});
const ZRunInput = ZImportInput.and(z.object({ validOnly: z.boolean().default(false) }));

// The file is read, checked and routed before the transaction opens (prepare); the transaction only
// writes. Its rows are checked one by one (a bidi control is reported per row). An input the schema
// refuses is left to the procedure's own input check, which answers with its message.
const fileUpload = {
  fileFields: ['content'],
  transactionTimeoutMs: 5 * 60_000,
  prepare: async (raw: unknown, { deps, actor }: { deps: { db: Parameters<typeof prepareStaffImport>[0]; now: () => Date }; actor: { municipalityCode: string } }) => {
    const input = ZImportInput.safeParse(raw);
    return input.success ? prepareStaffImport(deps.db, deps.now(), actor, input.data) : undefined;
  },
};

export const staffDirectoryRouter = router({
  /** published entries not confirmed for 180 days */
  findUnconfirmed: registerKeeper.query(({ ctx }) => findUnconfirmed(ctx.tx, ctx.actor, ctx.deps.now())),
  confirm: registerKeeper
    .input(z.object({ places: z.array(z.uuid()).max(1000).default([]), activities: z.array(z.uuid()).max(1000).default([]), windows: z.array(z.uuid()).max(1000).default([]) }))
    .mutation(({ ctx, input }) => confirmEntriesForStaff(ctx.tx, ctx.actor, input, ctx.deps.now())),
  /** HSDS 3.0 import, step 1: validation and routing per row, nothing written */
  previewImport: registerKeeper.meta(fileUpload).input(ZImportInput).mutation(({ ctx }) => previewHsdsImport(preparedImportOf(ctx.prepared))),
  /** step 2: in the request's one transaction; with validOnly the refused rows are left out (and listed) */
  import: registerKeeper.meta(fileUpload).input(ZRunInput).mutation(({ ctx, input }) => runHsdsImport(ctx.tx, ctx.actor, preparedImportOf(ctx.prepared), { validOnly: input.validOnly })),
  /** the refused rows and the rows of other municipalities, as uploaded with the reason beside each: served as a file by POST /api/directory/import?mode=refused */
  refusedRows: registerKeeper.meta(fileUpload).input(ZImportInput).mutation(({ ctx, input }) => refusedRowsFile(input.format, preparedImportOf(ctx.prepared))),
  /** 一括公開: the imported windows, or places with their activities, not yet published (or those named) */
  publishImported: registerKeeper
    .input(z.object({ ids: z.array(z.uuid()).max(50_000).optional(), target: z.enum(['windows', 'places']).default('windows') }))
    .mutation(({ ctx, input }) => publishImported(ctx.tx, ctx.actor, input.ids ?? 'all-imported', input.target)),
  /** the whole directory (published or not) as HSDS 3.0; served as a plain download by GET /api/directory/export.json */
  exportHsds: registerKeeper.query(({ ctx }) => staffDirectoryExport(ctx.tx, ctx.actor, ctx.deps.now())),
});
