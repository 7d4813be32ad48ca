// The one path to a person's data: load the facts, ask the domain policy, write the audit entry
// in the same transaction, or refuse with the domain's reason. Nothing else grants access.
import { appendDisclosures, loadMeetingMembershipsOfUser, loadPersonAccessContext, loadPersonAccessFacts, loadPersonAccessFactsMany } from '@kasane/db';
import type { MembershipFacts, PersonAccessFacts, Tx } from '@kasane/db';
import { ZPurpose, decideAccess, isDisclosure } from '@kasane/domain';
import type { AccessBasis, AccessRequest, DataOrigin, DomainError, MeetingMembership, Purpose, Role } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { apiError, domainError } from '../../errors.js';
import { noteAllowedPersons } from './decision-scope.js';
import { auditReadAs } from '../audit-as.js';
import { emergencyClaimOf } from './emergency-claim.js';
import type { EmergencyClaim } from './emergency-claim.js';

export interface PersonAccessRequest {
  personId: string;
  action: 'read' | 'write';
  purpose: Purpose;
  /** what is read or written, for the audit entry: e.g. 'Person', 'Consultation' */
  recordType: string;
  recordId?: string;
  origin?: DataOrigin;
  meetingId?: string;
  emergency?: { reason: string };
  now: Date;
}

/** Meetings the actor sits on; filled in by the meetings feature (C5 undertakings, agendas). */
export type MembershipLoader = (tx: Tx, actor: StaffActor) => Promise<MeetingMembership[]>;
// C5: every access sees the actor's meetings — undertaking and agenda persons straight from the database.
const toMembership = (m: MembershipFacts): MeetingMembership => ({
  meetingId: m.meetingId,
  kind: m.kind === 'jusoteki' || m.kind === 'shien' ? m.kind : 'other',
  ...(m.undertakingSignedAt ? { undertakingSignedAt: m.undertakingSignedAt.toISOString() } : {}),
  agendaPersonIds: m.agendaPersonIds,
});
export const meetingMemberships: MembershipLoader = async (tx, actor) => (await loadMeetingMembershipsOfUser(tx, actor.municipalityCode, actor.userId)).map(toMembership);

/** The person's facts and the actor's memberships: one statement on the default path (ADR 0024). */
async function factsAndMemberships(tx: Tx, actor: StaffActor, personId: string, loadMemberships: MembershipLoader): Promise<{ facts: PersonAccessFacts | null; memberships: MeetingMembership[] }> {
  if (loadMemberships === meetingMemberships) {
    const loaded = await loadPersonAccessContext(tx, actor.municipalityCode, personId, actor.userId);
    return { facts: loaded.facts, memberships: loaded.memberships.map(toMembership) };
  }
  const facts = await loadPersonAccessFacts(tx, actor.municipalityCode, personId);
  return { facts, memberships: facts ? await loadMemberships(tx, actor) : [] };
}

export function toAccessRequest(actor: StaffActor, facts: PersonAccessFacts, req: PersonAccessRequest, memberships: MeetingMembership[]): AccessRequest {
  return {
    actor: { userId: actor.userId, role: actor.role as Role, organisationId: actor.organisationId, municipalityCode: actor.municipalityCode },
    subject: {
      personId: facts.person.id,
      municipalityCode: facts.person.municipalityCode,
      ...(facts.person.birthDate ? { birthDate: facts.person.birthDate.toISOString().slice(0, 10) } : {}),
      ...(facts.person.publicAssistanceOfficeId ? { publicAssistanceOfficeId: facts.person.publicAssistanceOfficeId } : {}),
    },
    action: req.action,
    purpose: req.purpose,
    now: req.now.toISOString(),
    origin: req.origin ?? { kind: 'case_record' },
    ...(req.meetingId ? { meetingId: req.meetingId } : {}),
    cases: facts.cases.map((c) => ({
      caseId: c.caseId,
      ownerOrganisationId: c.ownerOrganisationId,
      ...(c.leadOrganisationId ? { leadOrganisationId: c.leadOrganisationId } : {}),
      involvedOrganisationIds: c.involvedOrganisationIds,
    })),
    consents: facts.consents.map((c) => ({
      id: c.id,
      personId: c.personId,
      scope: {
        organisationIds: c.organisationIds,
        purposes: c.purposes.flatMap((p) => (ZPurpose.safeParse(p).success ? [p as Purpose] : [])),
        ...(c.meetingIds.length ? { meetingIds: c.meetingIds } : {}),
      },
      obtainedAt: c.obtainedAt.toISOString(),
      obtainedBy: c.obtainedByUserId,
      method: c.method === 'oral' ? 'oral' : 'written',
      ...(c.expiresAt ? { expiresAt: c.expiresAt.toISOString() } : {}),
      ...(c.withdrawnAt ? { withdrawnAt: c.withdrawnAt.toISOString() } : {}),
      ...(c.guardianName
        ? { guardian: { name: c.guardianName, relationship: c.guardianRelationship ?? '保護者', obtainedAt: c.obtainedAt.toISOString(), ...(c.childView ? { childView: c.childView } : {}) } }
        : {}),
    })),
    memberships,
    ...(req.emergency ? { emergency: req.emergency } : {}),
    ...(facts.protectionReferrals.length ? { protectionReferrals: facts.protectionReferrals } : {}),
  };
}

