// The prefecture's back office (issue #11 items 5, 7, 9, 12): statuses by fiscal year with their source and
// history, the 体制 of 2–6 of its municipalities side by side, the submitted 交付金 totalled, and each
// municipality's contact. Only its own municipalities; aggregates and organisational facts only.
import {
  addStatusChange, listContactsOfPrefecture, listMunicipalitiesOfPrefecture, listProgramStatuses, listStatusChanges, listStatusDeclarations, listStructureOf, sumStandingGrantsOfPrefecture,
} from '@kasane/db';
import type { Tx } from '@kasane/db';
import { fiscalYearOf, formatFiscalYearJa, partCatalogue, partItemLabel } from '@kasane/domain';
import type { PrefectureActor } from '../../context.js';
import { apiError } from '../../errors.js';

export const programStatuses = ['implementing', 'transition', 'not_implementing', 'unknown'] as const;
export type ProgramStatus = (typeof programStatuses)[number];

/** The names of the given municipalities, each checked to be the prefecture's own (another's is not found). */
export async function ownCodes(tx: Tx, actor: PrefectureActor, codes: string[]): Promise<Map<string, string>> {
  const municipalities = await listMunicipalitiesOfPrefecture(tx, actor.prefectureCode);
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  // another prefecture's municipality is not found, whatever the code
  if (codes.some((c) => !names.has(c))) throw apiError('NOT_FOUND');
  return names;
}

/** Where a status shown comes from: a seeded list, the prefecture's change, or the municipality's own declaration. */
export const statusOrigins = ['seed', 'prefecture', 'municipality'] as const;
export type StatusOrigin = (typeof statusOrigins)[number];
/** The source line of a status the municipality declared in Kasane (ADR 0026). */
export const declaredSource = '市町村の申告';

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const jstDate = (d: Date) => isoDate(new Date(d.getTime() + 9 * 3600_000));

/**
 * Seeded statuses, the prefecture's changes on top (the latest wins), and on top of both the status a
 * municipality declared for itself in Kasane (ADR 0026). Every change and declaration is kept as history.
 */
export async function effectiveStatuses(tx: Tx, codes: string[]) {
  const [seeded, changes, declarations] = await Promise.all([listProgramStatuses(tx, codes), listStatusChanges(tx, codes), listStatusDeclarations(tx, codes)]);
  type Shown = { municipalityCode: string; fiscalYear: number; status: string; source: string; sourceDate: string | null; origin: StatusOrigin };
  const byKey = new Map<string, Shown>();
  const put = (s: Shown) => byKey.set(`${s.municipalityCode}:${s.fiscalYear}`, s);
  for (const s of seeded) put({ ...s, sourceDate: null, origin: 'seed' });
  for (const c of changes) put({ municipalityCode: c.municipalityCode, fiscalYear: c.fiscalYear, status: c.status, source: c.source, sourceDate: isoDate(c.sourceDate), origin: 'prefecture' });
  for (const d of declarations) put({ municipalityCode: d.municipalityCode, fiscalYear: d.fiscalYear, status: d.status, source: declaredSource, sourceDate: jstDate(d.declaredAt), origin: 'municipality' });
  return { statuses: [...byKey.values()], changes, declarations, seeded };
}

export async function setStatusForPrefecture(tx: Tx, actor: PrefectureActor, input: { municipalityCode: string; fiscalYear: number; status: ProgramStatus; source: string; sourceDate: string }, now: Date) {
  await ownCodes(tx, actor, [input.municipalityCode]);
  await addStatusChange(tx, { ...input, sourceDate: new Date(`${input.sourceDate}T00:00:00Z`), changedAt: now, changedByUserId: actor.userId });
  return { municipalityCode: input.municipalityCode, fiscalYear: input.fiscalYear, status: input.status };
}

