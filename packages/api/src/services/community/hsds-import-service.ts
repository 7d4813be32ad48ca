import { randomUUID } from 'node:crypto';
import {
  idsBySource, inScope, insertActivityBatch, insertPlaceBatch, insertWindowBatch, listMunicipalityNames, setImportedPublished, updateActivityBatch, updatePlaceBatch, updateWindowBatch,
} from '@kasane/db';
import type { Database, DirectoryTable, ImportActivityRow, ImportPlaceRow, ImportWindowRow, Tx, WindowData } from '@kasane/db';
import { ZAudience, ZPlaceKind, checkPublicText, fromHsdsSchedule, isoDateProblem, normaliseKana, toIsoDateTokyo } from '@kasane/domain';
import type { ScheduleRule } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { AppError } from '../../errors.js';
import { auditAs } from '../audit-as.js';
import { arr, attributionOf, isObj, num, readHsdsFile, str } from './hsds-read.js';
import type { Json, SourceAttribution } from './hsds-read.js';
import { MunicipalityIndex, contactsOfService, hoursOfService, municipalityOfService, normaliseAddress, schedulesOfService, topicsOfService } from './hsds-window.js';
import type { MunicipalityName } from './hsds-window.js';

// Import of windows, places and activities from Open Referral HSDS 3.0 (CC BY-SA 4.0) — docs/hsds.md,
// ADR 0020. Every row is validated first and routed to its municipality; the writes run in one
// transaction (nothing half-imported). A re-import of the same source ids updates instead of adding.

// A national file (every municipality's windows, ≈ 7,300 today) with room to grow.
export const MAX_IMPORT_ROWS = 50_000;
export const MAX_IMPORT_BYTES = 48 * 1024 * 1024;

export interface ImportRowError {
  row: number;
  id: string;
  name: string;
  messages: string[];
}

/** A row of another municipality: counted, skipped and listed (a staff user imports only their own). */
export interface ElsewhereRow {
  row: number;
  id: string;
  name: string;
  municipalityCode: string;
  municipalityName: string;
}

type ImportedWindow = WindowData & { id: string; municipalityCode: string; row: number };

/** What a file holds: windows, places with their activities, or each record by its own kind (the national CLI). */
export type ImportTarget = 'places' | 'windows' | 'by-kind';

export interface ParsedImport {
  target: ImportTarget;
  places: ImportPlaceRow[];
  activities: ImportActivityRow[];
  windows: ImportedWindow[];
  errors: ImportRowError[];
  elsewhere: ElsewhereRow[];
  rows: number;
  /** the services as uploaded and a CSV file's header (refusedRowsFile) */
  originals: Json[];
  columns: string[];
}

/** Whose rows the import takes: one municipality's (a staff user; rows naming no municipality are theirs), or every one's (the operator's CLI). */
export type ImportScope = { municipalityCode: string } | 'national';

export interface ImportInput {
  format: 'json' | 'csv';
  content: string;
  target: ImportTarget;
  /** attribution given with the upload, the default when the file and its records carry none */
  source?: SourceAttribution | undefined;
}

function textOk(value: string, max: number, label: string, messages: string[], required = false): string {
  const r = checkPublicText(value, { max, required });
  if (!r.ok) messages.push(`${label}: ${r.error.message}`);
  return value;
}

/** A record's own kind: an activity at a place (our export's `kasane_kind`, or a place kind given), else a window. */
function targetOf(target: ImportTarget, s: Json): 'places' | 'windows' {
  if (target !== 'by-kind') return target;
  return str(s.kasane_kind) === 'activity' || str(s.kasane_place_kind) ? 'places' : 'windows';
}

function kasaneList(v: unknown): string[] {
  return Array.isArray(v) ? v.map(str) : str(v).split(/[;,、]/).map((s) => s.trim()).filter(Boolean);
}

export async function loadMunicipalityIndex(tx: Tx): Promise<MunicipalityIndex> {
  return new MunicipalityIndex(await listMunicipalityNames(tx));
}

/** A staff user's file, read, checked and routed before the import's transaction opens (ProcedureMeta.prepare). */
export class PreparedImport {
  constructor(readonly parsed: ParsedImport) {}
}

/** Reads the reference list in a short transaction of its own, then the file outside any transaction. */
export async function prepareStaffImport(db: Database, now: Date, actor: { municipalityCode: string }, input: ImportInput): Promise<PreparedImport> {
  const index = await inScope(db, { kind: 'municipality', municipalityCode: actor.municipalityCode }, loadMunicipalityIndex);
  return new PreparedImport(parseHsdsImport(input, now, { municipalityCode: actor.municipalityCode }, index));
}