function basisRef(basis: AccessBasis): string | null {
  switch (basis.kind) {
    case 'consent':
      return basis.consentId;
    case 'support_meeting':
      return basis.meetingId;
    case 'emergency':
      return basis.reason;
    case 'public_assistance_office':
      return basis.organisationId;
    case 'protection_referral':
      return basis.referralId;
    case 'own_case':
      return basis.caseId ?? null;
    case 'audit':
      return basis.ground;
    case 'intake':
      return null;
  }
}

/** Decides, audits and returns the basis; throws the domain's refusal (rolling the transaction back). */
export async function accessPerson(tx: Tx, actor: StaffActor, req: PersonAccessRequest, loadMemberships: MembershipLoader = meetingMemberships): Promise<AccessBasis> {
  const { facts, memberships } = await factsAndMemberships(tx, actor, req.personId, loadMemberships);
  return decideAndRecord(tx, actor, facts, memberships, req);
}

/**
 * A person's own page (person.get): the reader's identity origin (their organisation recorded the
 * person) and their open emergency grant come in the same statement as the facts (ADR 0035); the
 * grant is offered to the policy, which uses it only when nothing else applies (C3).
 */
export async function accessPersonAsReader(
  tx: Tx,
  actor: StaffActor,
  req: Omit<PersonAccessRequest, 'origin' | 'emergency'>,
  options: { offerEmergency: boolean },
): Promise<{ basis: AccessBasis; claim: EmergencyClaim | null }> {
  const loaded = await loadPersonAccessContext(tx, actor.municipalityCode, req.personId, actor.userId, { organisationId: actor.organisationId, now: req.now });
  const origin: DataOrigin | undefined = loaded.reader?.recordedByReader ? { kind: 'case_record', recordedByOrganisationId: actor.organisationId } : undefined;
  const claim = options.offerEmergency ? emergencyClaimOf(loaded.reader?.grant ?? null, req.now) : null;
  const basis = await decideAndRecord(tx, actor, loaded.facts, loaded.memberships.map(toMembership), {
    ...req,
    ...(origin ? { origin } : {}),
    ...(claim ? { emergency: claim.emergency } : {}),
  });
  return { basis, claim };
}

async function decideAndRecord(tx: Tx, actor: StaffActor, facts: PersonAccessFacts | null, memberships: MeetingMembership[], req: PersonAccessRequest): Promise<AccessBasis> {
  if (!facts) throw apiError('NOT_FOUND');
  const decision = decideAccess(toAccessRequest(actor, facts, req, memberships));
  if (!decision.allowed) {
    const refusal = domainError(withoutBasisDetails(decision.error));
    refusal.denied = { recordType: req.recordType, recordId: req.personId, rule: decision.error.code };
    throw refusal;
  }
  await auditReadAs(tx, actor, {
    action: req.action,
    recordType: req.recordType,
    recordId: req.recordId ?? req.personId,
    legalBasis: decision.basis.kind,
    basisRef: basisRef(decision.basis),
  });
  await recordDisclosures(tx, actor, [{ personId: req.personId, basis: decision.basis, req }]);
  noteAllowedPersons([req.personId]);
  return decision.basis;
}

// C11: reading by an organisation other than the record's own is a disclosure to it; the ledger
// keeps what went to whom, when and on which basis, in the same transaction as the read.
const ownBases: ReadonlySet<AccessBasis['kind']> = new Set(['own_case', 'intake']);

