import { createHash } from 'node:crypto';
import { getMunicipality, getPrefecture, listPlaces, listWindows } from '@kasane/db';
import type { PlaceWithActivities, Tx, WindowRow } from '@kasane/db';
import { ZSchedule, toHsdsSchedule } from '@kasane/domain';
import type { OpeningHours, ScheduleRule, Weekday } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { auditAs } from '../audit-as.js';
import { arr, isObj, storedAttribution, str } from './hsds-read.js';
import { HOLIDAYS_CLOSED, splitAddress } from './hsds-window.js';
import type { MunicipalityName } from './hsds-window.js';
import { hoursOf } from './windows-service.js';

// The directory as Open Referral HSDS 3.0 (CC BY-SA 4.0): service, organization, location,
// service_at_location and schedule records that validate against shared/data/hsds/schema (tested with
// ajv). Sub-records get UUIDs derived from their parent (stable between exports); no property is
// written as null; the Japan profile adds `kasane_*` properties (HSDS allows additional ones).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A name-based UUID (version 5 layout, SHA-1) for a sub-record: the same parent and role give the same id. */
export function derivedUuid(...parts: string[]): string {
  const h = createHash('sha1').update(`kasane-hsds:${parts.join(':')}`).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

const rfc: Readonly<Record<Weekday, string>> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
const iso = (d: Date): string => d.toISOString().slice(0, 10);
/** Optional string properties: left out when empty (HSDS types them string, with formats for e-mail and URL). */
const opt = (key: string, value: string): Record<string, string> => (value ? { [key]: value } : {});

/** Weekly spans grouped by identical times (月〜金 8:30–17:15 is one schedule); the text as written is one more. */
export function hoursToSchedules(hours: OpeningHours, serviceId: string) {
  const byTime = new Map<string, Weekday[]>();
  for (const s of hours.spans) byTime.set(`${s.open}-${s.close}`, [...(byTime.get(`${s.open}-${s.close}`) ?? []), s.day]);
  const schedules: Record<string, unknown>[] = [...byTime].map(([time, days]) => {
    const [open = '', close = ''] = time.split('-');
    return { id: derivedUuid(serviceId, 'schedule', time), service_id: serviceId, freq: 'WEEKLY', interval: 1, byday: days.map((d) => rfc[d]).join(','), opens_at: `${open}:00`, closes_at: `${close}:00` };
  });
  if (hours.text) schedules.push({ id: derivedUuid(serviceId, 'schedule', 'text'), service_id: serviceId, description: hours.text });
  if (hours.closedOnHolidays) schedules.push({ id: derivedUuid(serviceId, 'schedule', 'holidays'), service_id: serviceId, description: HOLIDAYS_CLOSED });
  return schedules;
}

function organizationOf(m: MunicipalityName, name = m.name) {
  return { id: derivedUuid('organization', m.code, name), name, description: `${m.prefectureName}${m.name}` };
}

type Located = { name: string; address: string; postalCode: string; lat: number | null; lng: number | null };

function locationOf(id: string, e: Located, m: MunicipalityName, more: Record<string, string> = {}) {
  return {
    id, location_type: 'physical', name: e.name, ...(e.lat !== null && e.lng !== null ? { latitude: e.lat, longitude: e.lng } : {}), ...more,
    addresses: e.address ? [{ id: derivedUuid(id, 'address'), location_id: id, ...splitAddress(e.address, m), postal_code: e.postalCode, country: 'JP', address_type: 'physical' }] : [],
  };
}

type StoredContacts = { phones: { number: string; type: string; description: string }[]; contacts: { name: string; title: string; department: string; email: string }[] };
const storedContacts = (v: unknown): StoredContacts => (isObj(v) ? { phones: arr(v.phones).map((p) => ({ number: str(p.number), type: str(p.type), description: str(p.description) })), contacts: arr(v.contacts).map((c) => ({ name: str(c.name), title: str(c.title), department: str(c.department), email: str(c.email) })) } : { phones: [], contacts: [] });

export function windowToService(w: WindowRow, m: MunicipalityName) {
  const { id, more } = exportedId(w);
  const stored = storedContacts(w.contacts);
  const phones = stored.phones.length ? stored.phones : w.phone ? [{ number: w.phone, type: 'voice', description: '' }] : [];
  const contacts = stored.contacts.length ? stored.contacts : w.department ? [{ name: '', title: '', department: w.department, email: '' }] : [];
  const source = storedAttribution(w);
  return {
    id, name: w.name, ...opt('alternate_name', w.plainName), description: w.note, ...opt('url', w.url), ...opt('email', w.email), status: 'active',
    organization: organizationOf(m),
    phones: phones.map((p, i) => ({ id: derivedUuid(id, 'phone', String(i)), service_id: id, number: p.number, ...opt('type', p.type), ...opt('description', p.description) })),
    contacts: contacts.map((c, i) => ({ id: derivedUuid(id, 'contact', String(i)), service_id: id, ...opt('name', c.name), ...opt('title', c.title), ...opt('department', c.department), ...opt('email', c.email) })),
    languages: w.languages.map((code) => ({ id: derivedUuid(id, 'language', code), service_id: id, code })),
    schedules: hoursToSchedules(hoursOf(w), id),
    service_areas: [{ id: derivedUuid(id, 'service_area'), service_id: id, name: `${m.prefectureName}${m.name}`, extent: m.code, extent_type: 'kasane_municipality_code' }],
    attributes: w.sourceTopics.map((term) => ({ id: derivedUuid(id, 'attribute', term), link_id: id, link_type: 'service', taxonomy_term: { id: derivedUuid('taxonomy_term', term), name: term, description: term } })),
    service_at_locations: [{ id: derivedUuid(id, 'service_at_location'), service_id: id, location: locationOf(derivedUuid(id, 'location', 'window'), w, m) }],
    kasane_kind: 'consultation_window', kasane_municipality_code: m.code, kasane_topics: w.topics, kasane_last_confirmed: iso(w.lastConfirmedAt),
    ...more, ...(source ? { kasane_source: source } : {}),
  };
}

/** The id a record is exported under: its source's UUID, else its own; any other source id goes with it as `kasane_source_id`. */
function exportedId(r: { id: string; sourceId: string | null }): { id: string; more: Record<string, string> } {
  const id = r.sourceId && UUID.test(r.sourceId) ? r.sourceId : r.id;
  return { id, more: opt('kasane_source_id', r.sourceId && r.sourceId !== id ? r.sourceId : '') };
}

const rulesOf = (schedule: unknown): ScheduleRule[] => {
  const parsed = ZSchedule.safeParse(schedule);
  return parsed.success ? parsed.data : [];
};

function activitiesToServices(p: PlaceWithActivities, m: MunicipalityName) {
  const place = exportedId(p);
  const placeSource = storedAttribution(p);
  const location = { ...locationOf(place.id, p, m, { ...opt('description', p.description), ...opt('kasane_area', p.area), ...place.more }), ...(placeSource ? { kasane_source: placeSource } : {}) };
  return p.activities.map((a) => {
    const { id, more } = exportedId(a);
    const source = storedAttribution(a) ?? placeSource;
    return {
      id, name: a.name, description: a.description, status: 'active', ...opt('fees_description', a.feeNote || p.feeNote), ...opt('eligibility_description', a.audienceNote),
      ...opt('url', p.url), ...opt('email', p.email),
      organization: organizationOf(m, a.organiserName || p.organiserName || m.name),
      phones: p.phone ? [{ id: derivedUuid(id, 'phone', '0'), service_id: id, number: p.phone, type: 'voice' }] : [],
      schedules: rulesOf(a.schedule).map((r, i) => {
        const s = toHsdsSchedule(r);
        const kept = Object.fromEntries(Object.entries(s).filter(([, v]) => v !== null && v !== undefined && v !== ''));
        return { id: derivedUuid(id, 'schedule', String(i)), service_id: id, ...kept };
      }),
      service_at_locations: [{ id: derivedUuid(id, 'service_at_location'), service_id: id, location }],
      kasane_kind: 'activity', kasane_place_kind: p.kind, kasane_audiences: a.audiences.length ? a.audiences : p.audiences, kasane_municipality_code: m.code, kasane_last_confirmed: iso(a.lastConfirmedAt),
      ...more, ...(source ? { kasane_source: source } : {}),
    };
  });
}

/** The directory of one municipality as an HSDS 3.0 document: published entries only, or every entry (staff). */
export async function hsdsDirectory(tx: Tx, municipalityCode: string, now: Date, publishedOnly: boolean) {
  const municipality = await getMunicipality(tx, municipalityCode);
  if (!municipality) return null;
  const prefecture = await getPrefecture(tx, municipality.prefectureCode);
  const m: MunicipalityName = { code: municipality.code, name: municipality.name.replace(/\s+/g, ''), prefectureName: prefecture?.name ?? '' };
  const [places, windows] = await Promise.all([listPlaces(tx, municipalityCode, { publishedOnly }), listWindows(tx, municipalityCode, { publishedOnly })]);
  return {
    specification: 'Open Referral Human Services Data Specification 3.0 (https://openreferral.org/, CC BY-SA 4.0), Kasane Japan profile',
    kasane_municipality_code: m.code,
    kasane_municipality_name: municipality.name,
    generated_at: now.toISOString(),
    services: [...windows.map((w) => windowToService(w, m)), ...places.flatMap((p) => activitiesToServices(p, m))],
  };
}

/** Staff download (every entry, published or not): one audit entry. */
export async function staffDirectoryExport(tx: Tx, actor: StaffActor, now: Date) {
  const directory = await hsdsDirectory(tx, actor.municipalityCode, now, false);
  await auditAs(tx, actor, { action: 'export', recordType: 'DirectoryExport', recordId: actor.municipalityCode, legalBasis: 'administration', basisRef: `services=${directory?.services.length ?? 0}` });
  return directory;
}
