// 同意 (SPEC §4): recorded per person (C12) with organisations, purposes and optionally meetings
// (C7), 書面/口頭 and who obtained it (C2), a guardian for a child (C2), withdrawn at its own
// moment (C6). Access is decided from the consent rows on every read, so a change applies at once.
import { createConsent, findAccountById, findLivePerson, getConsent, getMunicipality, getPersonRecord, listCasesOfPrimaryPerson, listConsentsOfPersons, listOrganisations, withdrawConsent as withdrawConsentRow } from '@kasane/db';
import type { ConsentRow, Tx } from '@kasane/db';
import { allowedEvents, checkConsentDraft, checkConsentSigner, checkWithdrawalDay, consentMethodLabels, consentSignerLabels, formatWareki, isAtOrAfter, purposeLabels, toIsoDateTokyo, withdrawalMethodLabels } from '@kasane/domain';
import type { CaseStatus, ConsentMethod, ConsentSignerKind, Purpose, WithdrawalMethod } from '@kasane/domain';
import type { StaffActor } from '../context.js';
import { apiError, domainError } from '../errors.js';
import { accessPerson } from './access/person-access.js';
import { identityOrigin } from './access/own-record.js';
import { applyCaseEvent } from './coordination/case-state.js';
import type { TRecordConsent, TWithdrawConsent } from './intake/schemas.js';
import { auditAs } from './audit-as.js';

export type ConsentStatus = 'active' | 'withdrawn' | 'expired' | 'pending';
export const consentStatusLabels: Record<ConsentStatus, string> = { active: '有効', withdrawn: '撤回済み', expired: '期限切れ', pending: '開始前' };

export function consentStatus(c: Pick<ConsentRow, 'obtainedAt' | 'withdrawnAt' | 'expiresAt'>, now: Date): ConsentStatus {
  if (c.withdrawnAt && isAtOrAfter(now, c.withdrawnAt)) return 'withdrawn';
  if (c.expiresAt && isAtOrAfter(now, c.expiresAt)) return 'expired';
  if (!isAtOrAfter(now, c.obtainedAt)) return 'pending';
  return 'active';
}

async function writeAccess(tx: Tx, actor: StaffActor, personId: string, now: Date, consentId?: string) {
  const origin = await identityOrigin(tx, actor, personId);
  return accessPerson(tx, actor, { personId, action: 'write', purpose: 'support', recordType: 'Consent', now, ...(consentId ? { recordId: consentId } : {}), ...(origin ? { origin } : {}) });
}

export async function recordConsent(tx: Tx, actor: StaffActor, input: TRecordConsent, now: Date) {
  const person = await findLivePerson(tx, actor.municipalityCode, input.personId);
  if (!person) throw apiError('NOT_FOUND');
  await writeAccess(tx, actor, person.id, now);
  const organisations = await listOrganisations(tx, actor.municipalityCode);
  const known = new Set(organisations.map((o) => o.id));
  if (!input.organisationIds.every((id) => known.has(id))) throw apiError('NOT_FOUND');
  if (input.obtainedByUserId) {
    const user = await findAccountById(tx, input.obtainedByUserId);
    if (!user || user.municipalityCode !== actor.municipalityCode) throw apiError('NOT_FOUND');
  }
  const draft = checkConsentDraft(
    {
      organisationIds: input.organisationIds,
      purposes: input.purposes,
      obtainedAt: input.obtainedAt,
      ...(input.expiresAt ? { expiresAt: input.expiresAt } : {}),
      ...(input.guardian ? { guardian: input.guardian } : {}),
    },
    person.birthDate ? { birthDate: person.birthDate.toISOString().slice(0, 10) } : {},
  );
  if (!draft.ok) throw domainError(draft.error);
  const signer = checkConsentSigner(input.signer ?? { kind: 'self' });
  if (!signer.ok) throw domainError(signer.error);
  const consent = await createConsent(tx, actor.municipalityCode, {
    personId: person.id,
    organisationIds: [...new Set(input.organisationIds)],
    purposes: [...new Set(input.purposes)],
    meetingIds: input.meetingIds,
    method: input.method,
    obtainedByUserId: input.obtainedByUserId ?? actor.userId,
    obtainedByOrganisationId: actor.organisationId,
    obtainedAt: input.obtainedAt,
    expiresAt: input.expiresAt ?? null,
    guardianName: input.guardian?.name ?? null,
    guardianRelationship: input.guardian?.relationship ?? null,
    childView: input.guardian?.childView ?? null,
    signerKind: signer.value.kind,
    signerName: signer.value.name?.trim() ?? null,
    signerRelation: signer.value.relation?.trim() ?? null,
    note: input.note ?? null,
  });
  return { ok: true as const, consentId: consent.id };
}

