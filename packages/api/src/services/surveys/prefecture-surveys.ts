// 実態調査, the prefecture's side (issue #11 item 10; ADR 0025): build a questionnaire, send it to some of
// its own municipalities with a deadline, see who answered, the submitted answers, the aggregates and a CSV.
// Drafts stay the municipality's: only submitted answers are shown or counted.
import { cancelSurvey, createSurvey, getSurveyOfPrefecture, updateSurvey, listMunicipalitiesOfPrefecture, listSurveysOfPrefecture, reopenSurveyResponse } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { aggregateSurvey, formatSurveyAnswer, questionnaireProblems } from '@kasane/domain';
import type { QuestionKind, SurveyAnswers, SurveyQuestion } from '@kasane/domain';
import type { PrefectureActor } from '../../context.js';
import { apiError, domainError } from '../../errors.js';
import { excelCsv } from '../backoffice/excel-csv.js';
import { ownCodes } from '../prefecture/backoffice-service.js';
import { jstDateTime } from './jst.js';

export const responseStatusLabels: Readonly<Record<string, string>> = { pending: '未回答', draft: '回答中', submitted: '提出済み' };

export interface NewSurvey {
  title: string;
  description: string;
  deadline: Date;
  municipalityCodes: string[];
  questions: { kind: QuestionKind; label: string; required: boolean; options: string[] }[];
}

const numbered = (questions: NewSurvey['questions']): SurveyQuestion[] =>
  questions.map((q, i) => ({ id: `q${i + 1}`, kind: q.kind, label: q.label.trim(), required: q.required, options: q.options.map((o) => o.trim()).filter((o) => o.length > 0) }));
const refuseProblems = (questions: SurveyQuestion[] | null, deadline: Date, now: Date) => {
  const problems = questions ? questionnaireProblems(questions) : [];
  if (deadline.getTime() <= now.getTime()) problems.push('回答期限は今より後にしてください。');
  if (problems.length > 0) throw domainError({ code: 'VALIDATION', message: problems.join(' ') });
};
const cancelledSurvey = () => domainError({ code: 'INVALID_TRANSITION', message: '取り消した調査は変更できません。' });

export async function createSurveyForPrefecture(tx: Tx, actor: PrefectureActor, input: NewSurvey, now: Date) {
  const codes = [...new Set(input.municipalityCodes)];
  await ownCodes(tx, actor, codes);
  const questions = numbered(input.questions);
  refuseProblems(questions, input.deadline, now);
  return createSurvey(tx, { prefectureCode: actor.prefectureCode, title: input.title, description: input.description, questions, deadline: input.deadline, createdAt: now, createdByUserId: actor.userId, municipalityCodes: codes });
}

export async function listSurveysForPrefecture(tx: Tx, actor: PrefectureActor, now: Date) {
  const surveys = await listSurveysOfPrefecture(tx, actor.prefectureCode);
  return surveys.map((s) => ({
    id: s.id,
    title: s.title,
    deadline: s.deadline,
    createdAt: s.createdAt,
    closed: s.deadline.getTime() < now.getTime(),
    cancelledAt: s.cancelledAt,
    addressed: s.responses.length,
    submitted: s.responses.filter((r) => r.status === 'submitted').length,
  }));
}

async function loadSurvey(tx: Tx, actor: PrefectureActor, id: string) {
  const survey = await getSurveyOfPrefecture(tx, actor.prefectureCode, id);
  if (!survey) throw apiError('NOT_FOUND');
  const names = new Map((await listMunicipalitiesOfPrefecture(tx, actor.prefectureCode)).map((m) => [m.code, m.name]));
  const questions = survey.questions as unknown as SurveyQuestion[];
  const responses = survey.responses.map((r) => ({ ...r, municipalityName: names.get(r.municipalityCode) ?? r.municipalityCode, answers: r.status === 'submitted' ? (r.answers as SurveyAnswers) : {} }));
  return { survey, questions, responses };
}

