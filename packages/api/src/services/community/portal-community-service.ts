import holidayJp from '@holiday-jp/holiday_jp';
import { getMunicipality, getPlace, listPlaces, listWindows } from '@kasane/db';
import type { PlaceWithActivities, Tx } from '@kasane/db';
import {
  ZSchedule, describeHours, describeRule, isOpenAt, matchesDayAndPeriod, normaliseKana, sortByDistance, tokyoClock, weeklyTimetable,
} from '@kasane/domain';
import type { Audience, DayPeriod, LatLng, ScheduleRule, Weekday } from '@kasane/domain';
import { storedAttribution } from './hsds-read.js';
import { hoursOf, windowCredit } from './windows-service.js';

// What the public portal reads: published rows only, in the municipality's public scope.

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const isHoliday = (isoDate: string): boolean => isoDate in holidayJp.holidays;

export interface WindowQuery {
  origin?: LatLng | undefined;
  /** a typed address part, 圏域 or postal code: matched against published addresses (no geocoder) */
  near?: string | undefined;
}

/** A typed place name or postal code → coordinates of the published entries that match it. */
async function resolveNear(tx: Tx, municipalityCode: string, near: string): Promise<{ origin: LatLng | null; matched: string | null }> {
  const text = near.normalize('NFKC').replace(/\s/g, '');
  if (!text) return { origin: null, matched: null };
  const digits = text.replace(/[^0-9]/g, '');
  const [places, windows] = await Promise.all([listPlaces(tx, municipalityCode, { publishedOnly: true }), listWindows(tx, municipalityCode, { publishedOnly: true })]);
  const hits = [...places, ...windows].filter(
    (e) => e.lat !== null && e.lng !== null && ((digits.length >= 3 && e.postalCode.replace(/[^0-9]/g, '').startsWith(digits)) || e.address.normalize('NFKC').includes(text) || ('area' in e && e.area.includes(text))),
  );
  if (!hits.length) return { origin: null, matched: null };
  const lat = hits.reduce((s, e) => s + (e.lat ?? 0), 0) / hits.length;
  const lng = hits.reduce((s, e) => s + (e.lng ?? 0), 0) / hits.length;
  return { origin: { lat, lng }, matched: text };
}

export async function portalWindows(tx: Tx, municipalityCode: string, q: WindowQuery, now: Date) {
  const municipality = await getMunicipality(tx, municipalityCode);
  if (!municipality) return null;
  const clock = tokyoClock(now);
  const holiday = isHoliday(clock.isoDate);
  const windows = (await listWindows(tx, municipalityCode, { publishedOnly: true })).map((w) => {
    const hours = hoursOf(w);
    return {
      id: w.id, name: w.name, phone: w.phone, fax: w.fax, email: w.email, postalCode: w.postalCode, address: w.address, lat: w.lat, lng: w.lng,
      languages: w.languages, topics: w.topics, note: w.note, hours, hoursText: describeHours(hours), openNow: isOpenAt(hours, clock, holiday), lastConfirmedAt: iso(w.lastConfirmedAt),
      ...windowCredit(w),
    };
  });
  const resolved = q.origin ? { origin: q.origin, matched: null } : q.near ? await resolveNear(tx, municipalityCode, q.near) : { origin: null, matched: null };
  const sorted = resolved.origin ? sortByDistance(windows, resolved.origin) : windows.map((w) => ({ ...w, distanceKm: null }));
  return {
    municipality: { code: municipality.code, name: municipality.name, lat: municipality.lat, lng: municipality.lng },
    sortedBy: resolved.origin ? ('distance' as const) : ('name' as const),
    nearNotFound: Boolean(q.near && !q.origin && !resolved.origin),
    today: { isoDate: clock.isoDate, isHoliday: holiday, time: clock.time },
    windows: sorted,
  };
}

export interface PlaceFilter {
  audience?: Audience | undefined;
  day?: Weekday | undefined;
  period?: DayPeriod | undefined;
  area?: string | undefined;
  freeOnly?: boolean | undefined;
  text?: string | undefined;
}