async function recordDisclosures(tx: Tx, actor: StaffActor, items: { personId: string; basis: AccessBasis; req: Pick<PersonAccessRequest, 'action' | 'purpose' | 'recordType' | 'recordId' | 'now'> }[]): Promise<void> {
  await appendDisclosures(
    tx,
    actor.municipalityCode,
    items
      .filter((i) => i.req.action === 'read' && !ownBases.has(i.basis.kind) && isDisclosure(i.req.recordType))
      .map((i) => ({
        personId: i.personId,
        recipientOrganisationId: actor.organisationId,
        actorUserId: actor.userId,
        recordType: i.req.recordType,
        recordId: i.req.recordId ?? i.personId,
        purpose: i.req.purpose,
        legalBasis: i.basis.kind,
        basisRef: basisRef(i.basis),
        disclosedAt: i.req.now,
      })),
  );
}

/**
 * A refusal says which rule refused, never what stands behind it: no consent id, no meeting id, no
 * organisation — those would tell an organisation without a basis about another's (issue #8).
 */
function withoutBasisDetails(error: DomainError): DomainError {
  const rule = error.details?.rule;
  return { ...error, details: typeof rule === 'string' ? { rule } : {} };
}

export type PersonDecision = { allowed: true; basis: AccessBasis } | { allowed: false; code: string; message: string };

export type PersonsRequest = Omit<PersonAccessRequest, 'personId' | 'recordId' | 'origin'> & { persons: { personId: string; origin?: DataOrigin }[] };

/**
 * The policy's decision for each of many persons, and nothing else: no audit entry, no ledger row.
 * Lists decide over the rows of a page (the SQL predicate has already chosen them, ADR 0011) and then
 * record, with `recordPersonsRead`, only the rows they actually return.
 */
export async function decidePersons(tx: Tx, actor: StaffActor, req: PersonsRequest, loadMemberships: MembershipLoader = meetingMemberships): Promise<Map<string, PersonDecision>> {
  const each = await decideEach(tx, actor, req, loadMemberships);
  return new Map(req.persons.map((p, i) => [p.personId, each[i] ?? notFound]));
}

const notFound: PersonDecision = { allowed: false, code: 'NOT_FOUND', message: '対象が見つかりません。' };

/** As `decidePersons`, one decision per entry in order — for rows where one person comes with several origins (a case each). */
export async function decideEach(tx: Tx, actor: StaffActor, req: PersonsRequest, loadMemberships: MembershipLoader = meetingMemberships): Promise<PersonDecision[]> {
  if (req.persons.length === 0) return [];
  const ids = [...new Set(req.persons.map((p) => p.personId))];
  const [facts, memberships] = await Promise.all([loadPersonAccessFactsMany(tx, actor.municipalityCode, ids), loadMemberships(tx, actor)]);
  return req.persons.map((p) => {
    const f = facts.get(p.personId);
    if (!f) return notFound;
    const d = decideAccess(toAccessRequest(actor, f, { ...req, personId: p.personId, ...(p.origin ? { origin: p.origin } : {}) }, memberships));
    return d.allowed ? { allowed: true, basis: d.basis } : { allowed: false, code: d.error.code, message: d.error.message };
  });
}

/**
 * Records a read of persons the policy allowed (C8, C11): one audit entry naming every person shown
 * and their bases, ledger rows for disclosures — in the caller's transaction.
 */
export async function recordPersonsRead(
  tx: Tx,
  actor: StaffActor,
  req: Pick<PersonAccessRequest, 'action' | 'purpose' | 'recordType' | 'now'>,
  allowed: { personId: string; basis: AccessBasis }[],
): Promise<void> {
  if (allowed.length === 0) return;
  await auditReadAs(tx, actor, {
    action: req.action,
    recordType: req.recordType,
    recordId: allowed.map((a) => a.personId).join(','),
    legalBasis: [...new Set(allowed.map((a) => a.basis.kind))].sort().join(','),
    basisRef: allowed.map((a) => basisRef(a.basis) ?? '-').join(','),
  });
  await recordDisclosures(tx, actor, allowed.map((a) => ({ ...a, req: { ...req, recordId: a.personId } })));
  noteAllowedPersons(allowed.map((a) => a.personId));
}

/**
 * A page of persons read at once (the household view, my work): each row decided by the same policy,
 * and every allowed row recorded as read. Refused rows are returned as refusals (the caller shows
 * them without data), never thrown.
 */
export async function accessPersons(tx: Tx, actor: StaffActor, req: PersonsRequest, loadMemberships: MembershipLoader = meetingMemberships): Promise<Map<string, PersonDecision>> {
  const out = await decidePersons(tx, actor, req, loadMemberships);
  await recordPersonsRead(tx, actor, req, [...out.entries()].flatMap(([personId, d]) => (d.allowed ? [{ personId, basis: d.basis }] : [])));
  return out;
}
