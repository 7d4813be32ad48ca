// インテーク・アセスメントシート in versions (issue #10 item 7, ADR 0028): written on the case's basis for its
// person; what it says about another household member (課題の整理, 性別・死亡 for the genogram) needs that
// member's own basis (C12), for writing and for reading.
import { addAssessmentSheet, listAssessmentSheets, loadHouseholdOverview, listRelationsOf, listOrganisations, userDisplayNames } from '@kasane/db';
import type { AssessmentSheetRow, CoordinationCaseRow, Tx } from '@kasane/db';
import {
  assessmentFieldLabels,
  canRecordAssessment,
  checkAssessmentSheet,
  employmentStatusLabels,
  formatDisplayDateTime,
  housingKindLabels,
  issueCatalogue,
  reportedFacts,
  sexLabels,
  urgencyLabels,
  ZAssessmentSheet,
  ZRelationKind,
} from '@kasane/domain';
import type { AssessmentSheet, CaseStatus, Purpose, RelationKind } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { apiError, domainError } from '../../errors.js';
import { accessPersons } from '../access/person-access.js';
import { identityOrigins } from '../access/own-record.js';
import { accessCase, loadCase } from '../coordination/case-state.js';

export type RecordAssessmentInput = { caseId: string; expectedVersion: number; sheet: AssessmentSheet };

const issueLabels = new Map<string, string>(issueCatalogue.map((i) => [i.id, i.label]));

/** The other members the sheet is about, each decided on their own basis; the map says who may be shown. */
async function decideMembers(tx: Tx, actor: StaffActor, c: CoordinationCaseRow, personIds: string[], action: 'read' | 'write', now: Date) {
  const others = [...new Set(personIds)].filter((id) => id !== c.primaryPersonId);
  const origins = await identityOrigins(tx, actor, others);
  const purpose: Purpose = 'coordination';
  const decided = await accessPersons(tx, actor, {
    action,
    purpose,
    recordType: 'AssessmentSheet',
    now,
    persons: others.map((personId) => ({ personId, origin: origins.get(personId) ?? { kind: 'case_record', caseId: c.id } })),
  });
  return (id: string) => id === c.primaryPersonId || decided.get(id)?.allowed === true;
}

export async function recordAssessmentSheet(tx: Tx, actor: StaffActor, input: RecordAssessmentInput, now: Date) {
  const c = await loadCase(tx, actor, input.caseId);
  await accessCase(tx, actor, c, 'write', 'coordination', now, 'AssessmentSheet');
  const stage = canRecordAssessment(c.status as CaseStatus);
  if (!stage.ok) throw domainError(stage.error);
  const household = await loadHouseholdOverview(tx, actor.municipalityCode, c.householdId);
  const checked = checkAssessmentSheet(input.sheet, { householdPersonIds: household?.members.map((m) => m.id) ?? [] });
  if (!checked.ok) throw domainError(checked.error);
  const mentioned = [...input.sheet.members.map((m) => m.personId), ...input.sheet.memberIssues.map((m) => m.personId)];
  const may = await decideMembers(tx, actor, c, mentioned, 'write', now);
  const refused = mentioned.find((id) => !may(id));
  if (refused) {
    throw domainError({ code: 'CONSENT_REQUIRED', message: 'この世帯員について記録する根拠（本人の同意など）がありません。その世帯員の記載を外してください。', details: { field: 'memberIssues', personId: refused } });
  }
  const reportedKeys = reportedFacts([{ version: 1, sheet: input.sheet }]).map((f) => `${f.item}:${f.key}`);
  const saved = await addAssessmentSheet(tx, actor.municipalityCode, { caseId: c.id, expectedVersion: input.expectedVersion, sheet: input.sheet, reportedKeys, userId: actor.userId, organisationId: actor.organisationId, at: now });
  if (!saved) throw apiError('CONFLICT');
  return { id: saved.id, version: saved.version };
}

/** Every version, newest first, as the printed sheet reads it (labels, 和暦); other members only where allowed. */
export async function assessmentSheets(tx: Tx, actor: StaffActor, caseId: string, now: Date) {
  const c = await loadCase(tx, actor, caseId);
  await accessCase(tx, actor, c, 'read', 'coordination', now, 'AssessmentSheet');
  const rows = await listAssessmentSheets(tx, actor.municipalityCode, [c.id]);
  return { caseId: c.id, versions: await presentSheets(tx, actor, c, rows, now) };
}

