import { stringify } from 'csv-stringify/sync';
import { arr, isObj, str } from './hsds-read.js';
import type { Json } from './hsds-read.js';

// The HSDS 3.0 tabular form (Open Referral, CC BY-SA 4.0; shared/data/hsds/schema/schema.csv): one CSV
// per table, the nested records of the JSON export flattened into rows linked by their ids. Only the
// tables' own columns are written (the `kasane_*` profile properties stay in the JSON document).

export const HSDS_TABLE_COLUMNS = {
  organization: ['id', 'name', 'alternate_name', 'description', 'email', 'website'],
  service: ['id', 'organization_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'fees_description', 'eligibility_description'],
  location: ['id', 'location_type', 'organization_id', 'name', 'description', 'latitude', 'longitude'],
  service_at_location: ['id', 'service_id', 'location_id', 'description'],
  address: ['id', 'location_id', 'address_1', 'address_2', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
  phone: ['id', 'service_id', 'number', 'type', 'description'],
  contact: ['id', 'service_id', 'name', 'title', 'department', 'email'],
  language: ['id', 'service_id', 'code'],
  schedule: ['id', 'service_id', 'freq', 'interval', 'byday', 'dtstart', 'until', 'opens_at', 'closes_at', 'description', 'notes'],
  service_area: ['id', 'service_id', 'name', 'extent', 'extent_type'],
  taxonomy_term: ['id', 'name', 'description'],
  attribute: ['id', 'link_id', 'link_type', 'link_entity', 'taxonomy_term_id'],
} as const;

export type HsdsTable = keyof typeof HSDS_TABLE_COLUMNS;
export const HSDS_TABLES = Object.keys(HSDS_TABLE_COLUMNS) as HsdsTable[];
export const isHsdsTable = (v: string): v is HsdsTable => Object.hasOwn(HSDS_TABLE_COLUMNS, v);

type Rows = Record<HsdsTable, Map<string, Json>>;

/** The rows of every table (each record once, by id) from an HSDS document's `services`. */
export function hsdsTableRows(services: readonly Json[]): Record<HsdsTable, Json[]> {
  const t = Object.fromEntries(HSDS_TABLES.map((n) => [n, new Map<string, Json>()])) as Rows;
  const put = (table: HsdsTable, r: Json) => {
    const id = str(r.id);
    if (id && !t[table].has(id)) t[table].set(id, r);
  };
  for (const s of services) {
    const serviceId = str(s.id);
    const org = isObj(s.organization) ? s.organization : undefined;
    if (org) put('organization', org);
    put('service', { ...s, organization_id: str(org?.id) });
    for (const p of arr(s.phones)) put('phone', { ...p, service_id: serviceId });
    for (const c of arr(s.contacts)) put('contact', { ...c, service_id: serviceId });
    for (const l of arr(s.languages)) put('language', { ...l, service_id: serviceId });
    for (const sch of arr(s.schedules)) put('schedule', { ...sch, service_id: serviceId });
    for (const a of arr(s.service_areas)) put('service_area', { ...a, service_id: serviceId });
    for (const a of arr(s.attributes)) {
      const term = isObj(a.taxonomy_term) ? a.taxonomy_term : undefined;
      if (term) put('taxonomy_term', term);
      put('attribute', { ...a, link_entity: str(a.link_type) || 'service', taxonomy_term_id: str(term?.id) });
    }
    for (const sal of arr(s.service_at_locations)) {
      const loc = isObj(sal.location) ? sal.location : undefined;
      if (loc) {
        put('location', { ...loc, organization_id: str(org?.id) });
        for (const a of arr(loc.addresses)) put('address', { ...a, location_id: str(loc.id) });
      }
      put('service_at_location', { ...sal, service_id: serviceId, location_id: str(loc?.id) });
    }
  }
  return Object.fromEntries(HSDS_TABLES.map((n) => [n, [...t[n].values()]])) as Record<HsdsTable, Json[]>;
}

const cell = (v: unknown): string => (typeof v === 'number' ? String(v) : str(v));

/** One table as CSV (UTF-8 with BOM, so that spreadsheet software reads the Japanese text). */
export function hsdsTableCsv(services: readonly Json[], table: HsdsTable): string {
  const columns = HSDS_TABLE_COLUMNS[table];
  const rows = hsdsTableRows(services)[table].map((r) => columns.map((c) => cell(r[c])));
  return `\uFEFF${stringify([[...columns], ...rows], { record_delimiter: '\r\n' })}`;
}
