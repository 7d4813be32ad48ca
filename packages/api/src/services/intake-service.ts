// 相談受付 (SPEC §3.1): any window takes any consultation, whoever the person is (C1: the policy's
// 'intake' basis is never refused). Duplicate search shows minimal hints only and is audited;
// merging two records of one person is audited too.
import {
  appendCaseEvent,
  createCaseRecord,
  createConsultation,
  createHousehold,
  createPerson,
  findLivePerson,
  getMunicipality,
  householdExists,
  mergePersons as mergePersonRecords,
  searchDuplicateCandidates,
} from '@kasane/db';
import type { Tx } from '@kasane/db';
import {
  caseStatusLabels,
  caseStatuses,
  consulterTypeLabels,
  consulterTypes,
  districtOf,
  fieldLabels,
  fields,
  fieldsOf,
  initialCaseState,
  intakeChannelLabels,
  intakeChannels,
  isComplex,
  issueCatalogue,
  normaliseKana,
  purposeLabels,
  purposes,
  triageOutcomeLabels,
  transition,
  triageOutcomes,
} from '@kasane/domain';
import type { AccessBasis, IssueId } from '@kasane/domain';
import type { StaffActor } from '../context.js';
import { apiError, domainError } from '../errors.js';
import { accessPerson, decidePersons, recordPersonsRead } from './access/person-access.js';
import { identityOrigin } from './access/own-record.js';
import type { TDuplicateSearch, TMergePersons, TNewPerson, TRecordIntake } from './intake/schemas.js';
import { auditAs } from './audit-as.js';

const KATAKANA_ONLY = /^[\p{Script=Katakana}ー・]+$/u;

/** A new person's row: 氏名 as typed, search keys normalised (also used when a member is added to a household). */
export function personData(p: TNewPerson) {
  const familyNameKana = normaliseKana(p.familyNameKana);
  const givenNameKana = normaliseKana(p.givenNameKana);
  return {
    // 氏名 exactly as typed (STACK.md): only the keys are normalised.
    familyName: p.familyName,
    givenName: p.givenName,
    familyNameKana,
    givenNameKana,
    nameKanaKey: normaliseKana(familyNameKana + givenNameKana),
    nameKey: (p.familyName + p.givenName).normalize('NFKC').replace(/\s+/gu, ''),
    birthDate: p.birthDate ? new Date(`${p.birthDate}T00:00:00Z`) : null,
    relationship: p.relationship ?? null,
    phone: p.phone ?? null,
  };
}

