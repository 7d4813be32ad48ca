// The own-record export as a document a person can read (issue #10 item 11): Japanese headings and labels, 和暦
// dates, no internal ids or model names; rows about another household member marked for redaction (第三者情報).
import { getMunicipality, listAssessmentSheets, listDecisionsOfCase, listPlans, listProgressRecords, loadHouseholdOverview, userDisplayNames } from '@kasane/db';
import type { Tx, loadPersonExport } from '@kasane/db';
import {
  accessBasisLabels,
  assessmentFieldLabels,
  caseStatusLabels,
  consentMethodLabels,
  consulterTypeLabels,
  disclosedRecordLabel,
  employmentStatusLabels,
  formatWareki,
  formatWarekiDateTime,
  groupLedger,
  housingKindLabels,
  intakeChannelLabels,
  issueCatalogue,
  meetingDecisionLabels,
  meetingKinds,
  progressMethodLabels,
  purposeLabels,
  triageOutcomeLabels,
  urgencyLabels,
  ZAssessmentSheet,
} from '@kasane/domain';
import type { DocumentSection, RecordDocument } from '@kasane/domain';
import type { StaffActor } from '../../context.js';

type Export = NonNullable<Awaited<ReturnType<typeof loadPersonExport>>>;

const label = (labels: Readonly<Record<string, string>>, key: string | null | undefined): string => (key ? (labels[key] ?? key) : '');
const issueLabel = new Map<string, string>(issueCatalogue.map((i) => [i.id, i.label]));
const issues = (ids: readonly string[]) => ids.map((id) => issueLabel.get(id) ?? id).join('、');
const day = (d: Date | null | undefined) => (d ? formatWareki(d) : '');

