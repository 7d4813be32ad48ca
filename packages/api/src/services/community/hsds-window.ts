import { fromHsdsSchedule, describeRule, weekdays, windowTopics } from '@kasane/domain';
import type { OpeningHours, ScheduleRule, WindowTopic } from '@kasane/domain';
import { arr, isObj, str } from './hsds-read.js';
import type { Json } from './hsds-read.js';

// The parts of an HSDS service that a 相談窓口 keeps: its municipality (routing), its hours (free text
// kept as written, structured ones parsed, service- and location-level schedules not doubled), its
// topics (mapped from taxonomy terms, the source's own terms kept) and its address (normalised once).

export interface MunicipalityName {
  code: string;
  name: string;
  prefectureName: string;
}

export class MunicipalityIndex {
  private readonly byCode = new Map<string, MunicipalityName>();
  private readonly byFullName = new Map<string, MunicipalityName>();
  private readonly byName = new Map<string, MunicipalityName[]>();

  constructor(list: MunicipalityName[]) {
    for (const m of list) {
      this.byCode.set(m.code, m);
      this.byFullName.set(m.prefectureName + m.name, m);
      this.byName.set(m.name, [...(this.byName.get(m.name) ?? []), m]);
    }
  }

  get(code: string): MunicipalityName | undefined {
    return this.byCode.get(code);
  }

  /** 「茨城県土浦市」 or 「土浦市」 (when the name is unique in Japan); a 政令市's ward counts as itself. */
  find(prefecture: string, city: string): MunicipalityName | undefined {
    const name = city.replace(/\s+/g, '');
    if (!name) return undefined;
    const full = this.byFullName.get(prefecture + name);
    if (full) return full;
    const named = this.byName.get(name);
    return !prefecture && named?.length === 1 ? named[0] : undefined;
  }

  /** The municipality at the start of a written address (「茨城県土浦市大和町…」 or 「土浦市大和町…」 within a prefecture). */
  atStartOf(address: string, prefecture: string): MunicipalityName | undefined {
    const rest = prefecture && address.startsWith(prefecture) ? address.slice(prefecture.length) : address;
    for (let n = Math.min(rest.length, 20); n >= 2; n--) {
      const m = this.find(prefecture, rest.slice(0, n));
      if (m) return m;
    }
    return undefined;
  }
}

const firstAddress = (s: Json): Json | undefined => {
  const sal = arr(s.service_at_locations)[0];
  const loc = isObj(sal?.location) ? sal.location : undefined;
  return arr(loc?.addresses)[0] ?? arr(s.addresses)[0];
};

/** The municipality a service belongs to: its code, its service area, or the address it gives; undefined when none says. */
export function municipalityOfService(s: Json, index: MunicipalityIndex): MunicipalityName | undefined {
  const code = str(s.kasane_municipality_code);
  if (/^\d{6}$/.test(code)) return index.get(code) ?? { code, name: '', prefectureName: '' };
  for (const area of arr(s.service_areas)) {
    const extent = str(area.extent);
    if (/^\d{6}$/.test(extent)) return index.get(extent) ?? { code: extent, name: '', prefectureName: '' };
    const named = index.atStartOf(str(area.name).replace(/\s+/g, ''), '') ?? prefectured(index, str(area.name));
    if (named) return named;
  }
  const a = firstAddress(s);
  if (!a) return undefined;
  const prefecture = str(a.state_province);
  return index.find(prefecture, str(a.city)) ?? index.atStartOf(str(a.address_1), prefecture) ?? prefectured(index, str(a.address_1));
}

function prefectured(index: MunicipalityIndex, text: string): MunicipalityName | undefined {
  const m = /^(.{2,3}?[都道府県])(.+)$/.exec(text.replace(/\s+/g, ''));
  return m ? index.atStartOf(m[2] ?? '', m[1] ?? '') : undefined;
}

/** 都道府県 + 市区町村 + the rest, each once: an address_1 that repeats the city (or the prefecture) is not doubled. */
export function normaliseAddress(a: Json | undefined, municipality: MunicipalityName | undefined): string {
  if (!a) return '';
  const prefecture = str(a.state_province).trim() || municipality?.prefectureName || '';
  const city = str(a.city).replace(/\s+/g, '') || municipality?.name || '';
  let rest = [str(a.address_1), str(a.address_2)].filter(Boolean).join('').replace(/^\s+/, '');
  if (prefecture && rest.startsWith(prefecture)) rest = rest.slice(prefecture.length);
  if (city && rest.startsWith(city)) rest = rest.slice(city.length);
  return `${prefecture}${city}${rest}`;
}

/**
 * Splits a normalised address back into HSDS state_province / city / address_1. An address typed
 * without its prefecture still names it (the municipality's): HSDS expects it, and the import adds it.
 */
export function splitAddress(address: string, municipality: MunicipalityName | undefined): { state_province: string; city: string; address_1: string } {
  let rest = address;
  const prefecture = municipality?.prefectureName && rest.startsWith(municipality.prefectureName) ? municipality.prefectureName : '';
  rest = rest.slice(prefecture.length);
  const city = municipality?.name && rest.startsWith(municipality.name) ? municipality.name : '';
  return { state_province: prefecture || (city ? (municipality?.prefectureName ?? '') : ''), city, address_1: rest.slice(city.length) };
}

