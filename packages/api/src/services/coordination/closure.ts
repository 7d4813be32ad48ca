// 支援決定 dated on the day decided, 終結 with its reason and day (issue #10 item 9).
import { loadPersonAccessFacts } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { checkClosure, checkDecisionDay, closureReasonLabels, isAtOrAfter } from '@kasane/domain';
import type { ClosureDraft, ClosureReason } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { domainError } from '../../errors.js';

export type AdvanceDetails = { decidedOn?: string | undefined; closure?: { reason: ClosureReason; reasonText: string; closedOn: string } | undefined };

export function checkedDecisionDay(day: string | undefined, now: Date): string | undefined {
  if (day === undefined) return undefined;
  const r = checkDecisionDay(day, now);
  if (!r.ok) throw domainError(r.error);
  return r.value;
}

export function checkedClosure(closure: AdvanceDetails['closure'], now: Date): ClosureDraft {
  if (!closure) throw domainError({ code: 'VALIDATION', message: '終結理由と終結日を記録してください。', details: { field: 'closure' } });
  const r = checkClosure(closure, now);
  if (!r.ok) throw domainError(r.error);
  return r.value;
}

/** The case history's note: the reason's label and the worker's words. */
export const closureNote = (c: ClosureDraft): string => `終結理由：${closureReasonLabels[c.reason]}（${c.reasonText.trim()}）`;

/**
 * The organisations the person's consent covers for support now (C3, C7): a plan that gives a role to any other
 * is warned about in the form. Read as part of the case view, which the access path has already decided.
 */
export async function planConsentCoverage(tx: Tx, actor: StaffActor, personId: string, now: Date): Promise<string[]> {
  const facts = await loadPersonAccessFacts(tx, actor.municipalityCode, personId);
  const live = (facts?.consents ?? []).filter(
    (c) => isAtOrAfter(now, c.obtainedAt) && !(c.withdrawnAt && isAtOrAfter(now, c.withdrawnAt)) && !(c.expiresAt && isAtOrAfter(now, c.expiresAt)) && (c.purposes.includes('support') || c.purposes.includes('coordination')),
  );
  return [...new Set(live.flatMap((c) => c.organisationIds))];
}
