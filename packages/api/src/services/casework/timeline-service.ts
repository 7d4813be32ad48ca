// One chronological view per case and per person (issue #10): consultations, outreach contacts (carried
// into the case on conversion), meetings, plans, referrals, case events and 支援経過記録 with their
// corrections. A 支援会議 appears only to its members who signed the undertaking (C5).
import { listCasesOfPrimaryPerson, listOrganisations, loadMeetingMembershipsOfUser, loadTimelineRows, userDisplayNames } from '@kasane/db';
import type { CoordinationCaseRow, Tx } from '@kasane/db';
import {
  caseEventLabels,
  formatDisplayDateTime,
  intakeChannelLabels,
  meetingDecisionLabels,
  outreachMethodLabels,
  outreachOutcomeLabels,
  progressMethodLabels,
  toIsoDateTokyo,
} from '@kasane/domain';
import type { CaseEventType, Purpose, IntakeChannel, MeetingDecision, OutreachMethod, OutreachOutcome, ProgressMethod } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { accessPerson, decideEach, recordPersonsRead } from '../access/person-access.js';
import { identityOrigin } from '../access/own-record.js';
import { accessCase, loadCase } from '../coordination/case-state.js';
import type { TimelineKind } from './schemas.js';

export const timelineKindLabels: Readonly<Record<TimelineKind, string>> = {
  consultation: '相談受付',
  outreach: 'アウトリーチ',
  meeting: '会議',
  plan: '支援プラン',
  referral: 'つなぎ',
  progress: '支援経過',
  case: 'ケースの記録',
};

const referralEvents: ReadonlySet<string> = new Set(['record_consent', 'hand_over']);

interface Version {
  version: number;
  occurredAt: Date;
  occurredAtWareki: string;
  methodId: string;
  method: string;
  counterpart: string;
  actedBy: string;
  content: string;
  nextStep: string | null;
  nextDate: string | null;
  correctionReason: string | null;
  writtenBy: string;
  writtenAtWareki: string;
}

export interface TimelineItem {
  id: string;
  kind: TimelineKind;
  kindLabel: string;
  at: Date;
  atWareki: string;
  caseId: string | null;
  title: string;
  detail: string | null;
  organisation: string;
  /** 支援経過: the current version first, then the text it corrected */
  versions?: Version[];
}

async function signedShienMeetings(tx: Tx, actor: StaffActor): Promise<Set<string>> {
  const memberships = await loadMeetingMembershipsOfUser(tx, actor.municipalityCode, actor.userId);
  return new Set(memberships.filter((m) => m.undertakingSignedAt !== null).map((m) => m.meetingId));
}

