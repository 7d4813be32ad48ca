// 世帯まるごと (SPEC §3): the household, each member shown only on that member's own basis (C12),
// every consultation and case the worker may see, the fields and organisations involved, a timeline;
// and the 生活保護 link (C10): 被保護 flag with its 保護の実施機関, urgent referrals to its queue.
import {
  acknowledgeProtectionReferral,
  addOfficeToOpenCases,
  appendPublicAssistanceChange,
  appendDisclosures,
  createProtectionReferral,
  findAccountById,
  listConsentsOfPersons,
  listOrganisations,
  listProtectionQueue,
  listPublicAssistanceChanges,
  loadHouseholdMembers,
  loadHouseholdOverview,
  setPublicAssistance as setPublicAssistanceRow,
  userDisplayNames,
} from '@kasane/db';
import type { Tx } from '@kasane/db';
import { accessBasisLabels, caseStatusLabels, consulterTypeLabels, fieldLabels, fieldsOf, formatDisplayDate, getIssue, intakeChannelLabels, isComplex, issueIds, mayChangePublicAssistance, triageOutcomeLabels } from '@kasane/domain';
import type { CaseStatus, ConsulterType, Field, IntakeChannel, IssueId, TriageOutcome } from '@kasane/domain';
import type { StaffActor } from '../context.js';
import { apiError, domainError } from '../errors.js';
import { accessPersons } from './access/person-access.js';
import type { PersonDecision } from './access/person-access.js';
import { identityOrigins } from './access/own-record.js';
import { consentStatus } from './consent-service.js';
import type { TProtectionReferral } from './intake/schemas.js';
import { auditAs } from './audit-as.js';

const knownIssues = (ids: string[]): IssueId[] => ids.filter((id): id is IssueId => (issueIds as readonly string[]).includes(id));
const issueView = (ids: string[]) => knownIssues(ids).map((id) => ({ id, label: getIssue(id).label }));

/** Decides every member of a household at once; refusals come back as values, not errors. */
async function decideMembers(tx: Tx, actor: StaffActor, personIds: string[], now: Date, write = false): Promise<Map<string, PersonDecision>> {
  const origins = await identityOrigins(tx, actor, personIds);
  return accessPersons(tx, actor, {
    action: write ? 'write' : 'read',
    purpose: actor.role === 'auditor' ? 'audit' : 'support',
    recordType: 'Household',
    now,
    persons: personIds.map((personId) => {
      const origin = origins.get(personId);
      return origin ? { personId, origin } : { personId };
    }),
  });
}