export async function ownRecordDocument(tx: Tx, actor: StaffActor, data: Export, orgName: (id: string | null | undefined) => string): Promise<RecordDocument & { municipalityName: string }> {
  const subject = data.person.id;
  const m = actor.municipalityCode;
  const [household, municipality] = await Promise.all([loadHouseholdOverview(tx, m, data.person.householdId), getMunicipality(tx, m)]);
  const names = new Map((household?.members ?? []).map((p) => [p.id, `${p.familyName} ${p.givenName}`.trim()]));
  const who = (id: string | null | undefined) => (id === subject ? '本人' : id ? (names.get(id) ?? '世帯員') : '');
  const caseIds = data.cases.map((c) => c.id);
  const aboutOther = new Map(data.cases.map((c) => [c.id, c.primaryPersonId !== subject]));
  const [progress, sheets, plans, decisions] = await Promise.all([
    listProgressRecords(tx, m, caseIds),
    listAssessmentSheets(tx, m, caseIds),
    Promise.all(caseIds.map((id) => listPlans(tx, m, id))).then((x) => x.flat()),
    Promise.all(caseIds.map((id) => listDecisionsOfCase(tx, m, id).then((ds) => ds.map((d) => ({ ...d, caseId: id }))))).then((x) => x.flat()),
  ]);
  const users = await userDisplayNames(tx, m, [...data.consents.map((c) => c.obtainedByUserId), ...progress.flatMap((p) => p.versions.map((v) => v.writtenByUserId))]);
  const caseLabel = (caseId: string | null) => {
    const c = data.cases.find((x) => x.id === caseId);
    return c ? `${who(c.primaryPersonId)}のケース（${formatWareki(c.openedAt)}開始）` : '';
  };

  const sections: DocumentSection[] = [
    {
      title: '本人',
      columns: ['項目', '内容'],
      rows: [
        ['氏名', `${data.person.familyName} ${data.person.givenName}`],
        ['ふりがな', `${data.person.familyNameKana} ${data.person.givenNameKana}`],
        ['生年月日', day(data.person.birthDate)],
        ['住所', data.person.household.address],
        ['電話', data.person.phone ?? ''],
      ].map((cells) => ({ cells, thirdParty: false })),
    },
    {
      title: '世帯員',
      columns: ['氏名', '続柄（届出）', '生年月日'],
      rows: (household?.members ?? []).filter((p) => p.id !== subject).map((p) => ({ cells: [`${p.familyName} ${p.givenName}`, p.relationship ?? '', day(p.birthDate)], thirdParty: true })),
    },
    {
      title: '相談受付',
      columns: ['受付日時', '受付機関', '経路', '相談者', '課題', '相談内容', '振り分け'],
      rows: data.consultations.map((c) => ({
        cells: [formatWarekiDateTime(c.receivedAt), orgName(c.organisationId), label(intakeChannelLabels, c.channel), label(consulterTypeLabels, c.consulterType), issues(c.issueIds), c.summary, label(triageOutcomeLabels, c.triage)],
        thirdParty: false,
      })),
    },
    {
      title: 'ケース',
      columns: ['ケース', '状況', '課題', '受付機関', '参加機関', '終了日'],
      rows: data.cases.map((c) => ({
        cells: [caseLabel(c.id), label(caseStatusLabels, c.status), issues(c.issueIds), orgName(c.ownerOrganisationId), c.participants.map((p) => orgName(p.organisationId)).join('、'), day(c.closedAt)],
        thirdParty: c.primaryPersonId !== subject,
      })),
    },
    {
      title: '支援経過記録',
      columns: ['ケース', '実施日時', '方法', '相手', '対応者', '内容', '次回予定', '訂正'],
      rows: progress.flatMap((p) => {
        const [latest] = p.versions;
        if (!latest) return [];
        const corrected = p.versions.length > 1 ? `第${latest.version}版（訂正理由：${latest.correctionReason ?? ''}）` : '';
        return [{
          cells: [caseLabel(p.caseId), formatWarekiDateTime(latest.occurredAt), label(progressMethodLabels, latest.method), latest.counterpart, latest.actedBy, latest.content, [latest.nextStep ?? '', day(latest.nextDate)].filter(Boolean).join(' '), corrected],
          thirdParty: aboutOther.get(p.caseId) ?? false,
        }];
      }),
    },
    {
      title: 'アセスメント',
      columns: ['ケース', '版・記録日', '項目', '内容'],
      rows: sheets.flatMap((row) => {
        const s = ZAssessmentSheet.parse(row.sheet);
        const other = aboutOther.get(row.caseId) ?? false;
        const head = [caseLabel(row.caseId), `第${row.version}版 ${formatWareki(row.writtenAt)}`];
        const item = (name: string, value: string, thirdParty = other) => ({ cells: [...head, name, value], thirdParty });
        return [
          item('主訴', s.chiefComplaint),
          item('本人の意向', s.wishes),
          ...s.situations.map((x) => item(`状況：${assessmentFieldLabels[x.field]}`, x.situation)),
          item('抱える課題', issues(s.issueIds)),
          item('就労状況', label(employmentStatusLabels, s.employment)),
          item('住居', label(housingKindLabels, s.housing)),
          ...s.memberIssues.map((x) => item(`課題の整理：${who(x.personId)}（${assessmentFieldLabels[x.field]}）`, x.issue, other || x.personId !== subject)),
          item('強み', s.strengths),
          item('リスク・緊急度', [urgencyLabels[s.urgency], s.urgencyNote].filter(Boolean).join(' ')),
        ];
      }),
    },
    {
      title: '支援プラン',
      columns: ['ケース', '版', '目標', '役割分担', '支援の方向性', '見直し予定日', '状態'],
      rows: plans.map((p) => ({
        cells: [
          caseLabel(p.caseId),
          `第${p.version}版`,
          (p.goals as { text: string }[]).map((g) => g.text).join('\n'),
          (p.roles as { organisationId: string; role: string }[]).map((r) => `${orgName(r.organisationId)}：${r.role}`).join('\n'),
          p.direction,
          day(p.reviewDate),
          p.approvedAt ? `承認（${formatWareki(p.approvedAt)}）` : '案',
        ],
        thirdParty: aboutOther.get(p.caseId) ?? false,
      })),
    },
    {
      title: '会議',
      columns: ['ケース', '会議', '種別', '決定日', '決定', '備考'],
      rows: decisions.map((d) => {
        const kind = meetingKinds[d.meeting.kind as keyof typeof meetingKinds]?.label ?? '';
        // C5: what a 支援会議 shared stays with its members; the document says only that it met on the case.
        const content = d.meeting.kind === 'shien' ? ['', '会議の内容は社会福祉法第106条の6により記載していません'] : [label(meetingDecisionLabels, d.decision), d.note ?? ''];
        return { cells: [caseLabel(d.caseId), d.meeting.title, kind, formatWareki(d.decidedAt), ...content], thirdParty: aboutOther.get(d.caseId) ?? false };
      }),
    },
    {
      title: '同意',
      columns: ['取得日', '方法', '提供先の機関', '目的', '期限', '撤回', '取得者'],
      rows: data.consents.map((c) => ({
        cells: [
          formatWareki(c.obtainedAt),
          label(consentMethodLabels, c.method),
          c.organisationIds.map(orgName).join('、'),
          c.purposes.map((p) => label(purposeLabels, p)).join('、'),
          c.expiresAt ? formatWareki(c.expiresAt) : '撤回まで',
          c.withdrawnAt ? `${formatWareki(c.withdrawnAt)}${c.withdrawalNote ? `（${c.withdrawalNote}）` : ''}` : '',
          users.get(c.obtainedByUserId) ?? '',
        ],
        thirdParty: false,
      })),
    },
    {
      title: '提供の記録（開示記録）',
      columns: ['提供先', '情報の種類', '目的', '根拠', '回数', '最初', '最後'],
      rows: groupLedger(
        data.disclosures.map((e) => ({ recipient: orgName(e.recipientOrganisationId), record: disclosedRecordLabel(e.recordType), purpose: label(purposeLabels, e.purpose), basis: label(accessBasisLabels, e.legalBasis), at: e.disclosedAt.toISOString() })),
      ).map((g) => ({ cells: [g.recipient, g.record, g.purpose, g.basis, `${g.count}回`, formatWareki(new Date(g.first)), formatWareki(new Date(g.last))], thirdParty: false })),
    },
    {
      title: '生活保護の実施機関への連絡',
      columns: ['日時', '対象', '連絡先', '緊急', '理由'],
      rows: data.referrals.map((r) => ({ cells: [formatWarekiDateTime(r.referredAt), r.personId ? who(r.personId) : '世帯', orgName(r.officeOrganisationId), r.urgent ? '緊急' : '', r.reason], thirdParty: r.personId !== subject })),
    },
    {
      title: '記録の統合（名寄せ）',
      columns: ['日時', '理由'],
      rows: data.merges.map((x) => ({ cells: [formatWarekiDateTime(x.mergedAt), x.reason], thirdParty: false })),
    },
  ];
  return { title: `保有個人情報開示（${data.person.familyName} ${data.person.givenName}）`, municipalityName: municipality?.name ?? '', sections };
}