/** C6: from this moment nothing new is shared under it, and organisations relying on it lose access. */
export async function withdrawConsent(tx: Tx, actor: StaffActor, input: TWithdrawConsent, now: Date) {
  const consent = await getConsent(tx, actor.municipalityCode, input.consentId);
  if (!consent) throw apiError('NOT_FOUND');
  const basis = await writeAccess(tx, actor, consent.personId, now, consent.id);
  // The day the person withdrew is kept as said; what rested on the consent stops from now (C6).
  const day = checkWithdrawalDay(input.withdrawnOn ?? toIsoDateTokyo(now), consent, now);
  if (!day.ok) throw domainError(day.error);
  const row = { at: now, userId: actor.userId, note: input.note ?? null, on: new Date(`${day.value}T00:00:00Z`), method: input.method ?? null };
  if (!(await withdrawConsentRow(tx, actor.municipalityCode, consent.id, row))) throw apiError('CONFLICT');
  // C6/C8: the withdrawal is its own entry, naming the consent it ends and the person's id.
  await auditAs(tx, actor, {
    action: 'withdraw',
    recordType: 'Consent',
    recordId: consent.id,
    legalBasis: basis.kind,
    basisRef: consent.personId,
  });
  const cases = await followWithdrawal(tx, actor, consent, input.note ?? null, now);
  return { ok: true as const, consentId: consent.id, withdrawnAt: now, cases };
}

/**
 * C6: a case whose consent-based stage rested on this consent stops there in the same transaction,
 * through the domain `transition` and the version check. The withdrawal itself was authorised above
 * (write on the person); after it the coordination purpose no longer has a basis, so no second check.
 */
async function followWithdrawal(tx: Tx, actor: StaffActor, consent: ConsentRow, note: string | null, now: Date) {
  const cases = (await listCasesOfPrimaryPerson(tx, actor.municipalityCode, consent.personId)).filter((c) => allowedEvents(c.status as CaseStatus).includes('withdraw_consent'));
  if (cases.length === 0) return [];
  // Cases recorded before the consent id was kept on the case rest on the person's latest 多機関協働 consent (as in `advance`).
  const latestCoordination = (await listConsentsOfPersons(tx, actor.municipalityCode, [consent.personId]))
    .filter((x) => x.purposes.includes('coordination'))
    .sort((a, b) => b.obtainedAt.getTime() - a.obtainedAt.getTime())[0];
  const moved: { id: string; status: string; version: number }[] = [];
  for (const c of cases) {
    const reliesOnIt = c.consentId ? c.consentId === consent.id : latestCoordination?.id === consent.id;
    if (!reliesOnIt) continue;
    await applyCaseEvent(tx, actor, c, { type: 'withdraw_consent' }, { expectedVersion: c.version, now, note: note ?? '同意の撤回（同意の記録から）' });
    moved.push({ id: c.id, status: c.status, version: c.version });
  }
  return moved;
}

function describe(c: ConsentRow, orgName: (id: string) => string, userName: Map<string, string>, now: Date) {
  const status = consentStatus(c, now);
  return {
    id: c.id,
    personId: c.personId,
    status,
    statusLabel: consentStatusLabels[status],
    organisations: c.organisationIds.map((id) => ({ id, name: orgName(id) })),
    purposes: c.purposes.map((p) => ({ id: p, label: purposeLabels[p as Purpose] ?? p })),
    meetingIds: c.meetingIds,
    method: c.method,
    methodLabel: consentMethodLabels[c.method as ConsentMethod] ?? c.method,
    obtainedAt: c.obtainedAt,
    obtainedBy: userName.get(c.obtainedByUserId) ?? '',
    obtainedByOrganisation: c.obtainedByOrganisationId ? orgName(c.obtainedByOrganisationId) : null,
    expiresAt: c.expiresAt,
    withdrawnAt: c.withdrawnAt,
    withdrawalNote: c.withdrawalNote,
    withdrawnOn: c.withdrawnOn ? toIsoDateTokyo(c.withdrawnOn) : null,
    withdrawalMethod: c.withdrawalMethod,
    withdrawalMethodLabel: c.withdrawalMethod ? (withdrawalMethodLabels[c.withdrawalMethod as WithdrawalMethod] ?? c.withdrawalMethod) : null,
    signer: { kind: c.signerKind, label: consentSignerLabels[c.signerKind as ConsentSignerKind] ?? c.signerKind, name: c.signerName, relation: c.signerRelation },
    guardian: c.guardianName ? { name: c.guardianName, relationship: c.guardianRelationship ?? '保護者', childView: c.childView } : null,
    note: c.note,
  };
}