export async function recordIntake(tx: Tx, actor: StaffActor, input: TRecordIntake, now: Date) {
  const receivedAt = input.receivedAt ?? now;
  let householdId: string | null = null;
  if (input.household && 'existingHouseholdId' in input.household) {
    if (!(await householdExists(tx, actor.municipalityCode, input.household.existingHouseholdId))) throw apiError('NOT_FOUND');
    householdId = input.household.existingHouseholdId;
  }
  const personIds: string[] = [];
  for (const p of input.persons) {
    if ('existingPersonId' in p) {
      const existing = await findLivePerson(tx, actor.municipalityCode, p.existingPersonId);
      if (!existing) throw apiError('NOT_FOUND');
      householdId ??= existing.householdId;
      personIds.push(existing.id);
    } else {
      if (householdId === null) {
        const address = input.household && 'address' in input.household ? input.household : null;
        if (!address) throw apiError('NOT_FOUND');
        householdId = (await createHousehold(tx, actor.municipalityCode, { address: address.address, postalCode: address.postalCode ?? null })).id;
      }
      personIds.push((await createPerson(tx, actor.municipalityCode, householdId, actor.organisationId, personData(p))).id);
    }
  }
  if (householdId === null && input.household && 'address' in input.household) {
    householdId = (await createHousehold(tx, actor.municipalityCode, { address: input.household.address, postalCode: input.household.postalCode ?? null })).id;
  }
  const primaryPersonId = personIds[input.primaryIndex] ?? null;
  const summary = input.consulterNote ? `${input.summary}\n（相談者：${input.consulterNote}）` : input.summary;
  const consultation = await createConsultation(tx, actor.municipalityCode, {
    householdId,
    personId: primaryPersonId,
    organisationId: actor.organisationId,
    receivedByUserId: actor.userId,
    receivedAt,
    channel: input.channel,
    consulterType: input.consulterType,
    issueIds: input.issueIds,
    summary,
    triage: input.triage ?? null,
  });
  // C1 and C8: every write is decided (intake is never refused) and audited with its basis.
  for (const personId of personIds) {
    await accessPerson(tx, actor, { personId, action: 'write', purpose: 'intake', recordType: 'Consultation', recordId: consultation.id, now });
  }
  // Linking to an existing person gives this organisation its own consultation and nothing of what
  // others recorded (own-record.ts counts only Person rows it made); the link itself is on record.
  for (const p of input.persons) {
    if (!('existingPersonId' in p)) continue;
    await auditAs(tx, actor, {
      action: 'link',
      recordType: 'Person',
      recordId: p.existingPersonId,
      legalBasis: 'intake',
      basisRef: consultation.id,
    });
  }
  if (personIds.length === 0) {
    await auditAs(tx, actor, {
      action: 'write',
      recordType: 'Consultation',
      recordId: consultation.id,
      legalBasis: 'intake',
      basisRef: null,
    });
  }
  // SPEC §3.3: a consultation triaged to 多機関協働 opens the case (owned by the receiving organisation),
  // which then waits for the person's consent before the referral (C2).
  let caseId: string | null = null;
  if (input.triage === 'coordination' && primaryPersonId && householdId) {
    const from = initialCaseState();
    const next = transition(from, { type: 'triage', outcome: 'coordination' }, { now });
    if (!next.ok) throw domainError(next.error);
    caseId = (
      await createCaseRecord(tx, {
        municipalityCode: actor.municipalityCode,
        householdId,
        primaryPersonId,
        ownerOrganisationId: actor.organisationId,
        coordinatorUserId: null,
        status: next.value.status,
        issueIds: input.issueIds,
        consentId: null,
        participantOrganisationIds: [actor.organisationId],
      })
    ).id;
    await appendCaseEvent(tx, { municipalityCode: actor.municipalityCode, caseId, type: 'triage', fromStatus: from.status, toStatus: next.value.status, actorUserId: actor.userId, organisationId: actor.organisationId, note: '相談受付から', at: now });
  }
  const issues: IssueId[] = input.issueIds;
  return { ok: true as const, consultationId: consultation.id, householdId, personIds, primaryPersonId, caseId, fields: fieldsOf(issues), complex: isComplex(issues) };
}

export const DUPLICATE_HINT_LIMIT = 10;

/** A hint to a record the searcher may read, or only the fact that a possible match exists. */
export type DuplicateAnswer =
  | { kind: 'hint'; personId: string; householdId: string; name: string; birthYear: number | null; district: string; sameBirthYear: boolean; score: number }
  | { kind: 'possible_match' };

/**
 * Possible existing records of the person on the phone (issue #8). For a person the searcher may read
 * (own record, own case, 保護の実施機関, a consent for intake — the SQL predicate, confirmed by the policy)
 * a hint: name, birth year and district, never the full address or anything recorded. For anyone else
 * only that a possible match exists — no name, birth year, district or id — and the screen asks the
 * 多機関協働担当 to check and link it. At most DUPLICATE_HINT_LIMIT results.
 */
