import { randomUUID } from 'node:crypto';
import { insertDirectoryBatch, insertWindowBatch } from '@kasane/db';
import type { ActivityData, PlaceData, Tx, WindowData } from '@kasane/db';
import { ZAudience, ZPlaceKind, checkPublicText, fromHsdsSchedule, isoDateProblem, normaliseKana, toIsoDateTokyo, weekdays } from '@kasane/domain';
import type { HsdsSchedule, OpeningHours, ScheduleRule } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { AppError } from '../../errors.js';

// Import of windows, places and activities from Open Referral HSDS 3.0 (CC BY-SA 4.0) JSON — an
// array of `service` records with their service_at_locations / location / schedules / phones, or
// { services: [...] } — or the flat CSV of the Japan profile (docs/hsds.md). Everything is
// validated first; the insert runs in the request's one transaction with createMany, so a failure
// leaves nothing behind.

export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObj) : []);

export interface ImportRowError {
  row: number;
  id: string;
  name: string;
  messages: string[];
}

export interface ParsedImport {
  target: 'places' | 'windows';
  places: (PlaceData & { id: string })[];
  activities: (ActivityData & { id: string; placeId: string })[];
  windows: (WindowData & { id: string })[];
  errors: ImportRowError[];
  rows: number;
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF), first line = header; a BOM is ignored. */
export function parseCsv(text: string): Json[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.some((f) => f !== ''));
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? ''])));
}

/** A flat CSV row (Japan profile) as the nested HSDS service record. */
function csvRowToService(r: Json): Json {
  const schedule: HsdsSchedule = { freq: str(r.freq) || (str(r.byday) ? 'WEEKLY' : null), interval: num(r.interval), byday: str(r.byday) || null, dtstart: str(r.dtstart) || null, opens_at: str(r.opens_at) || null, closes_at: str(r.closes_at) || null, description: str(r.schedule_description) || null, notes: str(r.schedule_notes) || null };
  return {
    id: str(r.id),
    name: str(r.name),
    description: str(r.description),
    fees_description: str(r.fees_description),
    email: str(r.email),
    url: str(r.url),
    kasane_audiences: str(r.kasane_audiences),
    kasane_place_kind: str(r.kasane_place_kind),
    kasane_last_confirmed: str(r.kasane_last_confirmed),
    organization: { name: str(r.organization_name) },
    phones: str(r.phone) ? [{ number: str(r.phone) }] : [],
    languages: str(r.languages).split(/[;,]/).filter(Boolean).map((code) => ({ code: code.trim() })),
    schedules: str(r.byday) || str(r.freq) || str(r.dtstart) ? [schedule] : [],
    service_at_locations: [
      {
        location: {
          id: str(r.location_id) || `loc-${str(r.location_name)}-${str(r.address_1)}`,
          name: str(r.location_name) || str(r.name),
          latitude: num(r.latitude),
          longitude: num(r.longitude),
          kasane_area: str(r.kasane_area),
          addresses: [{ address_1: str(r.address_1), city: str(r.city), postal_code: str(r.postal_code) }],
          accessibility: str(r.accessibility) ? [{ description: str(r.accessibility) }] : [],
        },
      },
    ],
  };
}

function servicesOf(format: 'json' | 'csv', content: string): Json[] {
  if (format === 'csv') return parseCsv(content).map(csvRowToService);
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    throw new AppError('BAD_REQUEST', 'VALIDATION', `JSONとして読めません: ${(e as Error).message}`);
  }
  const list = Array.isArray(data) ? data : isObj(data) && Array.isArray(data.services) ? data.services : isObj(data) && isObj(data.service) ? [data.service] : null;
  if (!list) throw new AppError('BAD_REQUEST', 'VALIDATION', 'HSDSの service の配列、または { "services": [...] } の形にしてください。');
  return list.map((s) => (isObj(s) ? s : {}));
}

const addressText = (a: Json | undefined): string => (a ? [str(a.state_province), str(a.city), str(a.address_1), str(a.address_2)].filter(Boolean).join('') : '');

function textOk(value: string, max: number, label: string, messages: string[], required = false): string {
  const r = checkPublicText(value, { max, required });
  if (!r.ok) messages.push(`${label}: ${r.error.message}`);
  return value;
}

function kasaneList(v: unknown): string[] {
  return Array.isArray(v) ? v.map(str) : str(v).split(/[;,、]/).map((s) => s.trim()).filter(Boolean);
}

function hoursFromRules(rules: ScheduleRule[]): OpeningHours {
  const spans = rules.flatMap((r) => (r.start && r.end && r.frequency === 'weekly' ? r.days.map((day) => ({ day, open: r.start as string, close: r.end as string })) : []));
  spans.sort((a, b) => weekdays.indexOf(a.day) - weekdays.indexOf(b.day));
  return { spans, closedOnHolidays: true };
}

/** A part of a larger file (checked part by part for the progress bar): where it starts and the file's rows. */
export interface ImportPart {
  offset: number;
  total: number;
}