export function preparedImportOf(prepared: unknown): ParsedImport {
  if (prepared instanceof PreparedImport) return prepared.parsed;
  throw new AppError('INTERNAL_SERVER_ERROR', 'INTERNAL', '取り込みの準備ができていません。', undefined, new Error('file procedure without its prepare step'));
}

/** Validates and routes every row; never writes. */
export function parseHsdsImport(input: ImportInput, now: Date, scope: ImportScope, index: MunicipalityIndex): ParsedImport {
  if (input.content.length > MAX_IMPORT_BYTES) throw new AppError('BAD_REQUEST', 'VALIDATION', 'ファイルが大きすぎます（48MBまで）。');
  const file = readHsdsFile(input.format, input.content);
  if (file.services.length > MAX_IMPORT_ROWS) throw new AppError('BAD_REQUEST', 'VALIDATION', `一度に取り込めるのは${MAX_IMPORT_ROWS}件までです。`);
  const fileSource = attributionOf(input.source ?? undefined, file.source);
  const today = new Date(`${toIsoDateTokyo(now)}T00:00:00Z`);
  const out: ParsedImport = { target: input.target, places: [], activities: [], windows: [], errors: [], elsewhere: [], rows: file.services.length, originals: file.originals, columns: file.columns };
  const placeIdByLocation = new Map<string, string>();
  const seenIds = new Set<string>();
  file.services.forEach((s, index0) => {
    const row = index0 + 1;
    const messages: string[] = [];
    const name = textOk(str(s.name), 100, '名称', messages, true);
    const found = municipalityOfService(s, index);
    if (scope !== 'national' && found && found.code !== scope.municipalityCode) {
      out.elsewhere.push({ row, id: str(s.id), name: name.slice(0, 100), municipalityCode: found.code, municipalityName: found.name });
      return;
    }
    const municipality: MunicipalityName | undefined = scope === 'national' ? found : (index.get(scope.municipalityCode) ?? found);
    if (scope === 'national' && !municipality) messages.push('市区町村が分かりません（kasane_municipality_code・service_areas・住所のどれにもありません）。');
    if (scope === 'national' && municipality && !index.get(municipality.code)) messages.push(`市区町村コードが見つかりません: ${municipality.code}`);
    const sourceId = str(s.kasane_source_id) || str(s.id) || null;
    if (sourceId && seenIds.has(sourceId)) messages.push(`同じ id の行がファイルの中に2つあります: ${sourceId}`);
    if (sourceId) seenIds.add(sourceId);
    const description = textOk(str(s.description), 2000, '説明', messages);
    const feeNote = textOk(str(s.fees_description), 200, '費用', messages);
    const sal = arr(s.service_at_locations)[0];
    const loc = isObj(sal?.location) ? sal.location : undefined;
    const address = arr(loc?.addresses)[0];
    const lat = num(loc?.latitude);
    const lng = num(loc?.longitude);
    if ((lat !== null && (lat < 20 || lat > 46)) || (lng !== null && (lng < 122 || lng > 154))) messages.push('緯度・経度が日本の範囲外です。');
    const confirmed = str(s.kasane_last_confirmed) || str(s.last_modified).slice(0, 10) || str(s.assured_date);
    const lastConfirmedAt = isoDateProblem(confirmed.slice(0, 10)) === null ? new Date(`${confirmed.slice(0, 10)}T00:00:00Z`) : today;
    const { phones, contacts } = contactsOfService(s);
    const phone = phones[0]?.number ?? '';
    if (phone && !/^[0-9()+\- ]{1,20}$/.test(phone)) messages.push(`電話番号が読めません: ${phone}`);
    const url = str(s.url).trim();
    if (url && !/^https?:\/\/\S+$/.test(url)) messages.push(`URLが読めません: ${url}`);
    const addressText = normaliseAddress(address, municipality);
    const source = attributionOf(s.kasane_source, fileSource);
    const credit = { sourceName: source.name, sourceLicence: source.licence, sourceCredit: source.credit, sourceUrl: source.url };
    if (targetOf(input.target, s) === 'windows') {
      const hours = hoursOfService(schedulesOfService(s), messages);
      textOk(hours.text ?? '', 1000, '受付時間', messages);
      if (messages.length) return void out.errors.push({ row, id: str(s.id), name: name.slice(0, 100), messages });
      const { topics, sourceTopics } = topicsOfService(s);
      const organisation = isObj(s.organization) ? str(s.organization.name) : '';
      out.windows.push({
        id: randomUUID(), row, municipalityCode: municipality?.code ?? '', sourceId, published: false, lastConfirmedAt, organisationId: null, name, kana: '', hours, phone, fax: '',
        email: str(s.email) || contacts.find((c) => c.email)?.email || '', postalCode: str(address?.postal_code), address: addressText, lat, lng,
        languages: arr(s.languages).map((l) => str(l.code)).filter(Boolean), topics, note: description, url, plainName: str(s.alternate_name).slice(0, 100),
        department: (contacts.find((c) => c.department)?.department ?? (organisation && organisation !== municipality?.name ? organisation : '')).slice(0, 100),
        contacts: { phones, contacts }, sourceTopics, ...credit,
      });
      return;
    }
    const audiences = kasaneList(s.kasane_audiences);
    for (const a of audiences) if (!ZAudience.safeParse(a).success) messages.push(`対象 (kasane_audiences) が読めません: ${a}`);
    const rules = activityRules(s, messages);
    if (messages.length) return void out.errors.push({ row, id: str(s.id), name: name.slice(0, 100), messages });
    const municipalityCode = municipality?.code ?? '';
    const common = { municipalityCode, sourceId, published: false, lastConfirmedAt, ...credit };
    const locationId = str(loc?.kasane_source_id) || str(loc?.id);
    const locKey = `${municipalityCode}\t${locationId || `${str(loc?.name)}|${addressText}`}`;
    let placeId = placeIdByLocation.get(locKey);
    if (!placeId) {
      placeId = randomUUID();
      placeIdByLocation.set(locKey, placeId);
      const kind = ZPlaceKind.safeParse(str(s.kasane_place_kind)).success ? str(s.kasane_place_kind) : 'other';
      const placeName = str(loc?.name) || name;
      // the export names the municipality as the organiser of a place that has none of its own
      const organiser = str(isObj(s.organization) ? s.organization.name : '');
      const placeSource = attributionOf(loc?.kasane_source, source);
      out.places.push({
        id: placeId, ...common, sourceName: placeSource.name, sourceLicence: placeSource.licence, sourceCredit: placeSource.credit, sourceUrl: placeSource.url, sourceId: locationId || null, name: placeName.slice(0, 100), kana: '', kanaKey: normaliseKana(placeName), kind, description: str(loc?.description).slice(0, 2000),
        organiserName: (organiser === municipality?.name ? '' : organiser).slice(0, 100), organisationId: null, partId: null, audiences, accessibility: [], feeYen: null, feeNote,
        postalCode: str(address?.postal_code), address: addressText, lat, lng, phone, email: str(s.email), url, area: str(loc?.kasane_area).slice(0, 100),
      });
    }
    out.activities.push({ id: randomUUID(), ...common, placeId, name, description, organiserName: '', partId: null, audiences, audienceNote: str(s.eligibility_description).slice(0, 300), schedule: rules, feeYen: null, feeNote });
  });
  return out;
}