const topicWords: readonly [WindowTopic, RegExp][] = [
  ['elderly_care', /高齢|介護|地域包括/],
  ['disability', /障害|障がい/],
  ['child_rearing', /子育て|子ども|こども|児童|妊娠|出産|母子/],
  ['living_hardship', /生活困窮|生活保護|困りごと|自立相談/],
  ['work', /就労|仕事|雇用|しごと/],
  ['housing', /住まい|住宅|居住/],
  ['hikikomori', /ひきこもり|引きこもり/],
  ['dv', /DV|ＤＶ|配偶者|暴力/],
  ['debt', /借金|債務|家計/],
  ['health', /健康|こころ|心の|精神/],
  ['anything', /総合相談|何でも|なんでも/],
];

/** The source's taxonomy terms (HSDS attributes[].taxonomy_term, or kasane_topics) and the topics they map to. */
export function topicsOfService(s: Json): { topics: WindowTopic[]; sourceTopics: string[] } {
  const terms = arr(s.attributes).map((a) => (isObj(a.taxonomy_term) ? str(a.taxonomy_term.name) || str(a.taxonomy_term.code) : str(a.value))).filter(Boolean);
  const own = (Array.isArray(s.kasane_topics) ? s.kasane_topics.map(str) : []).filter(Boolean);
  const sourceTopics = [...new Set([...own.filter((t) => !(windowTopics as readonly string[]).includes(t)), ...terms])];
  const topics = new Set<WindowTopic>(own.filter((t): t is WindowTopic => (windowTopics as readonly string[]).includes(t)));
  for (const term of terms) {
    if ((windowTopics as readonly string[]).includes(term)) topics.add(term as WindowTopic);
    for (const [topic, words] of topicWords) if (words.test(term)) topics.add(topic);
  }
  return { topics: windowTopics.filter((t) => topics.has(t)), sourceTopics };
}

const scheduleKey = (s: Json): string => JSON.stringify(['freq', 'interval', 'byday', 'bymonthday', 'dtstart', 'opens_at', 'closes_at', 'description'].map((k) => str(s[k])));

/** Service-level and location-level schedules together, each once (the same id or the same content). */
export function schedulesOfService(s: Json): Json[] {
  const sal = arr(s.service_at_locations)[0];
  const loc = isObj(sal?.location) ? sal.location : undefined;
  const seen = new Set<string>();
  return [...arr(s.schedules), ...arr(sal?.schedules), ...arr(loc?.schedules)].filter((sch) => {
    const keys = [scheduleKey(sch), str(sch.id) && `id:${str(sch.id)}`].filter(Boolean);
    if (keys.some((k) => seen.has(k))) return false;
    keys.forEach((k) => seen.add(k));
    return true;
  });
}

/** A schedule that says exactly this (as Kasane's export writes it) marks the window closed on 祝日. */
export const HOLIDAYS_CLOSED = '祝日は休み';

const isFreeText = (s: Json): boolean => !str(s.freq) && !str(s.byday) && !str(s.dtstart) && !str(s.opens_at) && !str(s.closes_at);

/**
 * A window's hours: weekly rules with times become spans; a schedule written as text only is kept as
 * text; a structured rule the spans cannot hold (第2水曜 …) is written out. Nothing about holidays is
 * assumed: HSDS has no such field, so only a schedule saying exactly 「祝日は休み」 (our export) marks it.
 */
export function hoursOfService(schedules: Json[], messages: string[]): OpeningHours {
  const texts: string[] = [];
  const rules: ScheduleRule[] = [];
  let closedOnHolidays = false;
  schedules.forEach((sch, i) => {
    const description = str(sch.description).trim();
    if (isFreeText(sch)) {
      if (description === HOLIDAYS_CLOSED) closedOnHolidays = true;
      else if (description) texts.push(description);
      return;
    }
    const r = fromHsdsSchedule(sch);
    if (r.ok) rules.push(r.value);
    else if (description) texts.push(description);
    else messages.push(`スケジュール${i + 1}: ${r.error.message}`);
  });
  const spans = rules.flatMap((r) => (r.start && r.end && r.frequency === 'weekly' ? r.days.map((day) => ({ day, open: r.start as string, close: r.end as string })) : []));
  spans.sort((a, b) => weekdays.indexOf(a.day) - weekdays.indexOf(b.day) || a.open.localeCompare(b.open));
  for (const r of rules) if (!(r.start && r.end && r.frequency === 'weekly')) texts.push(describeRule(r));
  const text = [...new Set(texts)].join('\n').slice(0, 1000);
  return { spans: spans.slice(0, 28), closedOnHolidays, ...(text ? { text } : {}) };
}

/** Contact methods as HSDS gives them: phones (with type and description) and contacts (department, name, e-mail). */
export function contactsOfService(s: Json): { phones: { number: string; type: string; description: string }[]; contacts: { name: string; title: string; department: string; email: string }[] } {
  const sal = arr(s.service_at_locations)[0];
  const loc = isObj(sal?.location) ? sal.location : undefined;
  const seen = new Set<string>();
  const phones = [...arr(s.phones), ...arr(loc?.phones)]
    .map((p) => ({ number: str(p.number).trim(), type: str(p.type), description: str(p.description) }))
    .filter((p) => p.number && !seen.has(p.number) && seen.add(p.number));
  const contacts = arr(s.contacts).map((c) => ({ name: str(c.name), title: str(c.title), department: str(c.department), email: str(c.email) }));
  return { phones, contacts };
}
