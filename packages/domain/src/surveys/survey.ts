// 実態調査 (issue #11 item 10): a prefecture's questionnaire to its municipalities. The rules here decide
// whether an answer fits its question, whether a response can be submitted, and the aggregates per question.
// Answers are the municipality's facts (体制, 件数, 取組), never a person's.

export const questionKinds = ['single', 'multiple', 'number', 'text'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export interface SurveyQuestion {
  id: string;
  kind: QuestionKind;
  label: string;
  required: boolean;
  /** the choices of a single or multiple choice question, in order; empty for number and text */
  options: string[];
}

export type SurveyAnswer = string | string[] | number;
export type SurveyAnswers = Record<string, SurveyAnswer>;

export interface AnswerProblem {
  questionId: string;
  message: string;
}

/** Empty answers (blank text, no choice) count as not answered. */
export function isAnswered(answer: SurveyAnswer | undefined): boolean {
  if (answer === undefined) return false;
  if (typeof answer === 'number') return Number.isFinite(answer);
  if (Array.isArray(answer)) return answer.length > 0;
  return answer.trim().length > 0;
}

function kindProblem(q: SurveyQuestion, a: SurveyAnswer): string | null {
  switch (q.kind) {
    case 'single':
      return typeof a === 'string' && q.options.includes(a) ? null : '選択肢から1つ選んでください。';
    case 'multiple':
      return Array.isArray(a) && a.every((x) => q.options.includes(x)) && new Set(a).size === a.length ? null : '選択肢から選んでください。';
    case 'number':
      return typeof a === 'number' && Number.isFinite(a) ? null : '数値を入力してください。';
    case 'text':
      return typeof a === 'string' ? null : '文章で入力してください。';
  }
}

/**
 * What is wrong with a set of answers: an answer to an unknown question or of the wrong kind always;
 * a required question left unanswered only when submitting (a draft may be incomplete).
 */
export function answerProblems(questions: readonly SurveyQuestion[], answers: SurveyAnswers, mode: 'draft' | 'submit'): AnswerProblem[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const problems: AnswerProblem[] = Object.keys(answers)
    .filter((id) => !byId.has(id))
    .map((id) => ({ questionId: id, message: 'この調査にない設問です。' }));
  for (const q of questions) {
    const a = answers[q.id];
    if (!isAnswered(a)) {
      if (mode === 'submit' && q.required) problems.push({ questionId: q.id, message: `「${q.label}」は必須です。` });
      continue;
    }
    const problem = kindProblem(q, a as SurveyAnswer);
    if (problem) problems.push({ questionId: q.id, message: `「${q.label}」: ${problem}` });
  }
  return problems;
}

/** A questionnaire's own problems: at least one question, labels unique and set, choices for choice questions. */
export function questionnaireProblems(questions: readonly SurveyQuestion[]): string[] {
  const problems: string[] = [];
  if (questions.length === 0) problems.push('設問を1つ以上追加してください。');
  if (new Set(questions.map((q) => q.id)).size !== questions.length) problems.push('設問の識別子が重複しています。');
  questions.forEach((q, i) => {
    if (!q.label.trim()) problems.push(`設問${i + 1}の文を入力してください。`);
    const isChoice = q.kind === 'single' || q.kind === 'multiple';
    const options = q.options.map((o) => o.trim());
    if (isChoice && options.filter(Boolean).length < 2) problems.push(`設問${i + 1}には選択肢を2つ以上入力してください。`);
    if (isChoice && new Set(options).size !== options.length) problems.push(`設問${i + 1}の選択肢が重複しています。`);
    if (!isChoice && q.options.length > 0) problems.push(`設問${i + 1}（${q.kind === 'number' ? '数値' : '文章'}）に選択肢は要りません。`);
  });
  return problems;
}

export interface RespondentAnswers {
  municipalityCode: string;
  municipalityName: string;
  answers: SurveyAnswers;
}

export type QuestionAggregate =
  | { questionId: string; kind: 'single' | 'multiple'; label: string; answered: number; choices: { option: string; count: number }[] }
  | { questionId: string; kind: 'number'; label: string; answered: number; sum: number | null; mean: number | null; min: number | null; max: number | null }
  | { questionId: string; kind: 'text'; label: string; answered: number; texts: { municipalityCode: string; municipalityName: string; text: string }[] };

/** Aggregates per question over the submitted responses: counts per choice, sum/mean/min/max, texts by municipality. */
export function aggregateSurvey(questions: readonly SurveyQuestion[], respondents: readonly RespondentAnswers[]): QuestionAggregate[] {
  return questions.map((q): QuestionAggregate => {
    const given = respondents.filter((r) => isAnswered(r.answers[q.id]));
    const base = { questionId: q.id, label: q.label, answered: given.length };
    if (q.kind === 'single' || q.kind === 'multiple') {
      const picked = given.flatMap((r) => {
        const a = r.answers[q.id];
        return Array.isArray(a) ? a : [String(a)];
      });
      return { ...base, kind: q.kind, choices: q.options.map((option) => ({ option, count: picked.filter((p) => p === option).length })) };
    }
    if (q.kind === 'number') {
      const values = given.map((r) => r.answers[q.id]).filter((a): a is number => typeof a === 'number');
      const sum = values.reduce((s, v) => s + v, 0);
      return values.length === 0
        ? { ...base, kind: 'number', sum: null, mean: null, min: null, max: null }
        : { ...base, kind: 'number', sum, mean: sum / values.length, min: Math.min(...values), max: Math.max(...values) };
    }
    return { ...base, kind: 'text', texts: given.map((r) => ({ municipalityCode: r.municipalityCode, municipalityName: r.municipalityName, text: String(r.answers[q.id]) })) };
  });
}

/** How an answer reads in a table or a CSV cell. */
export function formatSurveyAnswer(answer: SurveyAnswer | undefined): string {
  if (!isAnswered(answer)) return '';
  return Array.isArray(answer) ? answer.join('、') : String(answer);
}