export async function statusHistoryForPrefecture(tx: Tx, actor: PrefectureActor, municipalityCode: string) {
  const names = await ownCodes(tx, actor, [municipalityCode]);
  const { statuses, changes, declarations, seeded } = await effectiveStatuses(tx, [municipalityCode]);
  return {
    municipalityCode,
    municipalityName: names.get(municipalityCode) ?? '',
    current: statuses.sort((a, b) => a.fiscalYear - b.fiscalYear),
    history: [
      ...seeded.map((s) => ({ fiscalYear: s.fiscalYear, status: s.status, source: s.source, sourceDate: null, changedAt: null, origin: 'seed' as const })),
      ...changes.map((c) => ({ fiscalYear: c.fiscalYear, status: c.status, source: c.source, sourceDate: isoDate(c.sourceDate), changedAt: c.changedAt, origin: 'prefecture' as const })),
      ...declarations.map((d) => ({ fiscalYear: d.fiscalYear, status: d.status, source: declaredSource, sourceDate: jstDate(d.declaredAt), changedAt: d.declaredAt, origin: 'municipality' as const })),
    ],
  };
}

const partLabel = (id: string) => {
  const p = partCatalogue.find((x) => x.id === id);
  return p ? `${partItemLabel(p)} ${p.name}` : id;
};

export async function compareStructures(tx: Tx, actor: PrefectureActor, codes: string[], fiscalYear: number) {
  const names = await ownCodes(tx, actor, codes);
  const { deliveries, profiles, organisations } = await listStructureOf(tx, codes, fiscalYear);
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  return {
    fiscalYear,
    fiscalYearLabel: formatFiscalYearJa(fiscalYear),
    municipalities: codes.map((code) => {
      const p = profiles.find((x) => x.municipalityCode === code);
      return {
        code,
        name: names.get(code) ?? code,
        population: p?.population ?? null,
        lead: p?.lead ?? '',
        coordinators: p?.coordinators ?? '',
        participationApproach: p?.participationApproach ?? '',
        communityApproach: p?.communityApproach ?? '',
        notes: p?.notes ?? '',
        deliveries: deliveries
          .filter((d) => d.municipalityCode === code)
          .map((d) => ({ partLabel: partLabel(d.partId), mode: d.mode, organisationName: d.organisationId ? (orgName.get(d.organisationId) ?? '') : '', dedicatedStaff: d.dedicatedStaff, concurrentStaff: d.concurrentStaff, qualifications: d.qualifications })),
      };
    }),
  };
}

export async function grantTotalsForPrefecture(tx: Tx, actor: PrefectureActor, fiscalYear: number) {
  const [rows, municipalities] = await Promise.all([sumStandingGrantsOfPrefecture(tx, actor.prefectureCode, fiscalYear), listMunicipalitiesOfPrefecture(tx, actor.prefectureCode)]);
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  const byPart = partCatalogue
    .map((p) => {
      const of = rows.filter((r) => r.partId === p.id);
      return { partId: p.id, partLabel: partLabel(p.id), base: of.reduce((a, r) => a + r.base, 0), national: of.reduce((a, r) => a + r.national, 0), prefecture: of.reduce((a, r) => a + r.prefecture, 0), municipalities: of.length };
    })
    .filter((p) => p.municipalities > 0);
  return {
    fiscalYear,
    fiscalYearLabel: formatFiscalYearJa(fiscalYear),
    lines: rows.map((r) => ({ ...r, municipalityName: names.get(r.municipalityCode) ?? r.municipalityCode, partLabel: partLabel(r.partId) })),
    byPart,
    prefectureTotal: byPart.reduce((a, p) => a + p.prefecture, 0),
  };
}

export async function contactsForPrefecture(tx: Tx, actor: PrefectureActor) {
  const [contacts, municipalities] = await Promise.all([listContactsOfPrefecture(tx, actor.prefectureCode), listMunicipalitiesOfPrefecture(tx, actor.prefectureCode)]);
  return municipalities.map((m) => {
    const c = contacts.find((x) => x.municipalityCode === m.code);
    return { code: m.code, name: m.name, url: m.url, contactName: c?.contactName ?? '', contactPhone: c?.contactPhone ?? '', contactEmail: c?.contactEmail ?? '', fiscalYear: c?.fiscalYear ?? null };
  });
}

/** The years the status table shows: 令和3年度 to the current one. */
export const statusYearsUntil = (now: Date): number[] => Array.from({ length: fiscalYearOf(now) - 2021 + 1 }, (_, i) => 2021 + i);
