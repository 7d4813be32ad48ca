import { parse } from 'csv-parse/sync';
import type { HsdsSchedule } from '@kasane/domain';
import { AppError } from '../../errors.js';

// Reading an Open Referral HSDS 3.0 file (CC BY-SA 4.0): JSON (an array of `service` records,
// { services: [...] } with an optional file-level `kasane_source`, or { service: {...} }) or the flat
// CSV of the Japan profile (docs/hsds.md), parsed by csv-parse.

export type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
export const num = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};
export const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObj) : []);

/** Where a record comes from and under which licence: kept per record and shown where it is used. */
export interface SourceAttribution {
  name: string;
  licence: string;
  credit: string;
  url: string;
}

/** A stored record's attribution (window, place or activity), or null when it has none. */
export function storedAttribution(r: { sourceName: string; sourceLicence: string; sourceCredit: string; sourceUrl: string }): SourceAttribution | null {
  return r.sourceName || r.sourceCredit ? { name: r.sourceName, licence: r.sourceLicence, credit: r.sourceCredit, url: r.sourceUrl } : null;
}

export const noAttribution: SourceAttribution = { name: '', licence: '', credit: '', url: '' };

export function attributionOf(v: unknown, fallback: SourceAttribution = noAttribution): SourceAttribution {
  if (!isObj(v)) return fallback;
  return { name: str(v.name) || fallback.name, licence: str(v.licence ?? v.license) || fallback.licence, credit: str(v.credit) || fallback.credit, url: str(v.url) || fallback.url };
}

/** RFC 4180 CSV, first line = header, BOM ignored; the columns of a row by header name. */
export function parseCsv(text: string): Json[] {
  try {
    return parse<Json>(text, { bom: true, columns: (header: string[]) => header.map((h) => h.trim()), skip_empty_lines: true, relax_column_count: true });
  } catch (e) {
    throw new AppError('BAD_REQUEST', 'VALIDATION', `CSVとして読めません: ${(e as Error).message}`);
  }
}

const list = (v: unknown): string[] => str(v).split(/[;；]/).map((s) => s.trim()).filter(Boolean);

/** A flat CSV row (Japan profile) as the nested HSDS service record. */
function csvRowToService(r: Json): Json {
  const schedule: HsdsSchedule = {
    freq: str(r.freq) || (str(r.byday) ? 'WEEKLY' : null), interval: num(r.interval), byday: str(r.byday) || null, dtstart: str(r.dtstart) || null,
    opens_at: str(r.opens_at) || null, closes_at: str(r.closes_at) || null, description: str(r.schedule_description) || null, notes: str(r.schedule_notes) || null,
  };
  const source = { name: str(r.source_name), licence: str(r.source_licence), credit: str(r.source_credit), url: str(r.source_url) };
  return {
    id: str(r.id),
    name: str(r.name),
    alternate_name: str(r.alternate_name),
    description: str(r.description),
    fees_description: str(r.fees_description),
    email: str(r.email),
    url: str(r.url),
    kasane_municipality_code: str(r.kasane_municipality_code),
    kasane_audiences: str(r.kasane_audiences),
    kasane_place_kind: str(r.kasane_place_kind),
    kasane_last_confirmed: str(r.kasane_last_confirmed),
    kasane_topics: list(r.kasane_topics),
    ...(Object.values(source).some(Boolean) ? { kasane_source: source } : {}),
    organization: { name: str(r.organization_name) },
    contacts: str(r.department) ? [{ department: str(r.department) }] : [],
    attributes: list(r.taxonomy_terms).map((name) => ({ taxonomy_term: { name } })),
    phones: list(r.phone).map((number) => ({ number })),
    languages: str(r.languages).split(/[;,]/).filter(Boolean).map((code) => ({ code: code.trim() })),
    schedules: Object.values(schedule).some((v) => v !== null) ? [schedule] : [],
    service_at_locations: [
      {
        location: {
          id: str(r.location_id) || `loc-${str(r.location_name)}-${str(r.address_1)}`,
          name: str(r.location_name) || str(r.name),
          latitude: num(r.latitude),
          longitude: num(r.longitude),
          kasane_area: str(r.kasane_area),
          addresses: [{ address_1: str(r.address_1), city: str(r.city), state_province: str(r.state_province), postal_code: str(r.postal_code) }],
          accessibility: str(r.accessibility) ? [{ description: str(r.accessibility) }] : [],
        },
      },
    ],
  };
}

export interface HsdsFile {
  services: Json[];
  /** each service as it was uploaded (a CSV row by its own columns, a JSON record as written), for the file of refused rows */
  originals: Json[];
  /** a CSV file's own header, in its order */
  columns: string[];
  /** the file's own attribution (`kasane_source` at the top of a JSON file), the default of each record */
  source: SourceAttribution;
}

export function readHsdsFile(format: 'json' | 'csv', content: string): HsdsFile {
  if (format === 'csv') {
    const rows = parseCsv(content);
    const columns = rows[0] ? Object.keys(rows[0]) : [];
    return { services: rows.map(csvRowToService), originals: rows, columns, source: noAttribution };
  }
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    throw new AppError('BAD_REQUEST', 'VALIDATION', `JSONとして読めません: ${(e as Error).message}`);
  }
  const services = Array.isArray(data) ? data : isObj(data) && Array.isArray(data.services) ? data.services : isObj(data) && isObj(data.service) ? [data.service] : null;
  if (!services) throw new AppError('BAD_REQUEST', 'VALIDATION', 'HSDSの service の配列、または { "services": [...] } の形にしてください。');
  const records = services.map((s: unknown) => (isObj(s) ? s : {}));
  return { services: records, originals: records, columns: [], source: attributionOf(isObj(data) ? data.kasane_source : undefined) };
}
