// What a meeting's agenda holds and what each member may read of it (SPEC §4 C4, C5, C12, ADR 0014).
// A case is its household's, so tabling one brings every person of the household under the rule;
// whoever is not covered is discussed without identifying data, and the plan that speaks of them is not laid.
import { getCoordinationCase, getPersonRecord, getPlanVersion, listPersonsOfTabledHousehold, loadPersonAccessFacts } from '@kasane/db';
import type { MeetingRow, Tx } from '@kasane/db';
import { accessBasisLabels, canPutOnAgenda, isSupportDecided, placeCaseOnAgenda, toIsoDateTokyo } from '@kasane/domain';
import type { CasePlacement, CaseStatus, Consent, DataOrigin, MeetingKind } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { AppError, apiError, domainError } from '../../errors.js';
import { accessPersons, meetingMemberships, toAccessRequest } from '../access/person-access.js';
import { readSubject } from './subject-view.js';

export type Meeting = MeetingRow & { kind: MeetingKind };
type AgendaItemRow = MeetingRow['agendaItems'][number];

/** Refusals on a meeting's paths keep their words but drop details that would name a basis (a consent, a meeting). */
export async function withoutBasisDetails<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof AppError && e.details !== undefined) throw new AppError(e.code, e.appCode, e.message);
    throw e;
  }
}

async function agendaFacts(tx: Tx, actor: StaffActor, personIds: readonly string[], now: Date) {
  const persons = [];
  const consents: Consent[] = [];
  for (const personId of personIds) {
    const facts = await loadPersonAccessFacts(tx, actor.municipalityCode, personId);
    if (!facts) throw apiError('NOT_FOUND');
    persons.push({ personId, ...(facts.person.birthDate ? { birthDate: toIsoDateTokyo(facts.person.birthDate) } : {}) });
    consents.push(...toAccessRequest(actor, facts, { personId, action: 'read', purpose: 'meeting', recordType: 'Consent', now }, []).consents);
  }
  return { persons, consents };
}

/** C4: every identified person of a consent-based meeting's agenda must consent to sharing with every member organisation. */
export async function checkAgendaConsents(tx: Tx, actor: StaffActor, m: Meeting, item: { caseId: string | null; personIds: readonly string[] }, supportDecided: boolean, organisationIds: readonly string[], now: Date) {
  const { persons, consents } = await agendaFacts(tx, actor, item.personIds, now);
  const permission = canPutOnAgenda(m.kind, { caseId: item.caseId ?? '', supportDecided, persons }, consents, [...new Set(organisationIds)], now, m.id);
  if (!permission.ok) throw domainError(permission.error);
  return permission.value;
}

/** Tables a case with its primary person, the persons named, and the rest of its household (placeCaseOnAgenda). */
export async function tableCase(tx: Tx, actor: StaffActor, m: Meeting, caseId: string, named: readonly string[], now: Date): Promise<{ caseId: string; householdId: string; planVersion: number; placement: CasePlacement }> {
  const c = await getCoordinationCase(tx, actor.municipalityCode, caseId);
  if (!c) throw apiError('NOT_FOUND');
  const household = (await listPersonsOfTabledHousehold(tx, actor.municipalityCode, c.householdId)).map((p) => p.id);
  const required = [...new Set([c.primaryPersonId, ...named])];
  if (required.some((id) => !household.includes(id))) throw apiError('NOT_FOUND');
  const others = household.filter((id) => !required.includes(id));
  const { persons, consents } = await agendaFacts(tx, actor, [...required, ...others], now);
  const of = (ids: string[]) => persons.filter((p) => ids.includes(p.personId));
  const placement = placeCaseOnAgenda(m.kind, { caseId: c.id, supportDecided: isSupportDecided(c.status as CaseStatus), required: of(required), others: of(others) }, consents, [...new Set(m.members.map((x) => x.organisationId))], now, m.id);
  if (!placement.ok) throw domainError(placement.error);
  return { caseId: c.id, householdId: c.householdId, planVersion: c.planVersion, placement: placement.value };
}