/** An activity's schedule rules (places target): the structured schedules, each once; text-only ones have no rule. */
function activityRules(s: Json, messages: string[]): ScheduleRule[] {
  return schedulesOfService(s).flatMap((sch, i) => {
    if (!str(sch.freq) && !str(sch.byday) && !str(sch.dtstart) && !str(sch.opens_at)) return [];
    const r = fromHsdsSchedule(sch);
    if (r.ok) return [r.value];
    messages.push(`スケジュール${i + 1}: ${r.error.message}`);
    return [];
  });
}

export function previewHsdsImport(parsed: ParsedImport) {
  const kept = parsed.windows.length + parsed.activities.length;
  return {
    rows: parsed.rows,
    valid: kept,
    errors: parsed.errors.slice(0, 500),
    errorCount: parsed.errors.length,
    elsewhere: parsed.elsewhere.slice(0, 500),
    elsewhereCount: parsed.elsewhere.length,
    elsewhereMunicipalities: new Set(parsed.elsewhere.map((e) => e.municipalityCode)).size,
    sample: (parsed.target === 'windows' ? parsed.windows.map((w) => ({ name: w.name, address: w.address, hours: w.hours })) : parsed.places.map((p) => ({ name: p.name, address: p.address, hours: null }))).slice(0, 20),
    counts: { places: parsed.places.length, activities: parsed.activities.length, windows: parsed.windows.length },
  };
}

export interface RunOptions {
  /** import the valid rows and leave the refused ones (listed, downloadable) — otherwise any error refuses the file */
  validOnly: boolean;
  /** publish what is imported (the operator's national load of municipalities not using Kasane, ADR 0020) */
  publishCodes?: ReadonlySet<string>;
}

type Routed = { id: string; municipalityCode: string; sourceId?: string | null | undefined; published: boolean };

/**
 * Rows whose source id is already there (in their municipality) update that row and take its id;
 * the others are inserted, published where the operator publishes national data. `ids` maps each
 * row's new id to the id it is written under.
 */
