import { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../scope.js';
import type { ActivityData, PlaceData } from './places.js';

// The HSDS import's writes of places and activities (ADR 0020, 0029), and the source-id lookup shared
// with windows. One INSERT … SELECT FROM json_populate_recordset (or UPDATE … FROM it) per table and
// batch: createMany through the ORM cost ~2 ms a row here (STACK.md "Cost of the ORM"); this is one
// statement for thousands of rows. Row-level security still checks every row (WITH CHECK on the tenant).

/** A place of an import, with the municipality it was routed to and the id chosen by the caller. */
export type ImportPlaceRow = PlaceData & { id: string; municipalityCode: string };
/** An activity of an import; placeId names a place of the same import or one already there. */
export type ImportActivityRow = ActivityData & { id: string; placeId: string; municipalityCode: string };

const sourceDefaults = { sourceName: '', sourceLicence: '', sourceCredit: '', sourceUrl: '' };

/** Rows as the JSON that json_populate_recordset reads: columns the row leaves out get their defaults here (a missing key is NULL there). */
export const importRecordset = <T extends { lastConfirmedAt: Date; sourceId?: string | null }>(rows: T[]): string => {
  const now = new Date().toISOString();
  return JSON.stringify(rows.map((r) => ({ ...sourceDefaults, ...r, createdAt: now, updatedAt: now, lastConfirmedAt: r.lastConfirmedAt.toISOString().slice(0, 10), sourceId: r.sourceId ?? null })));
};

export async function insertPlaceBatch(tx: Tx, rows: ImportPlaceRow[]): Promise<number> {
  if (!rows.length) return 0;
  return tx.$executeRaw`INSERT INTO "CommunityPlace" SELECT * FROM json_populate_recordset(NULL::"CommunityPlace", ${importRecordset(rows)}::json)`;
}

export async function insertActivityBatch(tx: Tx, rows: ImportActivityRow[]): Promise<number> {
  if (!rows.length) return 0;
  return tx.$executeRaw`INSERT INTO "CommunityActivity" SELECT * FROM json_populate_recordset(NULL::"CommunityActivity", ${importRecordset(rows)}::json)`;
}

/**
 * Re-import: the columns the import sets, replaced in one statement. Published, the kana (the import
 * has none), 料金 in yen, accessibility, the funding part and the source id stay; the sort key follows
 * a changed name only.
 */
export async function updatePlaceBatch(tx: Tx, rows: ImportPlaceRow[]): Promise<number> {
  if (!rows.length) return 0;
  return tx.$executeRaw`UPDATE "CommunityPlace" p SET "kanaKey" = CASE WHEN p."name" = r."name" THEN p."kanaKey" ELSE r."kanaKey" END, "name" = r."name", "kind" = r."kind",
    "description" = r."description", "organiserName" = r."organiserName", "audiences" = r."audiences", "feeNote" = r."feeNote", "postalCode" = r."postalCode", "address" = r."address",
    "lat" = r."lat", "lng" = r."lng", "phone" = r."phone", "email" = r."email", "url" = r."url", "area" = r."area", "lastConfirmedAt" = r."lastConfirmedAt",
    "sourceName" = r."sourceName", "sourceLicence" = r."sourceLicence", "sourceCredit" = r."sourceCredit", "sourceUrl" = r."sourceUrl", "updatedAt" = r."updatedAt"
    FROM json_populate_recordset(NULL::"CommunityPlace", ${importRecordset(rows)}::json) r WHERE p."id" = r."id" AND p."municipalityCode" = r."municipalityCode"`;
}

/** Re-import of activities: as places; the organiser (not in the import) and 料金 in yen stay. */
export async function updateActivityBatch(tx: Tx, rows: ImportActivityRow[]): Promise<number> {
  if (!rows.length) return 0;
  return tx.$executeRaw`UPDATE "CommunityActivity" a SET "placeId" = r."placeId", "name" = r."name", "description" = r."description", "audiences" = r."audiences",
    "audienceNote" = r."audienceNote", "schedule" = r."schedule", "feeNote" = r."feeNote", "lastConfirmedAt" = r."lastConfirmedAt",
    "sourceName" = r."sourceName", "sourceLicence" = r."sourceLicence", "sourceCredit" = r."sourceCredit", "sourceUrl" = r."sourceUrl", "updatedAt" = r."updatedAt"
    FROM json_populate_recordset(NULL::"CommunityActivity", ${importRecordset(rows)}::json) r WHERE a."id" = r."id" AND a."municipalityCode" = r."municipalityCode"`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const tables = { window: 'ConsultationWindow', place: 'CommunityPlace', activity: 'CommunityActivity' } as const;
export type DirectoryTable = keyof typeof tables;

/**
 * The rows a source already gave (key: municipality code + TAB + source id → row id), for re-import;
 * an id of our own export (a row's id) finds that row.
 */
export async function idsBySource(tx: Tx, table: DirectoryTable, keys: { municipalityCode: string; sourceId: string }[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const codes = [...new Set(keys.map((k) => k.municipalityCode))];
  const sourceIds = [...new Set(keys.map((k) => k.sourceId))];
  for (let i = 0; i < sourceIds.length; i += 5000) {
    const part = sourceIds.slice(i, i + 5000);
    const ids = part.filter((s) => UUID.test(s));
    const rows = await tx.$queryRaw<{ id: string; sourceId: string | null; municipalityCode: string }[]>`
      SELECT "id"::text AS "id", "sourceId", "municipalityCode"::text AS "municipalityCode" FROM ${Prisma.raw(`"${tables[table]}"`)}
      WHERE "municipalityCode" = ANY(${codes}::bpchar[]) AND ("sourceId" = ANY(${part}::text[]) OR "id" = ANY(${ids}::uuid[]))`;
    for (const r of rows) if (r.sourceId) found.set(`${r.municipalityCode}\t${r.sourceId}`, r.id);
    const inPart = new Set(part);
    for (const r of rows) if (!found.has(`${r.municipalityCode}\t${r.id}`) && inPart.has(r.id)) found.set(`${r.municipalityCode}\t${r.id}`, r.id);
  }
  return found;
}

/** Bulk publish of this municipality's windows, or places with their activities: the rows named, or none named = every imported one. */
export async function setImportedPublished(tx: Tx, municipalityCode: string, ids: string[] | 'all-imported', target: 'places' | 'windows'): Promise<number> {
  const where = ids === 'all-imported' ? { municipalityCode, sourceId: { not: null } } : { municipalityCode, id: { in: ids } };
  const data = { published: true };
  if (target === 'windows') return (await tx.consultationWindow.updateMany({ where, data })).count;
  const places = await tx.communityPlace.updateMany({ where, data });
  const activities = await tx.communityActivity.updateMany({ where, data });
  return places.count + activities.count;
}
