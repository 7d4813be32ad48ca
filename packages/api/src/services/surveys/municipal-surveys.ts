// 実態調査, the municipality's side (issue #11 item 10; ADR 0025): the surveys addressed to it, answered by the
// administrator as drafts and then submitted. After the deadline or a submission the answer is read-only
// until the prefecture reopens it. Answers are the municipality's facts, never a person's.
import { getSurveyResponse, listSurveysForMunicipality, saveSurveyResponse } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { answerProblems, can } from '@kasane/domain';
import type { SurveyAnswers, SurveyQuestion } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { apiError, domainError } from '../../errors.js';
import { auditAs } from '../audit-as.js';

type Response = NonNullable<Awaited<ReturnType<typeof getSurveyResponse>>>;

/** A reopened response may be answered past the deadline: the prefecture asked for it again. */
const editable = (r: Response, now: Date) => r.survey.cancelledAt === null && r.status !== 'submitted' && (r.reopenCount > 0 || r.survey.deadline.getTime() >= now.getTime());

export async function listSurveysForStaff(tx: Tx, actor: StaffActor, now: Date) {
  const rows = await listSurveysForMunicipality(tx, actor.municipalityCode);
  return rows.map((r) => ({ id: r.survey.id, title: r.survey.title, deadline: r.survey.deadline, status: r.status, submittedAt: r.submittedAt, overdue: r.survey.cancelledAt === null && r.status !== 'submitted' && r.survey.deadline.getTime() < now.getTime(), cancelled: r.survey.cancelledAt !== null }));
}

async function responseOf(tx: Tx, actor: StaffActor, surveyId: string) {
  const r = await getSurveyResponse(tx, actor.municipalityCode, surveyId);
  if (!r) throw apiError('NOT_FOUND');
  return r;
}

export async function getSurveyForStaff(tx: Tx, actor: StaffActor, surveyId: string, now: Date) {
  const r = await responseOf(tx, actor, surveyId);
  return {
    id: r.survey.id,
    title: r.survey.title,
    description: r.survey.description,
    deadline: r.survey.deadline,
    questions: r.survey.questions as unknown as SurveyQuestion[],
    status: r.status,
    answers: r.answers as SurveyAnswers,
    savedAt: r.savedAt,
    submittedAt: r.submittedAt,
    reopened: r.reopenCount > 0,
    cancelledAt: r.survey.cancelledAt,
    cancelReason: r.survey.cancelReason,
    editable: editable(r, now) && can(actor.role, 'report.manage'),
  };
}

export async function answerSurveyForStaff(tx: Tx, actor: StaffActor, input: { surveyId: string; answers: SurveyAnswers; submit: boolean }, now: Date) {
  const r = await responseOf(tx, actor, input.surveyId);
  if (r.survey.cancelledAt) throw domainError({ code: 'INVALID_TRANSITION', message: '県がこの調査を取り消したため、回答できません。' });
  if (r.status === 'submitted') throw domainError({ code: 'INVALID_TRANSITION', message: '提出済みの回答は変更できません。県が再提出を依頼すると、もう一度回答できます。' });
  if (!editable(r, now)) throw domainError({ code: 'INVALID_TRANSITION', message: '回答期限を過ぎています。県に連絡してください。' });
  const questions = r.survey.questions as unknown as SurveyQuestion[];
  const problems = answerProblems(questions, input.answers, input.submit ? 'submit' : 'draft');
  if (problems.length > 0) throw domainError({ code: 'VALIDATION', message: problems.map((p) => p.message).join(' '), details: { questionIds: problems.map((p) => p.questionId) } });
  const status = input.submit ? 'submitted' : 'draft';
  await saveSurveyResponse(tx, actor.municipalityCode, input.surveyId, { status, answers: input.answers, at: now, userId: actor.userId });
  await auditAs(tx, actor, { action: input.submit ? 'submit' : 'write', recordType: 'SurveyResponse', recordId: input.surveyId, legalBasis: 'administration', basisRef: null });
  return { surveyId: input.surveyId, status };
}
