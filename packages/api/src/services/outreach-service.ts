// アウトリーチ (SPEC §3.7): people who cannot ask for help, known before any consent. The record is minimal
// and stays with the organisation doing the outreach; sharing it needs a 支援会議 (C5) or, later, consent.
import {
  addOutreachContact,
  appendCaseEvent,
  createCaseRecord,
  createConsentRecord,
  createHouseholdAndPerson,
  createOutreachSubject,
  getOutreachSubject,
  listOrganisations,
  listOutreachSubjects,
  updateOutreachSubject,
} from '@kasane/db';
import type { Tx } from '@kasane/db';
import {
  canConvertOutreach,
  caseStatusLabels,
  initialCaseState,
  normaliseKana,
  outreachMethodLabels,
  outreachOutcomeLabels,
  outreachStageLabels,
  recordOutreachContact,
  transition,
} from '@kasane/domain';
import type { CaseEvent, CaseState, ConsentMethod, OutreachMethod, OutreachOutcome, OutreachStage, Purpose } from '@kasane/domain';
import type { StaffActor } from '../context.js';
import { apiError, domainError } from '../errors.js';
import { accessPerson } from './access/person-access.js';
import { auditAs } from './audit-as.js';

async function audit(tx: Tx, actor: StaffActor, action: 'read' | 'write', recordId: string) {
  await auditAs(tx, actor, {
    action,
    recordType: 'OutreachSubject',
    recordId,
    legalBasis: 'own_case',
    basisRef: recordId,
  });
}

async function loadOwn(tx: Tx, actor: StaffActor, id: string) {
  const s = await getOutreachSubject(tx, actor.municipalityCode, id);
  if (!s) throw apiError('NOT_FOUND');
  // No consent exists yet: only the organisation doing the outreach holds the record.
  if (s.ownerOrganisationId !== actor.organisationId) {
    throw domainError({ code: 'CONSENT_REQUIRED', message: 'アウトリーチの記録は、担当機関だけが見られます（本人の同意がないため）。共有が必要なら支援会議で検討してください。', details: { alternative: 'shien' } });
  }
  return s;
}

export async function findOutreach(tx: Tx, actor: StaffActor) {
  const rows = await listOutreachSubjects(tx, actor.municipalityCode, actor.organisationId);
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    areaNote: r.areaNote,
    stage: r.stage,
    stageLabel: outreachStageLabels[r.stage as OutreachStage] ?? r.stage,
    contactCount: r._count.contacts,
    lastContactAt: r.contacts[0]?.contactedAt ?? null,
    caseId: r.caseId,
    version: r.version,
  }));
}

export async function createOutreach(tx: Tx, actor: StaffActor, input: { label: string; areaNote?: string | undefined; referredBy?: string | undefined }) {
  const s = await createOutreachSubject(tx, {
    municipalityCode: actor.municipalityCode,
    label: input.label,
    areaNote: input.areaNote ?? null,
    referredBy: input.referredBy ?? null,
    stage: 'aware',
    ownerOrganisationId: actor.organisationId,
    workerUserId: actor.userId,
  });
  await audit(tx, actor, 'write', s.id);
  return { id: s.id, version: s.version };
}

export async function getOutreach(tx: Tx, actor: StaffActor, id: string) {
  const s = await loadOwn(tx, actor, id);
  await audit(tx, actor, 'read', s.id);
  return {
    ...s,
    stageLabel: outreachStageLabels[s.stage as OutreachStage] ?? s.stage,
    contacts: s.contacts.map((c) => ({
      ...c,
      methodLabel: outreachMethodLabels[c.method as OutreachMethod] ?? c.method,
      outcomeLabel: outreachOutcomeLabels[c.outcome as OutreachOutcome] ?? c.outcome,
      stageAfterLabel: outreachStageLabels[c.stageAfter as OutreachStage] ?? c.stageAfter,
    })),
  };
}

export async function addContact(
  tx: Tx,
  actor: StaffActor,
  input: { id: string; expectedVersion: number; method: OutreachMethod; outcome: OutreachOutcome; stageAfter: OutreachStage; contactedAt: Date; note?: string | undefined },
) {
  const s = await loadOwn(tx, actor, input.id);
  const next = recordOutreachContact(s.stage as OutreachStage, input.stageAfter);
  if (!next.ok) throw domainError(next.error);
  if (s.version !== input.expectedVersion || !(await updateOutreachSubject(tx, actor.municipalityCode, s.id, input.expectedVersion, { stage: next.value }))) throw apiError('CONFLICT');
  await addOutreachContact(tx, {
    municipalityCode: actor.municipalityCode,
    subjectId: s.id,
    method: input.method,
    outcome: input.outcome,
    note: input.note ?? null,
    stageAfter: next.value,
    contactedAt: input.contactedAt,
    userId: actor.userId,
    organisationId: actor.organisationId,
  });
  await audit(tx, actor, 'write', s.id);
  return { id: s.id, version: s.version + 1, stage: next.value };
}