const rulesOf = (schedule: unknown): ScheduleRule[] => {
  const r = ZSchedule.safeParse(schedule);
  return r.success ? r.data : [];
};

function presentPublicPlace(p: PlaceWithActivities) {
  const activities = p.activities.map((a) => {
    const schedule = rulesOf(a.schedule);
    return {
      id: a.id, name: a.name, description: a.description, organiserName: a.organiserName,
      // An activity with no audience of its own is for the place's audience.
      audiences: a.audiences.length ? a.audiences : p.audiences, audienceNote: a.audienceNote, schedule, scheduleText: schedule.map(describeRule),
      feeYen: a.feeYen, feeNote: a.feeNote, lastConfirmedAt: iso(a.lastConfirmedAt), source: storedAttribution(a),
    };
  });
  return {
    id: p.id, name: p.name, kana: p.kana, kind: p.kind, description: p.description, organiserName: p.organiserName,
    // Who the place is for: everyone its activities are for (not the first activity's audience), or its own when it has none.
    audiences: activities.length ? [...new Set(activities.flatMap((a) => a.audiences))] : p.audiences,
    accessibility: p.accessibility, feeYen: p.feeYen, feeNote: p.feeNote, postalCode: p.postalCode, address: p.address, lat: p.lat, lng: p.lng, phone: p.phone, email: p.email, url: p.url, area: p.area,
    lastConfirmedAt: iso(p.lastConfirmedAt),
    // where the data comes from (CC BY credit): the place's own, or its first activity's
    source: storedAttribution(p) ?? activities.find((a) => a.source)?.source ?? null,
    activities,
  };
}

type PublicPlace = ReturnType<typeof presentPublicPlace>;

/**
 * The place as the filter shows it, or null when nothing in it matches: its card lists only the
 * activities that match (issue #12 item 10), and its audience is theirs.
 */
function narrow(p: PublicPlace, f: PlaceFilter): PublicPlace | null {
  const audienceOk = (list: string[]) => !f.audience || list.includes(f.audience) || list.includes('anyone');
  // Free only when a fee of 0 was given: an unknown fee is not free.
  const free = (fee: number | null) => fee === 0;
  if (f.area && p.area !== f.area) return null;
  let activities = p.activities;
  if (f.text) {
    const t = normaliseKana(f.text);
    const has = (text: string) => normaliseKana(text).includes(t);
    if (!has(`${p.name}${p.kana}${p.description}`)) {
      activities = activities.filter((a) => has(a.name));
      if (!activities.length) return null;
    }
  }
  if (!f.day && !f.period && !f.audience && !f.freeOnly) return { ...p, activities };
  if (p.activities.length === 0) return !f.day && !f.period && audienceOk(p.audiences) && (!f.freeOnly || free(p.feeYen)) ? p : null;
  activities = activities.filter((a) => audienceOk(a.audiences) && matchesDayAndPeriod(a.schedule, f.day, f.period) && (!f.freeOnly || free(a.feeYen ?? p.feeYen)));
  return activities.length ? { ...p, activities, audiences: [...new Set(activities.flatMap((a) => a.audiences))] } : null;
}

export async function portalPlaces(tx: Tx, municipalityCode: string, filter: PlaceFilter) {
  const all = (await listPlaces(tx, municipalityCode, { publishedOnly: true })).map(presentPublicPlace);
  const places = all.map((p) => narrow(p, filter)).filter((p): p is PublicPlace => p !== null);
  const areas = [...new Set(all.map((p) => p.area).filter(Boolean))].sort();
  const timetable = weeklyTimetable(places.flatMap((p) => p.activities.map((a) => ({ id: p.id, name: p.activities.length > 1 || a.name !== p.name ? a.name : p.name, schedule: a.schedule }))));
  // With no published place at all, the portal says there is no data rather than "fewer filters".
  return { places, areas, timetable, publishedCount: all.length };
}

export async function portalPlace(tx: Tx, municipalityCode: string, id: string) {
  const p = await getPlace(tx, municipalityCode, id, { publishedOnly: true });
  return p ? presentPublicPlace(p) : null;
}