async function splitBySource<T extends Routed>(tx: Tx, table: DirectoryTable, rows: T[], publishCodes: ReadonlySet<string>) {
  const existing = await idsBySource(tx, table, rows.flatMap((r) => (r.sourceId ? [{ municipalityCode: r.municipalityCode, sourceId: r.sourceId }] : [])));
  const toUpdate: T[] = [];
  const toInsert: T[] = [];
  const ids = new Map<string, string>();
  for (const r of rows) {
    const known = r.sourceId ? existing.get(`${r.municipalityCode}\t${r.sourceId}`) : undefined;
    ids.set(r.id, known ?? r.id);
    if (known) toUpdate.push({ ...r, id: known });
    else toInsert.push({ ...r, published: publishCodes.has(r.municipalityCode) });
  }
  return { toUpdate, toInsert, ids };
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<number>): Promise<number> {
  let n = 0;
  for (let i = 0; i < rows.length; i += 2000) n += await write(rows.slice(i, i + 2000));
  return n;
}

/** Writes windows (each to its municipality) in batches: a row whose source id is already there updates that window. */
export async function writeWindows(tx: Tx, windows: ImportedWindow[], publishCodes: ReadonlySet<string> = new Set()) {
  const rows: ImportWindowRow[] = windows.map(({ row: _row, ...w }) => w);
  const { toInsert, toUpdate } = await splitBySource(tx, 'window', rows, publishCodes);
  const inserted = await inBatches(toInsert, (b) => insertWindowBatch(tx, b));
  const updated = await inBatches(toUpdate, (b) => updateWindowBatch(tx, b));
  return { inserted, updated, municipalities: new Set(windows.map((w) => w.municipalityCode)).size };
}

/** Writes places and their activities the same way: an activity follows its place to the id the place is written under. */
export async function writePlaces(tx: Tx, places: ImportPlaceRow[], activities: ImportActivityRow[], publishCodes: ReadonlySet<string> = new Set()) {
  const p = await splitBySource(tx, 'place', places, publishCodes);
  const a = await splitBySource(tx, 'activity', activities.map((x) => ({ ...x, placeId: p.ids.get(x.placeId) ?? x.placeId })), publishCodes);
  return {
    places: await inBatches(p.toInsert, (b) => insertPlaceBatch(tx, b)),
    placesUpdated: await inBatches(p.toUpdate, (b) => updatePlaceBatch(tx, b)),
    activities: await inBatches(a.toInsert, (b) => insertActivityBatch(tx, b)),
    activitiesUpdated: await inBatches(a.toUpdate, (b) => updateActivityBatch(tx, b)),
  };
}

/** One municipality's import (a staff user): the audit entry names the counts, never the rows. */
export async function runHsdsImport(tx: Tx, actor: StaffActor, parsed: ParsedImport, options: RunOptions = { validOnly: false }) {
  if (parsed.errors.length && !options.validOnly) {
    throw new AppError('BAD_REQUEST', 'IMPORT_INVALID', `${parsed.errors.length}行に誤りがあるため、取り込みませんでした。`, { errors: parsed.errors.slice(0, 200), errorCount: parsed.errors.length });
  }
  const started = Date.now();
  const own = <T extends { municipalityCode: string }>(rows: T[]): T[] => rows.map((r) => ({ ...r, municipalityCode: actor.municipalityCode }));
  const d = await writePlaces(tx, own(parsed.places), own(parsed.activities));
  const w = await writeWindows(tx, own(parsed.windows));
  const places = d.places;
  const activities = d.activities;
  const updated = w.updated + d.placesUpdated + d.activitiesUpdated;
  await auditAs(tx, actor, {
    action: 'write', recordType: 'DirectoryImport', recordId: `${parsed.target}:${places + activities + w.inserted + updated}`, legalBasis: 'administration',
    basisRef: `rows=${parsed.rows};inserted=${places + activities + w.inserted};updated=${updated};refused=${parsed.errors.length};elsewhere=${parsed.elsewhere.length}`,
  });
  return { places, activities, windows: w.inserted, updated, refused: parsed.errors.length, elsewhere: parsed.elsewhere.length, milliseconds: Date.now() - started };
}

/** 公開: every imported window (or place and activity) of the municipality, or the ones named. */
export async function publishImported(tx: Tx, actor: StaffActor, ids: string[] | 'all-imported', target: 'places' | 'windows') {
  const published = await setImportedPublished(tx, actor.municipalityCode, ids, target);
  await auditAs(tx, actor, { action: 'write', recordType: 'DirectoryEntry', recordId: ids === 'all-imported' ? 'all-imported' : ids.join(','), legalBasis: 'administration', basisRef: `${target};published=${published}` });
  return { published };
}