export async function presentSheets(tx: Tx, actor: StaffActor, c: CoordinationCaseRow, rows: AssessmentSheetRow[], now: Date) {
  const sheets = rows.map((r) => ({ row: r, sheet: ZAssessmentSheet.parse(r.sheet) }));
  const mentioned = sheets.flatMap(({ sheet }) => [...sheet.members.map((m) => m.personId), ...sheet.memberIssues.map((m) => m.personId)]);
  const may = await decideMembers(tx, actor, c, mentioned, 'read', now);
  const household = await loadHouseholdOverview(tx, actor.municipalityCode, c.householdId);
  const names = new Map((household?.members ?? []).map((m) => [m.id, `${m.familyName} ${m.givenName}`.trim()]));
  const [users, organisations] = await Promise.all([
    userDisplayNames(tx, actor.municipalityCode, rows.map((r) => r.writtenByUserId)),
    listOrganisations(tx, actor.municipalityCode),
  ]);
  const orgNames = new Map(organisations.map((o) => [o.id, o.name]));
  const memberLabel = (id: string) => (id === c.primaryPersonId ? `本人（${names.get(id) ?? ''}）` : (names.get(id) ?? '世帯員'));
  return sheets.map(({ row, sheet }) => {
    const shownIssues = sheet.memberIssues.filter((m) => may(m.personId));
    const byMember = [...new Set(shownIssues.map((m) => m.personId))].map((personId) => ({
      personId,
      label: memberLabel(personId),
      issues: shownIssues.filter((m) => m.personId === personId).map((m) => ({ field: m.field, fieldLabel: assessmentFieldLabels[m.field], issue: m.issue })),
    }));
    return {
      version: row.version,
      writtenBy: users.get(row.writtenByUserId) ?? '（不明な職員）',
      writtenByOrganisation: orgNames.get(row.writtenByOrganisationId) ?? '',
      writtenAt: row.writtenAt,
      writtenAtWareki: formatDisplayDateTime(row.writtenAt),
      chiefComplaint: sheet.chiefComplaint,
      wishes: sheet.wishes,
      situations: sheet.situations.map((s) => ({ ...s, fieldLabel: assessmentFieldLabels[s.field] })),
      issues: sheet.issueIds.map((id) => ({ id, label: issueLabels.get(id) ?? id })),
      employment: sheet.employment ? { id: sheet.employment, label: employmentStatusLabels[sheet.employment] } : null,
      housing: sheet.housing ? { id: sheet.housing, label: housingKindLabels[sheet.housing] } : null,
      memberIssues: byMember,
      hiddenMemberIssues: sheet.memberIssues.length - shownIssues.length,
      members: sheet.members.filter((m) => may(m.personId)).map((m) => ({ ...m, sexLabel: m.sex ? sexLabels[m.sex] : '' })),
      relatives: sheet.relatives.filter((r) => r.relationTo === c.primaryPersonId || may(r.relationTo) || sheet.relatives.some((x) => x.key === r.relationTo)),
      strengths: sheet.strengths,
      urgency: { id: sheet.urgency, label: urgencyLabels[sheet.urgency] },
      urgencyNote: sheet.urgencyNote,
      reportedKeys: row.reportedKeys,
      // for a revision: the sheet as entered, so the form can start from it
      sheet: { ...sheet, members: sheet.members.filter((m) => may(m.personId)), memberIssues: shownIssues },
    };
  });
}

/**
 * The genogram's facts: the household members the worker may see, their 続柄, the latest sheet's 性別・死亡 and
 * relatives, and the organisations taking part in the case (the ecomap). The layout is the domain's.
 */
export async function genogramFacts(tx: Tx, actor: StaffActor, caseId: string, now: Date) {
  const c = await loadCase(tx, actor, caseId);
  await accessCase(tx, actor, c, 'read', 'coordination', now, 'Genogram');
  const household = await loadHouseholdOverview(tx, actor.municipalityCode, c.householdId);
  const members = household?.members ?? [];
  const may = await decideMembers(tx, actor, c, members.map((m) => m.id), 'read', now);
  const shown = members.filter((m) => may(m.id));
  const [latest] = await listAssessmentSheets(tx, actor.municipalityCode, [c.id]);
  const sheet = latest ? ZAssessmentSheet.parse(latest.sheet) : null;
  const facts = new Map((sheet?.members ?? []).map((m) => [m.personId, m]));
  const relations = await listRelationsOf(tx, actor.municipalityCode, shown.map((m) => m.id));
  const ids = new Set(shown.map((m) => m.id));
  const kindOf = (k: string): RelationKind | null => ZRelationKind.safeParse(k).data ?? null;
  // 同居/別居 is recorded per pair (ADR 0023): a member counts as 同居 unless the pair with the person says 別居.
  const apart = new Set(relations.filter((r) => r.personId === c.primaryPersonId && !r.livesTogether).map((r) => r.relatedPersonId));
  const organisations = await listOrganisations(tx, actor.municipalityCode);
  const orgNames = new Map(organisations.map((o) => [o.id, o.name]));
  const involved = [
    { id: c.ownerOrganisationId, role: '受付機関' },
    ...(c.leadOrganisationId ? [{ id: c.leadOrganisationId, role: '主担当機関' }] : []),
    ...c.participants.map((p) => ({ id: p.organisationId, role: p.role ?? '参加機関' })),
  ];
  const relatives = (sheet?.relatives ?? []).filter((r) => ids.has(r.relationTo) || (sheet?.relatives ?? []).some((x) => x.key === r.relationTo));
  return {
    caseId: c.id,
    persons: [
      ...shown.map((m) => ({
        id: m.id,
        personId: m.id,
        label: `${m.familyName} ${m.givenName}`.trim(),
        sex: facts.get(m.id)?.sex ?? null,
        deceased: facts.get(m.id)?.deceased ?? false,
        isSubject: m.id === c.primaryPersonId,
        livesTogether: !apart.has(m.id),
      })),
      ...relatives.map((r) => ({ id: r.key, label: r.label, sex: r.sex, deceased: r.deceased, isSubject: false, livesTogether: false })),
    ],
    relations: [
      ...relations.flatMap((r) => {
        const kind = kindOf(r.kind);
        return kind && ids.has(r.personId) && ids.has(r.relatedPersonId) ? [{ from: r.personId, to: r.relatedPersonId, kind }] : [];
      }),
      ...relatives.map((r) => ({ from: r.relationTo, to: r.key, kind: r.kind })),
    ],
    organisations: involved.filter((o, i) => involved.findIndex((x) => x.id === o.id) === i).map((o) => ({ id: o.id, label: orgNames.get(o.id) ?? '', role: o.role })),
  };
}