async function itemsOf(tx: Tx, actor: StaffActor, caseIds: string[], personIds: string[], ownConsultationsOnly: boolean): Promise<TimelineItem[]> {
  const [rows, organisations, signed] = await Promise.all([loadTimelineRows(tx, actor.municipalityCode, caseIds, personIds), listOrganisations(tx, actor.municipalityCode), signedShienMeetings(tx, actor)]);
  const org = (id: string | null) => (id ? (organisations.find((o) => o.id === id)?.name ?? '') : '');
  const users = await userDisplayNames(tx, actor.municipalityCode, rows.progress.flatMap((r) => r.versions.map((v) => v.writtenByUserId)));
  const meetingShown = (m: { id: string; kind: string }) => m.kind !== 'shien' || signed.has(m.id);
  const item = (i: Omit<TimelineItem, 'kindLabel' | 'atWareki'>): TimelineItem => ({ ...i, kindLabel: timelineKindLabels[i.kind], atWareki: formatDisplayDateTime(i.at) });
  return [
    ...rows.consultations
      .filter((c) => !ownConsultationsOnly || c.organisationId === actor.organisationId)
      .map((c) => item({ id: c.id, kind: 'consultation', at: c.receivedAt, caseId: null, title: `相談受付（${intakeChannelLabels[c.channel as IntakeChannel] ?? c.channel}）`, detail: c.summary, organisation: org(c.organisationId) })),
    ...rows.outreach.map((o) =>
      item({
        id: o.id,
        kind: 'outreach',
        at: o.contactedAt,
        caseId: o.subject.caseId,
        title: `${outreachMethodLabels[o.method as OutreachMethod] ?? o.method}（${outreachOutcomeLabels[o.outcome as OutreachOutcome] ?? o.outcome}）`,
        detail: o.note,
        organisation: org(o.organisationId),
      }),
    ),
    ...rows.agenda.filter((a) => meetingShown(a.meeting)).map((a) => item({ id: a.id, kind: 'meeting', at: a.meeting.scheduledAt, caseId: a.caseId, title: `${a.meeting.title}${a.meeting.heldAt ? '' : '（予定）'}`, detail: null, organisation: '' })),
    ...rows.decisions
      .filter((d) => meetingShown(d.meeting))
      .map((d) =>
        item({
          id: d.id,
          kind: 'meeting',
          at: d.decidedAt,
          caseId: d.caseId,
          title: `${d.meeting.title}：${meetingDecisionLabels[d.decision as MeetingDecision] ?? d.decision}${d.planVersion ? `（第${d.planVersion}版）` : ''}`,
          detail: null,
          organisation: '',
        }),
      ),
    ...rows.plans.flatMap((p) => [
      item({ id: `${p.id}:created`, kind: 'plan', at: p.createdAt, caseId: p.caseId, title: `支援プラン第${p.version}版を作成（見直し ${toIsoDateTokyo(p.reviewDate)}）`, detail: null, organisation: '' }),
      ...(p.approvedAt ? [item({ id: `${p.id}:approved`, kind: 'plan', at: p.approvedAt, caseId: p.caseId, title: `支援プラン第${p.version}版を承認`, detail: null, organisation: '' })] : []),
    ]),
    ...rows.events.map((e) =>
      item({ id: e.id, kind: referralEvents.has(e.type) ? 'referral' : 'case', at: e.at, caseId: e.caseId, title: caseEventLabels[e.type as CaseEventType] ?? e.type, detail: e.note, organisation: org(e.organisationId) }),
    ),
    ...rows.referrals.map((r) => item({ id: r.id, kind: 'referral', at: r.referredAt, caseId: null, title: r.urgent ? '保護の実施機関へ緊急につないだ' : '保護の実施機関へつないだ', detail: null, organisation: org(r.referredByOrganisationId) })),
    ...rows.progress.flatMap((r) => {
      const versions = r.versions.map(
        (v): Version => ({
          version: v.version,
          occurredAt: v.occurredAt,
          occurredAtWareki: formatDisplayDateTime(v.occurredAt),
          methodId: v.method,
          method: progressMethodLabels[v.method as ProgressMethod] ?? v.method,
          counterpart: v.counterpart,
          actedBy: v.actedBy,
          content: v.content,
          nextStep: v.nextStep,
          nextDate: v.nextDate ? toIsoDateTokyo(v.nextDate) : null,
          correctionReason: v.correctionReason,
          writtenBy: users.get(v.writtenByUserId) ?? '（不明な職員）',
          writtenAtWareki: formatDisplayDateTime(v.writtenAt),
        }),
      );
      const current = versions[0];
      if (!current) return [];
      return [item({ id: r.id, kind: 'progress', at: current.occurredAt, caseId: r.caseId, title: `${current.method}：${current.counterpart}`, detail: current.content, organisation: org(r.organisationId), versions })];
    }),
  ];
}

/** The auditor reads for the audit only (地方自治法第199条); everyone else for support. */
const purposeOf = (actor: StaffActor): Purpose => (actor.role === 'auditor' ? 'audit' : 'support');

const filtered = (items: TimelineItem[], kinds: readonly TimelineKind[] | undefined) =>
  items.filter((i) => !kinds || kinds.length === 0 || kinds.includes(i.kind)).sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));

/** The case's timeline, read on the case's basis for its primary person (audited as one read). */
export async function caseTimeline(tx: Tx, actor: StaffActor, input: { caseId: string; kinds?: TimelineKind[] | undefined }, now: Date) {
  const c = await loadCase(tx, actor, input.caseId);
  await accessCase(tx, actor, c, 'read', purposeOf(actor), now, 'CaseTimeline');
  return { caseId: c.id, personId: c.primaryPersonId, items: filtered(await itemsOf(tx, actor, [c.id], [c.primaryPersonId], false), input.kinds) };
}

/**
 * The person's timeline across the cases about them: each case on its own basis (C12); with no case
 * readable, only what this organisation itself recorded — and with neither, the policy's refusal.
 */
export async function personTimeline(tx: Tx, actor: StaffActor, input: { personId: string; kinds?: TimelineKind[] | undefined }, now: Date) {
  const cases: CoordinationCaseRow[] = await listCasesOfPrimaryPerson(tx, actor.municipalityCode, input.personId);
  const req = { action: 'read' as const, purpose: purposeOf(actor), recordType: 'PersonTimeline', now };
  const decisions = await decideEach(tx, actor, { ...req, persons: cases.map((c) => ({ personId: input.personId, origin: { kind: 'case_record', caseId: c.id } })) });
  const readable = cases.filter((_, i) => decisions[i]?.allowed);
  const first = decisions.find((d) => d.allowed);
  if (first?.allowed) {
    await recordPersonsRead(tx, actor, req, [{ personId: input.personId, basis: first.basis }]);
  } else {
    const origin = await identityOrigin(tx, actor, input.personId);
    await accessPerson(tx, actor, { ...req, personId: input.personId, ...(origin ? { origin } : {}) });
  }
  return { personId: input.personId, items: filtered(await itemsOf(tx, actor, readable.map((c) => c.id), [input.personId], readable.length === 0), input.kinds) };
}