export async function findDuplicateCandidates(tx: Tx, actor: StaffActor, input: TDuplicateSearch, now: Date) {
  const typedName = input.name ? input.name.normalize('NFKC').replace(/\s+/gu, '') : '';
  const nameAsKana = typedName ? normaliseKana(typedName) : '';
  const kanaKey = input.kana ? normaliseKana(input.kana) : KATAKANA_ONLY.test(nameAsKana) ? nameAsKana : '';
  const nameKey = typedName && !KATAKANA_ONLY.test(nameAsKana) ? typedName : '';
  const scope = { municipalityCode: actor.municipalityCode, organisationId: actor.organisationId, role: actor.role, purpose: 'intake', now };
  const [found, municipality] = await Promise.all([
    searchDuplicateCandidates(tx, scope, {
      kanaKey: kanaKey || null,
      nameKey: nameKey || null,
      birthDate: input.birthDate ? new Date(`${input.birthDate}T00:00:00Z`) : null,
      address: input.address ? input.address.normalize('NFKC') : null,
      limit: DUPLICATE_HINT_LIMIT,
    }),
    getMunicipality(tx, actor.municipalityCode),
  ]);
  const readable = found.rows.flatMap((r) => (r.allowed ? [r] : []));
  const decisions = await decidePersons(tx, actor, {
    action: 'read',
    purpose: 'intake',
    recordType: 'DuplicateHint',
    now,
    persons: readable.map((r) => (r.ownRecord ? { personId: r.personId, origin: { kind: 'case_record', recordedByOrganisationId: actor.organisationId } } : { personId: r.personId })),
  });
  const typedBirthYear = input.birthDate ? Number(input.birthDate.slice(0, 4)) : null;
  const read: { personId: string; basis: AccessBasis }[] = [];
  const items = found.rows.map((r): DuplicateAnswer => {
    const d = r.allowed ? decisions.get(r.personId) : undefined;
    // fail closed: without the policy's yes, a row is only a possible match
    if (!r.allowed || !d?.allowed) return { kind: 'possible_match' };
    read.push({ personId: r.personId, basis: d.basis });
    return {
      kind: 'hint',
      personId: r.personId,
      householdId: r.householdId,
      name: `${r.familyName} ${r.givenName}`.trim(),
      birthYear: r.birthYear,
      district: districtOf(r.address, municipality?.name),
      sameBirthYear: typedBirthYear !== null && r.birthYear === typedBirthYear,
      score: Math.round(r.score * 100) / 100,
    };
  });
  // C8: who searched and how — the fields used and their lengths, never the name or address typed
  // (that would put personal data in the log's text) — and how many answers of each kind it gave.
  const searched = [['name', typedName.length], ['kana', kanaKey.length], ['birthDate', input.birthDate ? 1 : 0], ['address', input.address?.length ?? 0]].map(([k, n]) => `${String(k)}=${String(n)}`).join(',');
  await auditAs(tx, actor, {
    action: 'search',
    recordType: 'DuplicateSearch',
    recordId: read.map((h) => h.personId).join(',') || '-',
    legalBasis: 'intake',
    basisRef: `searched:${searched};hints:${read.length};possible:${items.length - read.length}${found.more ? ';capped' : ''}`,
  });
  // the hints shown are reads of those persons, with their bases (and ledger rows for disclosures, C11)
  await recordPersonsRead(tx, actor, { action: 'read', purpose: 'intake', recordType: 'DuplicateHint', now }, read);
  return { items, capped: found.more };
}

/** Two records of the same person made one (capability 'persons.merge'); needs a basis to write both (C8), audited as a merge. */
export async function mergePersons(tx: Tx, actor: StaffActor, input: TMergePersons, now: Date) {
  if (input.survivorId === input.mergedId) throw apiError('CONFLICT');
  const [survivor, merged] = await Promise.all([findLivePerson(tx, actor.municipalityCode, input.survivorId), findLivePerson(tx, actor.municipalityCode, input.mergedId)]);
  if (!survivor || !merged) throw apiError('NOT_FOUND');
  for (const person of [survivor, merged]) {
    const origin = await identityOrigin(tx, actor, person.id);
    await accessPerson(tx, actor, { personId: person.id, action: 'write', purpose: 'support', recordType: 'Person', now, ...(origin ? { origin } : {}) });
  }
  const result = await mergePersonRecords(tx, actor.municipalityCode, { survivorId: survivor.id, mergedId: merged.id, userId: actor.userId, at: now, reason: input.reason });
  await auditAs(tx, actor, {
    action: 'merge',
    recordType: 'Person',
    recordId: merged.id,
    legalBasis: 'own_record',
    basisRef: `${result.mergeId}→${survivor.id}`,
  });
  return { ok: true as const, mergeId: result.mergeId, survivorId: survivor.id, moved: result.moved };
}

/** The choices of the intake and consent forms, labelled in Japanese (the apps hold no domain code). */
export function intakeVocabulary() {
  return {
    channels: intakeChannels.map((id) => ({ id, label: intakeChannelLabels[id] })),
    consulterTypes: consulterTypes.map((id) => ({ id, label: consulterTypeLabels[id] })),
    triageOutcomes: triageOutcomes.map((id) => ({ id, label: triageOutcomeLabels[id] })),
    issues: issueCatalogue.map((i) => ({ id: i.id, label: i.label, fields: i.fields.map((f) => ({ id: f, label: fieldLabels[f] })) })),
    fields: fields.map((id) => ({ id, label: fieldLabels[id] })),
    purposes: purposes.map((id) => ({ id, label: purposeLabels[id] })),
    caseStatuses: caseStatuses.map((id) => ({ id, label: caseStatusLabels[id] })),
  };
}

/** 複合 as the domain decides it (SPEC §3.2), for the form to show while issues are ticked. */
export function classifyIssues(ids: IssueId[]) {
  const touched = fieldsOf(ids);
  return { fields: touched.map((id) => ({ id, label: fieldLabels[id] })), complex: isComplex(ids) };
}
