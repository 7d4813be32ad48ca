// 支援経過記録 (issue #10, FORMS.md): structured entries — 実施日時, 方法, 相手, 対応者, 内容, 次回予定 — written by
// an organisation taking part in the case; a correction is a new version and the old text stays as history.
import { addProgressRecordVersion, createProgressRecord, getProgressRecord } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { progressRecordRefusal } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { apiError, domainError } from '../../errors.js';
import { accessCase, loadCase } from '../coordination/case-state.js';
import type { TAddProgressEntry, TCorrectProgressEntry, TProgressContent } from './schemas.js';

const contentOf = (input: TProgressContent) => ({
  occurredAt: input.occurredAt,
  method: input.method,
  counterpart: input.counterpart,
  actedBy: input.actedBy,
  content: input.content,
  nextStep: input.nextStep || null,
  nextDate: input.nextDate ? new Date(`${input.nextDate}T00:00:00Z`) : null,
});

/** SPEC §3.5: progress by each organisation taking part, on its own basis for the person. */
async function caseForProgress(tx: Tx, actor: StaffActor, caseId: string, now: Date) {
  const c = await loadCase(tx, actor, caseId);
  const involved = [c.ownerOrganisationId, c.leadOrganisationId, ...c.participants.map((p) => p.organisationId)];
  if (!involved.includes(actor.organisationId)) {
    throw domainError({ code: 'ROLE_FORBIDDEN', message: 'このケースに参加している機関だけが支援経過を記録できます。', details: { organisationId: actor.organisationId } });
  }
  const refusal = progressRecordRefusal(c.status);
  if (refusal) throw domainError({ code: 'INVALID_TRANSITION', message: refusal, details: { status: c.status } });
  await accessCase(tx, actor, c, 'write', 'support', now, 'ProgressRecord');
  return c;
}

export async function addProgressEntry(tx: Tx, actor: StaffActor, input: TAddProgressEntry, now: Date) {
  const c = await caseForProgress(tx, actor, input.caseId, now);
  const r = await createProgressRecord(tx, actor.municipalityCode, { caseId: c.id, organisationId: actor.organisationId, userId: actor.userId, at: now, ...contentOf(input) });
  return { id: r.id, version: 1 };
}

/** Only the organisation that wrote an entry corrects it; the version read guards a colleague's correction in between. */
export async function correctProgressEntry(tx: Tx, actor: StaffActor, input: TCorrectProgressEntry, now: Date) {
  const record = await getProgressRecord(tx, actor.municipalityCode, input.recordId);
  if (!record) throw apiError('NOT_FOUND');
  await caseForProgress(tx, actor, record.caseId, now);
  if (record.organisationId !== actor.organisationId) {
    throw domainError({ code: 'ROLE_FORBIDDEN', message: '支援経過は、記録した機関だけが訂正できます。', details: { organisationId: actor.organisationId } });
  }
  const saved = await addProgressRecordVersion(tx, actor.municipalityCode, record.id, input.expectedVersion, { ...contentOf(input), correctionReason: input.reason, userId: actor.userId, at: now });
  if (!saved) throw apiError('CONFLICT');
  return { id: record.id, version: input.expectedVersion + 1 };
}