/** The person asks for support: recorded by name, with their consent, as a case in 多機関協働 (C2). */
export async function convertToCase(
  tx: Tx,
  actor: StaffActor,
  input: {
    id: string;
    expectedVersion: number;
    person: { familyName: string; givenName: string; familyNameKana: string; givenNameKana: string; birthDate?: string | undefined; address: string };
    consent: { method: ConsentMethod; organisationIds: string[]; purposes: Purpose[] };
    coordinatorOrganisationId: string;
    issueIds: string[];
  },
  now: Date,
) {
  const s = await loadOwn(tx, actor, input.id);
  const open = canConvertOutreach(s.stage as OutreachStage);
  if (!open.ok) throw domainError(open.error);
  const organisations = new Set((await listOrganisations(tx, actor.municipalityCode)).map((o) => o.id));
  if (![...input.consent.organisationIds, input.coordinatorOrganisationId].every((o) => organisations.has(o))) throw apiError('NOT_FOUND');
  const p = input.person;
  const { householdId, personId } = await createHouseholdAndPerson(tx, {
    municipalityCode: actor.municipalityCode,
    address: p.address,
    familyName: p.familyName,
    givenName: p.givenName,
    familyNameKana: p.familyNameKana,
    givenNameKana: p.givenNameKana,
    nameKanaKey: normaliseKana(p.familyNameKana + p.givenNameKana),
    nameKey: (p.familyName + p.givenName).normalize('NFKC'),
    birthDate: p.birthDate ? new Date(`${p.birthDate}T00:00:00Z`) : null,
  });
  await accessPerson(tx, actor, { personId, action: 'write', purpose: 'intake', recordType: 'Person', now });
  const consent = await createConsentRecord(tx, {
    municipalityCode: actor.municipalityCode,
    personId,
    organisationIds: [...new Set([actor.organisationId, ...input.consent.organisationIds])],
    purposes: input.consent.purposes,
    method: input.consent.method,
    obtainedByUserId: actor.userId,
    obtainedAt: now,
  });
  // The case's way in, replayed through the lifecycle: outreach, then 多機関協働 on the consent just given.
  const events: CaseEvent[] = [
    { type: 'triage', outcome: 'outreach' },
    { type: 'triage', outcome: 'coordination' },
    {
      type: 'record_consent',
      coordinatorOrganisationId: input.coordinatorOrganisationId,
      consent: {
        id: consent.id,
        personId,
        scope: { organisationIds: [...new Set([actor.organisationId, ...input.consent.organisationIds])], purposes: input.consent.purposes },
        obtainedAt: now.toISOString(),
        method: input.consent.method,
      },
    },
  ];
  let state: CaseState = initialCaseState();
  const steps: { type: string; from: string; to: string }[] = [];
  for (const event of events) {
    const r = transition(state, event, { now, personId, ...(p.birthDate ? { birthDate: p.birthDate } : {}) });
    if (!r.ok) throw domainError(r.error);
    steps.push({ type: event.type, from: state.status, to: r.value.status });
    state = r.value;
  }
  const c = await createCaseRecord(tx, {
    municipalityCode: actor.municipalityCode,
    householdId,
    primaryPersonId: personId,
    ownerOrganisationId: actor.organisationId,
    coordinatorUserId: null,
    status: state.status,
    issueIds: input.issueIds,
    consentId: state.consentId ?? null,
    participantOrganisationIds: [...new Set([actor.organisationId, input.coordinatorOrganisationId])],
  });
  for (const step of steps) {
    await appendCaseEvent(tx, { municipalityCode: actor.municipalityCode, caseId: c.id, type: step.type, fromStatus: step.from, toStatus: step.to, actorUserId: actor.userId, organisationId: actor.organisationId, note: step.type === 'triage' ? 'アウトリーチから' : null, at: now });
  }
  if (s.version !== input.expectedVersion || !(await updateOutreachSubject(tx, actor.municipalityCode, s.id, input.expectedVersion, { stage: 'converted', personId, caseId: c.id }))) throw apiError('CONFLICT');
  await audit(tx, actor, 'write', s.id);
  return { caseId: c.id, personId, status: state.status, statusLabel: caseStatusLabels[state.status] };
}
