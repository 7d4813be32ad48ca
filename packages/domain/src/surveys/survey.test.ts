import { describe, expect, it } from 'vitest';
import { aggregateSurvey, answerProblems, formatSurveyAnswer, isAnswered, questionnaireProblems } from './survey.js';
import type { SurveyQuestion } from './survey.js';
import { attendanceProblem } from './support-event.js';

const questions: SurveyQuestion[] = [
  { id: 'q1', kind: 'single', label: '実施状況', required: true, options: ['実施', '移行準備', '未実施'] },
  { id: 'q2', kind: 'multiple', label: '委託先', required: false, options: ['社協', 'NPO', '法人'] },
  { id: 'q3', kind: 'number', label: '専任職員数', required: true, options: [] },
  { id: 'q4', kind: 'text', label: '課題', required: false, options: [] },
];

describe('answers', () => {
  it('lets a draft be incomplete but not wrong', () => {
    expect(answerProblems(questions, { q3: 2 }, 'draft')).toEqual([]);
    expect(answerProblems(questions, { q1: '検討中' }, 'draft').map((p) => p.questionId)).toEqual(['q1']);
    expect(answerProblems(questions, { q2: ['社協', '社協'] }, 'draft').map((p) => p.questionId)).toEqual(['q2']);
    expect(answerProblems(questions, { q9: 'x' }, 'draft').map((p) => p.questionId)).toEqual(['q9']);
  });
  it('asks every required answer on submit; blank text and no choice are unanswered', () => {
    expect(answerProblems(questions, { q1: '実施', q2: [], q4: '  ' }, 'submit').map((p) => p.questionId)).toEqual(['q3']);
    expect(answerProblems(questions, { q1: '実施', q3: 0 }, 'submit')).toEqual([]);
  });
});

describe('the questionnaire', () => {
  it('needs questions, and two distinct choices for a choice question', () => {
    expect(questionnaireProblems([])).toHaveLength(1);
    expect(questionnaireProblems(questions)).toEqual([]);
    expect(questionnaireProblems([{ id: 'a', kind: 'single', label: '問', required: true, options: ['はい'] }])).toHaveLength(1);
    expect(questionnaireProblems([{ id: 'a', kind: 'number', label: '', required: true, options: ['1'] }])).toHaveLength(2);
  });
});

describe('aggregates', () => {
  it('counts choices, sums numbers and lists texts by municipality', () => {
    const result = aggregateSurvey(questions, [
      { municipalityCode: '082031', municipalityName: '土浦市', answers: { q1: '実施', q2: ['社協', 'NPO'], q3: 3, q4: '人材不足' } },
      { municipalityCode: '082040', municipalityName: '古河市', answers: { q1: '移行準備', q2: ['社協'], q3: 1 } },
      { municipalityCode: '082015', municipalityName: '水戸市', answers: { q1: '実施' } },
    ]);
    expect(result[0]).toMatchObject({ answered: 3, choices: [{ option: '実施', count: 2 }, { option: '移行準備', count: 1 }, { option: '未実施', count: 0 }] });
    expect(result[1]).toMatchObject({ answered: 2, choices: [{ option: '社協', count: 2 }, { option: 'NPO', count: 1 }, { option: '法人', count: 0 }] });
    expect(result[2]).toMatchObject({ answered: 2, sum: 4, mean: 2, min: 1, max: 3 });
    expect(result[3]).toMatchObject({ answered: 1, texts: [{ municipalityName: '土浦市', text: '人材不足' }] });
    expect(aggregateSurvey(questions, [])[2]).toMatchObject({ answered: 0, sum: null, mean: null });
  });
});

describe('attendance', () => {
  it('needs roles and a count when attending, none when absent', () => {
    expect(attendanceProblem('attending', 2, '福祉総務課 2名')).toBeNull();
    expect(attendanceProblem('attending', 0, '福祉総務課')).not.toBeNull();
    expect(attendanceProblem('attending', 1, ' ')).not.toBeNull();
    expect(attendanceProblem('absent', 0, '')).toBeNull();
    expect(attendanceProblem('absent', 1, '')).not.toBeNull();
  });
});

describe('answers of the wrong kind', () => {
  it('refuses a number for a choice, a list for a single choice, text for a number and a number for text', () => {
    const wrong = answerProblems(questions, { q1: ['実施'], q2: '社協', q3: '三', q4: 5 }, 'draft');
    expect(wrong.map((p) => p.questionId)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(answerProblems(questions, { q2: ['社協', '役場'] }, 'draft').map((p) => p.questionId)).toEqual(['q2']);
  });
  it('counts NaN and undefined as unanswered and prints answers for a table', () => {
    expect(isAnswered(Number.NaN)).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
    expect(formatSurveyAnswer(undefined)).toBe('');
    expect(formatSurveyAnswer(['社協', 'NPO'])).toBe('社協、NPO');
    expect(formatSurveyAnswer(3)).toBe('3');
    expect(formatSurveyAnswer('  ')).toBe('');
  });
  it('refuses duplicate ids, duplicate choices, and choices on a text question', () => {
    const q = (over: Partial<SurveyQuestion>): SurveyQuestion => ({ id: 'a', kind: 'single', label: '問', required: false, options: ['はい', 'いいえ'], ...over });
    expect(questionnaireProblems([q({}), q({})])).toEqual(['設問の識別子が重複しています。']);
    expect(questionnaireProblems([q({ options: ['はい', 'はい ', 'いいえ'] })])).toEqual(['設問1の選択肢が重複しています。']);
    expect(questionnaireProblems([q({ kind: 'text', options: ['x'] })])).toEqual(['設問1（文章）に選択肢は要りません。']);
    expect(questionnaireProblems([q({ kind: 'multiple', options: ['はい', ' '] })])).toHaveLength(1);
  });
});
