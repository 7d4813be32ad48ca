// The national forms of a case on paper (issue #10 item 4, FORMS.md): 相談受付・申込票 (consent and no-consent
// variants), インテーク・アセスメントシート, 支援プラン, 支援経過記録 (経過一覧) and 評価シート, from one read of the
// case on its basis (audited once), with the header every form carries: municipality, person, 和暦, lawful basis.
import { getMunicipality, getPersonRecord, listAssessmentSheets, listCaseEvents, listConsultationsOfPerson, listDecisionsOfCase, listOrganisations, listPlans, listProgressRecords, userDisplayNames } from '@kasane/db';
import type { Tx } from '@kasane/db';
import {
  ageAt,
  accessBasisLabels,
  caseEventLabels,
  caseStatusLabels,
  consulterTypeLabels,
  formatWareki,
  formatWarekiDateTime,
  intakeChannelLabels,
  issueCatalogue,
  meetingDecisionLabels,
  meetingKinds,
  progressMethodLabels,
  triageOutcomeLabels,
} from '@kasane/domain';
import type { CaseEventType, CaseStatus } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { presentSheets } from '../assessment/assessment-service.js';
import { accessCase, loadCase } from '../coordination/case-state.js';

const issueLabel = new Map<string, string>(issueCatalogue.map((i) => [i.id, i.label]));
const label = (labels: Readonly<Record<string, string>>, key: string | null | undefined) => (key ? (labels[key] ?? key) : '');

/** What each basis means on paper (the record's lawful basis, printed under the title). */
const basisText: Readonly<Record<string, string>> = {
  consent: '本人の同意にもとづく情報共有（重層的支援体制整備事業 多機関協働）',
  own_case: '相談を受けた機関の記録',
  support_meeting: '支援会議（社会福祉法第106条の6）における情報共有',
  emergency: '人の生命・身体の保護のための緊急の提供',
  audit: '監査',
};

export async function caseForms(tx: Tx, actor: StaffActor, caseId: string, now: Date) {
  const c = await loadCase(tx, actor, caseId);
  const basis = await accessCase(tx, actor, c, 'read', 'coordination', now, 'CaseForms');
  const m = actor.municipalityCode;
  const [person, municipality, organisations, consultations, sheets, plans, progress, events, decisions] = await Promise.all([
    getPersonRecord(tx, m, c.primaryPersonId),
    getMunicipality(tx, m),
    listOrganisations(tx, m),
    listConsultationsOfPerson(tx, m, c.primaryPersonId),
    listAssessmentSheets(tx, m, [c.id]),
    listPlans(tx, m, c.id),
    listProgressRecords(tx, m, [c.id]),
    listCaseEvents(tx, m, c.id),
    listDecisionsOfCase(tx, m, c.id),
  ]);
  const orgName = (id: string | null | undefined) => organisations.find((o) => o.id === id)?.name ?? '';
  const users = await userDisplayNames(tx, m, [...consultations.map((x) => x.receivedByUserId), ...progress.flatMap((p) => p.versions.map((v) => v.writtenByUserId))]);
  const [consultation] = consultations;
  const approved = plans.find((p) => p.version === c.approvedPlanVersion) ?? plans[0] ?? null;
  return {
    header: {
      municipalityName: municipality?.name ?? '',
      organisationName: orgName(actor.organisationId),
      printedAtWareki: formatWareki(now),
      basisLabel: accessBasisLabels[basis.kind],
      basisText: basisText[basis.kind] ?? accessBasisLabels[basis.kind],
      caseStatus: caseStatusLabels[c.status as CaseStatus] ?? c.status,
      hasConsent: c.consentId !== null,
    },
    person: person
      ? {
          personId: person.id,
          name: `${person.familyName} ${person.givenName}`.trim(),
          kana: `${person.familyNameKana} ${person.givenNameKana}`.trim(),
          birthDateWareki: person.birthDate ? `${formatWareki(person.birthDate)}（${ageAt(person.birthDate, now)}歳）` : '',
          address: person.household.address,
          phone: person.phone ?? '',
        }
      : null,
    intake: consultation
      ? {
          receivedAtWareki: formatWarekiDateTime(consultation.receivedAt),
          receivedBy: users.get(consultation.receivedByUserId) ?? '',
          organisation: orgName(consultation.organisationId),
          channel: label(intakeChannelLabels, consultation.channel),
          consulter: label(consulterTypeLabels, consultation.consulterType),
          issues: consultation.issueIds.map((id) => issueLabel.get(id) ?? id),
          summary: consultation.summary,
          triage: label(triageOutcomeLabels, consultation.triage),
        }
      : null,
    assessment: (await presentSheets(tx, actor, c, sheets.slice(0, 1), now))[0] ?? null,
    plan: approved
      ? {
          version: approved.version,
          goals: (approved.goals as { text: string }[]).map((g) => g.text),
          roles: (approved.roles as { organisationId: string; role: string }[]).map((r) => ({ organisation: orgName(r.organisationId), role: r.role })),
          direction: approved.direction,
          reviewDateWareki: formatWareki(approved.reviewDate),
          approvedAtWareki: approved.approvedAt ? formatWareki(approved.approvedAt) : null,
        }
      : null,
    progress: progress.flatMap((p) => {
      const [v] = p.versions;
      return v
        ? [{ occurredAtWareki: formatWarekiDateTime(v.occurredAt), occurredAt: v.occurredAt, method: label(progressMethodLabels, v.method), counterpart: v.counterpart, actedBy: v.actedBy, content: v.content, next: [v.nextStep ?? '', v.nextDate ? formatWareki(v.nextDate) : ''].filter(Boolean).join(' '), organisation: orgName(p.organisationId), corrected: p.versions.length > 1 }]
        : [];
    }).sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime()),
    evaluation: {
      events: events.filter((e) => ['start_review', 'continue_monitoring', 'close', 'evaluate_closure', 'hand_over', 'reopen'].includes(e.type)).map((e) => ({ atWareki: formatWareki(e.at), label: caseEventLabels[e.type as CaseEventType] ?? e.type, note: e.note ?? '' })),
      // C5: a 支援会議's judgement stays with its members; the paper names only the 重層的支援会議 and others.
      decisions: decisions.filter((d) => d.meeting.kind !== 'shien').map((d) => ({ meeting: d.meeting.title, kind: meetingKinds[d.meeting.kind as keyof typeof meetingKinds]?.label ?? '', atWareki: formatWareki(d.decidedAt), decision: label(meetingDecisionLabels, d.decision), note: d.note ?? '' })),
    },
  };
}
