import { z } from 'zod';
import { isAtOrAfter } from '../calendar/tokyo-date.js';
import type { Instant } from '../calendar/tokyo-date.js';
import type { MeetingKind } from '../access/types.js';
import { fail } from '../errors.js';
import { ok } from '../result.js';
import type { Result } from '../result.js';
import type { Role } from '../roles.js';
import { meetingKinds } from './kinds.js';

export const meetingDecisions = ['plan_approval', 'closure_evaluation', 'role_assignment', 'support_direction'] as const;
export const ZMeetingDecision = z.enum(meetingDecisions);
export type MeetingDecision = z.infer<typeof ZMeetingDecision>;
export const meetingDecisionLabels: Readonly<Record<MeetingDecision, string>> = {
  plan_approval: '支援プランの適切性の確認（承認）',
  closure_evaluation: '支援プラン終結時の評価',
  role_assignment: '支援関係機関の役割分担',
  support_direction: '支援の方向性（検討の結果）',
};

// SPEC §3.4 and §3.6: plan appropriateness and closure are judged at a 重層的支援会議 only.
// A 支援会議 "検討できる…必要な支援体制" (seed 003), so it may share out roles and settle the direction of
// support (also for someone who is not a case, ADR 0034), but not approve plans.
const allowedDecisions: Readonly<Record<MeetingKind, readonly MeetingDecision[]>> = {
  jusoteki: ['plan_approval', 'closure_evaluation', 'role_assignment', 'support_direction'],
  shien: ['role_assignment', 'support_direction'],
  other: [],
};

/** Decisions that change a case (its plan, its closure) need one; the others may concern any subject. */
const caseOnlyDecisions: readonly MeetingDecision[] = ['plan_approval', 'closure_evaluation'];

export const canDecideOnSubject = (subjectKind: string, decision: MeetingDecision): Result<MeetingDecision> =>
  subjectKind === 'case' || !caseOnlyDecisions.includes(decision)
    ? ok(decision)
    : fail('VALIDATION', { subjectKind, decision }, `ケースでない方の検討には「${meetingDecisionLabels[decision]}」は記録できません。役割分担か支援の方向性を記録してください。`);

export const decisionsAllowed = (kind: MeetingKind): readonly MeetingDecision[] => allowedDecisions[kind];

export const canDecide = (kind: MeetingKind, decision: MeetingDecision): Result<MeetingDecision> =>
  allowedDecisions[kind].includes(decision)
    ? ok(decision)
    : fail(
        'DECISION_NOT_ALLOWED',
        { kind, decision },
        `${meetingKinds[kind].label}では「${meetingDecisionLabels[decision]}」はできません。重層的支援会議で行ってください。`,
      );

export type Attendee = {
  readonly role: Role;
  readonly municipalityCode: string;
  readonly undertakingSignedAt?: Instant;
};

/** Who may take part in a meeting where people are discussed identifiably. */
export const canAttend = (
  kind: MeetingKind,
  meeting: { readonly municipalityCode: string },
  attendee: Attendee,
  now: Instant,
): Result<MeetingKind> => {
  if (attendee.municipalityCode !== meeting.municipalityCode) return fail('OTHER_MUNICIPALITY');
  // SPEC §1: the prefecture advises (法第6条第3項) but sees no personal data.
  if (attendee.role === 'prefectural_official' || attendee.role === 'auditor') {
    return fail('ROLE_FORBIDDEN', { role: attendee.role }, 'この役割では、個人を検討する会議には参加できません。');
  }
  // 法第106条の6第5項 / C5: the undertaking comes before the member sees anything.
  if (kind === 'shien' && (attendee.undertakingSignedAt === undefined || !isAtOrAfter(now, attendee.undertakingSignedAt))) {
    return fail('UNDERTAKING_MISSING');
  }
  return ok(kind);
};