export async function getHousehold(tx: Tx, actor: StaffActor, householdId: string, now: Date, consultationLimit = 50) {
  const overview = await loadHouseholdOverview(tx, actor.municipalityCode, householdId, consultationLimit);
  if (!overview) throw apiError('NOT_FOUND');
  const memberIds = overview.members.map((m) => m.id);
  const decisions = await decideMembers(tx, actor, memberIds, now);
  const allowed = (personId: string | null) => personId !== null && decisions.get(personId)?.allowed === true;
  // Whether a household exists is itself personal: no basis answers exactly as no household does.
  if (!memberIds.some((id) => allowed(id)) && !overview.consultationGroups.some((c) => c.organisationId === actor.organisationId)) throw apiError('NOT_FOUND');
  const organisations = await listOrganisations(tx, actor.municipalityCode);
  const orgName = (id: string | null) => (id ? (organisations.find((o) => o.id === id)?.name ?? '（不明な機関）') : null);
  const consents = await listConsentsOfPersons(tx, actor.municipalityCode, memberIds.filter((id) => allowed(id)));

  const members = overview.members.map((m) => {
    const d = decisions.get(m.id);
    if (!d?.allowed) {
      // C12: a member the worker has no basis for is shown as present, without data, saying why.
      return { id: m.id, visible: false as const, reason: d && !d.allowed ? d.message : '表示する根拠がありません。' };
    }
    const own = consents.filter((c) => c.personId === m.id);
    return {
      id: m.id,
      visible: true as const,
      basis: { kind: d.basis.kind, label: accessBasisLabels[d.basis.kind] },
      familyName: m.familyName,
      givenName: m.givenName,
      familyNameKana: m.familyNameKana,
      givenNameKana: m.givenNameKana,
      birthDate: m.birthDate,
      relationship: m.relationship,
      phone: m.phone,
      consents: { active: own.filter((c) => consentStatus(c, now) === 'active').length, total: own.length },
    };
  });

  const consultationVisible = (c: { organisationId: string; personId: string | null }) =>
    c.organisationId === actor.organisationId || allowed(c.personId) || (c.personId === null && memberIds.some((id) => allowed(id)));
  const consultations = overview.consultations.map((c) => {
    const visible = consultationVisible(c);
    const base = { id: c.id, receivedAt: c.receivedAt, organisation: orgName(c.organisationId) };
    if (!visible) return { ...base, visible: false as const };
    return {
      ...base,
      visible: true as const,
      personId: c.personId,
      channel: intakeChannelLabels[c.channel as IntakeChannel] ?? c.channel,
      consulterType: consulterTypeLabels[c.consulterType as ConsulterType] ?? c.consulterType,
      issues: issueView(c.issueIds),
      summary: c.summary,
      triage: c.triage ? (triageOutcomeLabels[c.triage as TriageOutcome] ?? c.triage) : null,
    };
  });
  const cases = overview.cases.map((c) => {
    if (!allowed(c.primaryPersonId)) return { id: c.id, visible: false as const };
    const orgIds = [...new Set([c.ownerOrganisationId, ...(c.leadOrganisationId ? [c.leadOrganisationId] : []), ...c.participants.map((p) => p.organisationId)])];
    return {
      id: c.id,
      visible: true as const,
      personId: c.primaryPersonId,
      status: c.status,
      statusLabel: caseStatusLabels[c.status as CaseStatus] ?? c.status,
      issues: issueView(c.issueIds),
      owner: orgName(c.ownerOrganisationId),
      lead: orgName(c.leadOrganisationId),
      organisations: orgIds.map((id) => ({ id, name: orgName(id) ?? '' })),
      openedAt: c.openedAt,
      closedAt: c.closedAt,
    };
  });

  const visibleIssues = knownIssues([
    ...overview.consultationGroups.filter(consultationVisible).flatMap((c) => c.issueIds),
    ...overview.cases.filter((c) => allowed(c.primaryPersonId)).flatMap((c) => c.issueIds),
  ]);
  const involved = new Map<string, string>();
  for (const c of cases) if (c.visible) for (const o of c.organisations) involved.set(o.id, o.name);
  for (const c of overview.consultationGroups) if (consultationVisible(c)) involved.set(c.organisationId, orgName(c.organisationId) ?? '');

  type TimelineEvent = { at: Date; kind: string; label: string; organisation: string | null };
  const timeline: TimelineEvent[] = [
    ...consultations.flatMap((c): TimelineEvent[] => (c.visible ? [{ at: c.receivedAt, kind: 'consultation', label: `相談受付（${c.channel}）`, organisation: c.organisation }] : [])),
    ...cases.flatMap((c): TimelineEvent[] =>
      c.visible
        ? [
            { at: c.openedAt, kind: 'case_opened', label: `ケース開始（${c.statusLabel}）`, organisation: c.owner },
            ...(c.closedAt ? [{ at: c.closedAt, kind: 'case_closed', label: 'ケース終結', organisation: c.owner }] : []),
          ]
        : [],
    ),
    ...consents.flatMap((c): TimelineEvent[] => [
      { at: c.obtainedAt, kind: 'consent', label: '同意を取得', organisation: orgName(c.obtainedByOrganisationId) },
      ...(c.withdrawnAt ? [{ at: c.withdrawnAt, kind: 'consent_withdrawn', label: '同意の撤回', organisation: null }] : []),
    ]),
    ...overview.referrals.map((r): TimelineEvent => ({ at: r.referredAt, kind: 'protection_referral', label: r.urgent ? '保護の実施機関へ緊急につないだ' : '保護の実施機関へつないだ', organisation: orgName(r.referredByOrganisationId) })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());

  const fields = fieldsOf(visibleIssues);
  return {
    id: overview.household.id,
    address: memberIds.some((id) => allowed(id)) ? overview.household.address : null,
    onPublicAssistance: overview.household.onPublicAssistance,
    publicAssistanceOffice: orgName(overview.household.publicAssistanceOfficeId),
    urgentProtection: overview.referrals.some((r) => r.urgent && r.acknowledgedAt === null),
    members,
    hiddenMembers: members.filter((m) => !m.visible).length,
    consultations,
    /** all of the household's consultations; `consultations` holds the newest of them (paged, issue #13) */
    consultationTotal: overview.consultationGroups.reduce((n, g) => n + g.count, 0),
    cases,
    overview: {
      fields: fields.map((f: Field) => ({ id: f, label: fieldLabels[f] })),
      complex: isComplex(visibleIssues),
      issues: [...new Set(visibleIssues)].map((id) => ({ id, label: getIssue(id).label })),
      organisations: [...involved.entries()].map(([id, name]) => ({ id, name })),
    },
    timeline: timeline.map((t) => ({ ...t, atWareki: formatDisplayDate(t.at) })),
  };
}

/** Write access to a household means a basis for at least one member (and its audit entry). */
async function requireHouseholdWrite(tx: Tx, actor: StaffActor, householdId: string, now: Date) {
  const overview = await loadHouseholdMembers(tx, actor.municipalityCode, householdId);
  if (!overview) throw apiError('NOT_FOUND');
  const decisions = await decideMembers(tx, actor, overview.members.map((m) => m.id), now, true);
  if (![...decisions.values()].some((d) => d.allowed)) throw apiError('ROLE_FORBIDDEN');
  return overview;
}

async function publicAssistanceOffice(tx: Tx, actor: StaffActor, requested: string | undefined | null) {
  const offices = (await listOrganisations(tx, actor.municipalityCode)).filter((o) => o.isPublicAssistanceOffice);
  const office = requested ? offices.find((o) => o.id === requested) : offices.length === 1 ? offices[0] : undefined;
  if (!office) throw apiError('NOT_FOUND');
  return office;
}

/**
 * C10: the 保護の実施機関 stays central, so only it or the coordinator changes the 被保護 flag
 * (`mayChangePublicAssistance`); the office joins the household's open cases when it is set, and
 * every change is audited and kept in the household's history.
 */
export async function setPublicAssistance(tx: Tx, actor: StaffActor, input: { householdId: string; onPublicAssistance: boolean; officeOrganisationId?: string | undefined }, now: Date) {
  const overview = await loadHouseholdMembers(tx, actor.municipalityCode, input.householdId);
  if (!overview) throw apiError('NOT_FOUND');
  const current = overview.household.onPublicAssistance ? overview.household.publicAssistanceOfficeId : null;
  const office = input.onPublicAssistance ? await publicAssistanceOffice(tx, actor, input.officeOrganisationId) : null;
  const may = mayChangePublicAssistance({ actor: { role: actor.role, organisationId: actor.organisationId }, currentOfficeId: current, newOfficeId: office?.id ?? null });
  if (!may.ok) throw domainError(may.error);
  // The flag is not a way into a household: the changer needs a basis for one of its members too.
  await requireHouseholdWrite(tx, actor, input.householdId, now);
  await setPublicAssistanceRow(tx, actor.municipalityCode, input.householdId, { onPublicAssistance: input.onPublicAssistance, officeId: office?.id ?? null });
  if (office) await addOfficeToOpenCases(tx, actor.municipalityCode, input.householdId, office.id);
  const recordedOffice = office?.id ?? current;
  await appendPublicAssistanceChange(tx, actor.municipalityCode, {
    householdId: input.householdId,
    onPublicAssistance: input.onPublicAssistance,
    officeOrganisationId: recordedOffice,
    changedByUserId: actor.userId,
    changedByOrganisationId: actor.organisationId,
    changedAt: now,
  });
  await auditAs(tx, actor, {
    action: 'write',
    recordType: 'PublicAssistance',
    recordId: input.householdId,
    legalBasis: 'public_assistance_flag',
    basisRef: `${input.onPublicAssistance ? 'set' : 'clear'}:${recordedOffice ?? '-'}`,
  });
  return { ok: true as const, onPublicAssistance: input.onPublicAssistance, officeOrganisationId: office?.id ?? null };
}

/** C10: the household's 被保護 changes, newest first, to whoever may see the household. */
export async function publicAssistanceHistory(tx: Tx, actor: StaffActor, householdId: string, now: Date) {
  const overview = await loadHouseholdOverview(tx, actor.municipalityCode, householdId, 0);
  if (!overview) throw apiError('NOT_FOUND');
  const decisions = await decideMembers(tx, actor, overview.members.map((m) => m.id), now);
  if (![...decisions.values()].some((d) => d.allowed) && !overview.consultationGroups.some((c) => c.organisationId === actor.organisationId)) throw apiError('ROLE_FORBIDDEN');
  const [changes, organisations] = await Promise.all([listPublicAssistanceChanges(tx, actor.municipalityCode, householdId), listOrganisations(tx, actor.municipalityCode)]);
  const users = await userDisplayNames(tx, actor.municipalityCode, changes.map((c) => c.changedByUserId));
  const orgName = (id: string | null) => (id ? (organisations.find((o) => o.id === id)?.name ?? '（不明な機関）') : null);
  return {
    items: changes.map((c) => ({
      onPublicAssistance: c.onPublicAssistance,
      office: orgName(c.officeOrganisationId),
      changedBy: users.get(c.changedByUserId) ?? '（不明な職員）',
      changedByOrganisation: orgName(c.changedByOrganisationId) ?? '',
      changedAt: c.changedAt,
      changedAtWareki: formatDisplayDate(c.changedAt),
    })),
  };
}

/**
 * C10: an urgent need for protection goes to the 保護の実施機関 at once — it is in that office's queue
 * from this transaction on. Passing it is a disclosure to the office (C11 ledger), on 生活保護法 grounds.
 */
export async function referToProtection(tx: Tx, actor: StaffActor, input: TProtectionReferral, now: Date) {
  const overview = await requireHouseholdWrite(tx, actor, input.householdId, now);
  const office = await publicAssistanceOffice(tx, actor, input.officeOrganisationId ?? overview.household.publicAssistanceOfficeId);
  const personId = input.personId ?? overview.members[0]?.id ?? null;
  if (input.personId && !overview.members.some((m) => m.id === input.personId)) throw apiError('NOT_FOUND');
  const referral = await createProtectionReferral(tx, actor.municipalityCode, {
    householdId: input.householdId,
    personId,
    officeOrganisationId: office.id,
    urgent: input.urgent,
    reason: input.reason,
    referredByUserId: actor.userId,
    referredByOrganisationId: actor.organisationId,
    referredAt: now,
  });
  if (personId && office.id !== actor.organisationId) {
    await appendDisclosures(tx, actor.municipalityCode, [
      { personId, recipientOrganisationId: office.id, actorUserId: actor.userId, recordType: 'ProtectionReferral', recordId: referral.id, purpose: 'referral', legalBasis: 'protection_referral', basisRef: referral.id, disclosedAt: now },
    ]);
  }
  return { ok: true as const, referralId: referral.id, officeOrganisationId: office.id };
}

/**
 * The 保護の実施機関's queue (its own workers only): urgent referrals first. Each referred person is
 * read through the policy on the referral's own basis (C10, `protection_referral`), audited and ledgered.
 */
export async function protectionQueue(tx: Tx, actor: StaffActor, includeAcknowledged: boolean, now: Date) {
  const organisations = await listOrganisations(tx, actor.municipalityCode);
  const own = organisations.find((o) => o.id === actor.organisationId);
  if (!own?.isPublicAssistanceOffice) throw apiError('ROLE_FORBIDDEN');
  const referrals = await listProtectionQueue(tx, actor.municipalityCode, actor.organisationId, includeAcknowledged);
  const subjects = [];
  for (const r of referrals) {
    const overview = await loadHouseholdOverview(tx, actor.municipalityCode, r.householdId, 0);
    const person = overview?.members.find((m) => m.id === r.personId) ?? overview?.members[0];
    subjects.push({ r, overview, person });
  }
  const personIds = subjects.flatMap((s) => (s.person ? [s.person.id] : []));
  const decisions = await accessPersons(tx, actor, { action: 'read', purpose: 'referral', recordType: 'ProtectionReferral', now, persons: personIds.map((personId) => ({ personId })) });
  const items = [];
  for (const { r, overview, person } of subjects) {
    const allowed = person ? decisions.get(person.id)?.allowed === true : false;
    const referrer = await findAccountById(tx, r.referredByUserId);
    items.push({
      id: r.id,
      urgent: r.urgent,
      reason: r.reason,
      referredAt: r.referredAt,
      acknowledgedAt: r.acknowledgedAt,
      householdId: r.householdId,
      personId: person?.id ?? null,
      address: allowed ? (overview?.household.address ?? '') : '',
      personName: allowed && person ? `${person.familyName} ${person.givenName}`.trim() : null,
      referredBy: organisations.find((o) => o.id === r.referredByOrganisationId)?.name ?? '',
      referredByUser: referrer?.municipalityCode === actor.municipalityCode ? referrer.displayName : '',
    });
  }
  return { items };
}

export async function acknowledgeReferral(tx: Tx, actor: StaffActor, referralId: string, now: Date) {
  if (!(await acknowledgeProtectionReferral(tx, actor.municipalityCode, referralId, actor.organisationId, { at: now, userId: actor.userId }))) throw apiError('NOT_FOUND');
  return { ok: true as const };
}