async function namesFor(tx: Tx, actor: StaffActor, consents: ConsentRow[]) {
  const organisations = await listOrganisations(tx, actor.municipalityCode);
  const orgNames = new Map(organisations.map((o) => [o.id, o.name]));
  const userIds = [...new Set(consents.map((c) => c.obtainedByUserId))];
  const users = await Promise.all(userIds.map((id) => findAccountById(tx, id)));
  const userName = new Map(users.flatMap((u) => (u && u.municipalityCode === actor.municipalityCode ? [[u.id, u.displayName] as const] : [])));
  return { organisations, orgName: (id: string) => orgNames.get(id) ?? '（不明な機関）', userName };
}

/** One person's consents and what each covers: organisation × purpose, valid now or not. */
export async function listConsents(tx: Tx, actor: StaffActor, personId: string, now: Date) {
  const origin = await identityOrigin(tx, actor, personId);
  await accessPerson(tx, actor, { personId, action: 'read', purpose: actor.role === 'auditor' ? 'audit' : 'support', recordType: 'Consent', now, ...(origin ? { origin } : {}) });
  const [consents, p] = await Promise.all([listConsentsOfPersons(tx, actor.municipalityCode, [personId]), getPersonRecord(tx, actor.municipalityCode, personId)]);
  const { organisations, orgName, userName } = await namesFor(tx, actor, consents);
  const items = consents.map((c) => describe(c, orgName, userName, now));
  const active = items.filter((c) => c.status === 'active');
  // The coverage grid: for every organisation of the municipality, which purposes a live consent covers.
  const coverage = organisations.map((o) => ({
    organisationId: o.id,
    name: o.name,
    purposes: [...new Set(active.filter((c) => c.organisations.some((x) => x.id === o.id)).flatMap((c) => c.purposes.map((p) => p.id)))],
  }));
  // Whose consent this is (the heading), and the birth date the form uses to show the guardian block only for a minor.
  const person = p ? { personId: p.id, name: `${p.familyName} ${p.givenName}`.trim(), birthDate: p.birthDate ? toIsoDateTokyo(p.birthDate) : null } : null;
  return { person, items, coverage };
}

/** A consent with the person and the scope filled in, for the printable form. */
export async function getConsentForm(tx: Tx, actor: StaffActor, consentId: string, now: Date) {
  const consent = await getConsent(tx, actor.municipalityCode, consentId);
  if (!consent) throw apiError('NOT_FOUND');
  const origin = await identityOrigin(tx, actor, consent.personId);
  await accessPerson(tx, actor, { personId: consent.personId, action: 'read', purpose: actor.role === 'auditor' ? 'audit' : 'support', recordType: 'Consent', recordId: consent.id, now, ...(origin ? { origin } : {}) });
  const [person, municipality] = await Promise.all([getPersonRecord(tx, actor.municipalityCode, consent.personId), getMunicipality(tx, actor.municipalityCode)]);
  if (!person) throw apiError('NOT_FOUND');
  const { orgName, userName } = await namesFor(tx, actor, [consent]);
  return {
    consent: describe(consent, orgName, userName, now),
    person: {
      id: person.id,
      name: `${person.familyName} ${person.givenName}`.trim(),
      kana: `${person.familyNameKana} ${person.givenNameKana}`.trim(),
      birthDate: person.birthDate,
      birthDateWareki: person.birthDate ? formatWareki(person.birthDate) : null,
      address: person.household.address,
    },
    municipalityName: municipality?.name ?? '',
    obtainedAtWareki: formatWareki(consent.obtainedAt),
    // One format on the printed form: 和暦 throughout.
    expiresAtWareki: consent.expiresAt ? formatWareki(consent.expiresAt) : null,
    withdrawnOnWareki: consent.withdrawnOn ? formatWareki(consent.withdrawnOn) : null,
  };
}