/** Household members of a tabled case left off its identified persons: discussed without identifying data. */
export async function anonymisedCount(tx: Tx, actor: StaffActor, m: Meeting, item: Pick<AgendaItemRow, 'caseId' | 'householdId' | 'personIds'>): Promise<number> {
  if (m.kind === 'shien' || !item.caseId || !item.householdId) return 0;
  const household = await listPersonsOfTabledHousehold(tx, actor.municipalityCode, item.householdId);
  return household.filter((p) => !item.personIds.includes(p.id)).length;
}

export const agendaOrigin = (m: Meeting, caseId: string | null): DataOrigin =>
  m.kind === 'shien' ? { kind: 'support_meeting_material', meetingId: m.id } : { kind: 'case_record', ...(caseId ? { caseId } : {}) };

export type AgendaPersonView = { personId: string | null; name: string | null; basis: string | null; refused: string | null; anonymised: boolean };

/** One agenda item as this member may see it now: each identified person decided again (C6, C7), the others unnamed. */
export async function readAgendaItem(tx: Tx, actor: StaffActor, m: Meeting, item: AgendaItemRow, orgName: (id: string) => string, now: Date) {
  const decisions = await accessPersons(
    tx,
    actor,
    { action: 'read', purpose: 'meeting', recordType: 'AgendaItem', now, ...(m.kind === 'shien' ? {} : { meetingId: m.id }), persons: item.personIds.map((personId) => ({ personId, origin: agendaOrigin(m, item.caseId) })) },
    meetingMemberships,
  );
  const persons: AgendaPersonView[] = [];
  for (const personId of item.personIds) {
    const d = decisions.get(personId);
    if (d?.allowed) {
      const p = await getPersonRecord(tx, actor.municipalityCode, personId);
      persons.push({ personId, name: p ? `${p.familyName} ${p.givenName}` : '', basis: accessBasisLabels[d.basis.kind], refused: null, anonymised: false });
    } else {
      // C6: a withdrawn consent stops what rested on it; the item stays, unnamed, with the reason in words.
      persons.push({ personId: null, name: null, basis: null, refused: d?.message ?? '表示できません。', anonymised: false });
    }
  }
  const unnamed = await anonymisedCount(tx, actor, m, item);
  for (let i = 0; i < unnamed; i += 1) persons.push({ personId: null, name: null, basis: null, refused: null, anonymised: true });
  const readable = persons.every((p) => p.anonymised || p.refused === null);
  const subject = readable ? await readSubject(tx, actor, m, item) : { kind: item.subjectKind, label: null, areaNote: null };
  const frame = { id: item.id, caseId: item.caseId, subjectKind: item.subjectKind, subject, basis: item.basis, persons };
  if (!readable || !item.caseId) {
    return { ...frame, caseVersion: null as number | null, caseStatus: null as string | null, notes: readable ? item.notes : null, plan: null, planWithheld: false, currentPlanVersion: null as number | null };
  }
  const c = await getCoordinationCase(tx, actor.municipalityCode, item.caseId);
  if (!c) throw apiError('NOT_FOUND');
  // Only a 重層的支援会議 judges a plan (SPEC §3.4); a plan speaks of the whole household, so it is laid only when no one is unnamed.
  // The version laid before this meeting, frozen when tabled (or the one it decided on, for items tabled earlier):
  // an old meeting never shows a later version as if it had judged it.
  const laid = item.planVersion ?? m.decisions.find((d) => d.agendaItemId === item.id && d.planVersion !== null)?.planVersion ?? c.planVersion;
  const p = m.kind === 'jusoteki' && laid > 0 ? await getPlanVersion(tx, actor.municipalityCode, c.id, laid) : null;
  const plan =
    p && unnamed === 0
      ? { version: p.version, status: p.status, goals: p.goals as { text: string }[], roles: (p.roles as { organisationId: string; role: string }[]).map((r) => ({ ...r, organisationName: orgName(r.organisationId) })), direction: p.direction, reviewDate: toIsoDateTokyo(p.reviewDate) }
      : null;
  return { ...frame, caseVersion: c.version as number | null, caseStatus: c.status as string | null, notes: item.notes, plan, planWithheld: p !== null && unnamed > 0, currentPlanVersion: c.planVersion as number | null };
}
