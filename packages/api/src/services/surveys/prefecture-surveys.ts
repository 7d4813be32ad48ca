// 実態調査, the prefecture's side (issue #11 item 10; ADR 0025): build a questionnaire, send it to some of
// its own municipalities with a deadline, see who answered, the submitted answers, the aggregates and a CSV.
// Drafts stay the municipality's: only submitted answers are shown or counted.
import { createSurvey, getSurveyOfPrefecture, listMunicipalitiesOfPrefecture, listSurveysOfPrefecture, reopenSurveyResponse } from '@kasane/db';
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

export async function createSurveyForPrefecture(tx: Tx, actor: PrefectureActor, input: NewSurvey, now: Date) {
  const codes = [...new Set(input.municipalityCodes)];
  await ownCodes(tx, actor, codes);
  const questions: SurveyQuestion[] = input.questions.map((q, i) => ({ id: `q${i + 1}`, kind: q.kind, label: q.label.trim(), required: q.required, options: q.options.map((o) => o.trim()).filter((o) => o.length > 0) }));
  const problems = questionnaireProblems(questions);
  if (input.deadline.getTime() <= now.getTime()) problems.push('回答期限は今より後にしてください。');
  if (problems.length > 0) throw domainError({ code: 'VALIDATION', message: problems.join(' ') });
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