/** Validates every row (of the file, or of one part of it: rows are numbered in the whole file); never writes. */
export function parseHsdsImport(input: { format: 'json' | 'csv'; content: string; target: 'places' | 'windows' }, now: Date, part?: ImportPart): ParsedImport {
  if (input.content.length > MAX_IMPORT_BYTES) throw new AppError('BAD_REQUEST', 'VALIDATION', 'ファイルが大きすぎます（20MBまで）。');
  const services = servicesOf(input.format, input.content);
  if (Math.max(services.length, part?.total ?? 0) > MAX_IMPORT_ROWS) throw new AppError('BAD_REQUEST', 'VALIDATION', `一度に取り込めるのは${MAX_IMPORT_ROWS}件までです。`);
  const rowOffset = part?.offset ?? 0;
  const today = new Date(`${toIsoDateTokyo(now)}T00:00:00Z`);
  const out: ParsedImport = { target: input.target, places: [], activities: [], windows: [], errors: [], rows: services.length };
  const placeIdByLocation = new Map<string, string>();
  services.forEach((s, index) => {
    const messages: string[] = [];
    const name = textOk(str(s.name), 100, '名称', messages, true);
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
    const rules: ScheduleRule[] = [];
    arr(s.schedules)
      .concat(arr(sal?.schedules))
      .forEach((sch, i) => {
        const r = fromHsdsSchedule(sch);
        if (r.ok) rules.push(r.value);
        else messages.push(`スケジュール${i + 1}: ${r.error.message}`);
      });
    const phone = str(arr(s.phones)[0]?.number ?? arr(loc?.phones)[0]?.number).replace(/^"|"$/g, '');
    if (phone && !/^[0-9()+\- ]{1,20}$/.test(phone)) messages.push(`電話番号が読めません: ${phone}`);
    const audiences = kasaneList(s.kasane_audiences);
    for (const a of audiences) if (!ZAudience.safeParse(a).success) messages.push(`対象 (kasane_audiences) が読めません: ${a}`);
    const common = { sourceId: str(s.id) || null, published: false, lastConfirmedAt };
    if (messages.length === 0) {
      if (input.target === 'windows') {
        out.windows.push({
          id: randomUUID(), ...common, organisationId: null, name, kana: '', hours: hoursFromRules(rules), phone, fax: '', email: str(s.email), postalCode: str(address?.postal_code),
          address: addressText(address), lat, lng, languages: arr(s.languages).map((l) => str(l.code)).filter(Boolean), topics: ['anything'], note: description.slice(0, 500),
        });
      } else {
        const locKey = str(loc?.id) || `${str(loc?.name)}|${addressText(address)}` || `row-${index}`;
        let placeId = placeIdByLocation.get(locKey);
        if (!placeId) {
          placeId = randomUUID();
          placeIdByLocation.set(locKey, placeId);
          const kind = ZPlaceKind.safeParse(str(s.kasane_place_kind)).success ? str(s.kasane_place_kind) : 'other';
          const placeName = str(loc?.name) || name;
          out.places.push({
            id: placeId, ...common, sourceId: str(loc?.id) || null, name: placeName.slice(0, 100), kana: '', kanaKey: normaliseKana(placeName), kind, description: str(loc?.description).slice(0, 2000),
            organiserName: str(isObj(s.organization) ? s.organization.name : '').slice(0, 100), organisationId: null, partId: null, audiences, accessibility: [], feeYen: null, feeNote,
            postalCode: str(address?.postal_code), address: addressText(address), lat, lng, phone, email: str(s.email), url: str(s.url), area: str(loc?.kasane_area).slice(0, 100),
          });
        }
        out.activities.push({ id: randomUUID(), ...common, placeId, name, description, organiserName: '', partId: null, audiences, audienceNote: str(s.eligibility_description).slice(0, 300), schedule: rules, feeYen: null, feeNote });
      }
    } else {
      out.errors.push({ row: rowOffset + index + 1, id: str(s.id), name: name.slice(0, 100), messages });
    }
  });
  return out;
}

export function previewHsdsImport(parsed: ParsedImport) {
  return {
    rows: parsed.rows,
    valid: parsed.rows - parsed.errors.length,
    errors: parsed.errors.slice(0, 500),
    errorCount: parsed.errors.length,
    sample: (parsed.target === 'windows' ? parsed.windows.map((w) => ({ name: w.name, address: w.address })) : parsed.places.map((p) => ({ name: p.name, address: p.address }))).slice(0, 20),
    counts: { places: parsed.places.length, activities: parsed.activities.length, windows: parsed.windows.length },
  };
}

/** All or nothing: any row error refuses the whole file; inserts go in chunks inside the one transaction. */
export async function runHsdsImport(tx: Tx, actor: StaffActor, parsed: ParsedImport) {
  if (parsed.errors.length) {
    throw new AppError('BAD_REQUEST', 'IMPORT_INVALID', `${parsed.errors.length}行に誤りがあるため、取り込みませんでした。`, { errors: parsed.errors.slice(0, 200), errorCount: parsed.errors.length });
  }
  const started = Date.now();
  const chunk = 2000;
  let places = 0;
  let activities = 0;
  let windows = 0;
  for (let i = 0; i < parsed.places.length; i += chunk) places += (await insertDirectoryBatch(tx, actor.municipalityCode, { places: parsed.places.slice(i, i + chunk), activities: [] })).places;
  for (let i = 0; i < parsed.activities.length; i += chunk) activities += (await insertDirectoryBatch(tx, actor.municipalityCode, { places: [], activities: parsed.activities.slice(i, i + chunk) })).activities;
  for (let i = 0; i < parsed.windows.length; i += chunk) windows += await insertWindowBatch(tx, actor.municipalityCode, parsed.windows.slice(i, i + chunk));
  return { places, activities, windows, milliseconds: Date.now() - started };
}