export async function getSurveyForPrefecture(tx: Tx, actor: PrefectureActor, id: string, now: Date) {
  const { survey, questions, responses } = await loadSurvey(tx, actor, id);
  const submitted = responses.filter((r) => r.status === 'submitted');
  return {
    id: survey.id,
    title: survey.title,
    description: survey.description,
    deadline: survey.deadline,
    closed: survey.deadline.getTime() < now.getTime(),
    updatedAt: survey.updatedAt,
    cancelledAt: survey.cancelledAt,
    cancelReason: survey.cancelReason,
    /** the questions can change only while no municipality has saved an answer */
    questionsEditable: survey.cancelledAt === null && survey.responses.every((r) => r.status === 'pending'),
    questions,
    municipalities: responses.map((r) => ({
      code: r.municipalityCode,
      name: r.municipalityName,
      status: r.status,
      submittedAt: r.status === 'submitted' ? r.submittedAt : null,
      reopenCount: r.reopenCount,
      answers: questions.map((q) => ({ questionId: q.id, text: formatSurveyAnswer(r.answers[q.id]) })),
    })),
    aggregates: aggregateSurvey(questions, submitted).map((a) => ({
      questionId: a.questionId,
      kind: a.kind,
      label: a.label,
      answered: a.answered,
      choices: 'choices' in a ? a.choices : [],
      sum: 'sum' in a ? a.sum : null,
      mean: 'mean' in a ? a.mean : null,
      min: 'min' in a ? a.min : null,
      max: 'max' in a ? a.max : null,
      texts: 'texts' in a ? a.texts : [],
    })),
  };
}

/**
 * A survey changed after it was sent (ADR 0025): title, description, deadline, more target municipalities;
 * the questions only while no municipality has saved an answer (a draft counts), so no answer loses its question.
 */
export async function updateSurveyForPrefecture(
  tx: Tx,
  actor: PrefectureActor,
  input: { id: string; title: string; description: string; deadline: Date; addMunicipalityCodes: string[]; questions?: NewSurvey['questions'] | undefined },
  now: Date,
) {
  const { survey } = await loadSurvey(tx, actor, input.id);
  if (survey.cancelledAt) throw cancelledSurvey();
  if (input.questions && survey.responses.some((r) => r.status !== 'pending')) {
    throw domainError({ code: 'INVALID_TRANSITION', message: '回答を保存した市町村があるため、設問は変更できません。回答期限や対象の市町村は変更できます。' });
  }
  const addressed = new Set(survey.responses.map((r) => r.municipalityCode));
  const added = [...new Set(input.addMunicipalityCodes)].filter((c) => !addressed.has(c));
  await ownCodes(tx, actor, added);
  const questions = input.questions ? numbered(input.questions) : null;
  refuseProblems(questions, input.deadline, now);
  const count = await updateSurvey(tx, actor.prefectureCode, input.id, {
    title: input.title, description: input.description, deadline: input.deadline, ...(questions ? { questions } : {}), updatedAt: now, addMunicipalityCodes: added,
  });
  if (count !== 1) throw cancelledSurvey();
  return { id: input.id, added: added.length };
}

/** 取り消し with a reason: the municipalities see the survey cancelled and can no longer answer it. */
export async function cancelSurveyForPrefecture(tx: Tx, actor: PrefectureActor, input: { id: string; reason: string }, now: Date) {
  const { survey } = await loadSurvey(tx, actor, input.id);
  if (survey.cancelledAt || (await cancelSurvey(tx, actor.prefectureCode, input.id, { at: now, reason: input.reason })) !== 1) throw cancelledSurvey();
  return { id: input.id, cancelledAt: now };
}

/** A submitted response opened again for a new submission (the answers stay, as a draft). */
export async function reopenSurveyForPrefecture(tx: Tx, actor: PrefectureActor, surveyId: string, municipalityCode: string) {
  await loadSurvey(tx, actor, surveyId);
  const reopened = await reopenSurveyResponse(tx, surveyId, municipalityCode);
  if (reopened === 0) throw domainError({ code: 'INVALID_TRANSITION', message: '提出済みの回答だけを再提出にできます。' });
  return { surveyId, municipalityCode, status: 'draft' };
}

export async function exportSurveyCsvForPrefecture(tx: Tx, actor: PrefectureActor, surveyId: string) {
  const { survey, questions, responses } = await loadSurvey(tx, actor, surveyId);
  const header = ['市町村コード', '市町村', '状況', '提出日時', ...questions.map((q, i) => `問${i + 1} ${q.label}`)];
  const body = responses.map((r) => [
    r.municipalityCode,
    r.municipalityName,
    responseStatusLabels[r.status] ?? r.status,
    r.status === 'submitted' ? jstDateTime(r.submittedAt) : '',
    ...questions.map((q) => formatSurveyAnswer(r.answers[q.id])),
  ]);
  return { filename: `survey-${survey.createdAt.toISOString().slice(0, 10)}-${survey.id.slice(0, 8)}.csv`, csv: excelCsv([header, ...body]) };
}
