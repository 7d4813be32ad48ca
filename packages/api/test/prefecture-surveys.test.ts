// Issue #11 item 10, against the real database: the prefecture's 実態調査 reaches only the municipalities it
// addresses in its own prefecture; the administrator saves a draft and submits; the deadline and a submission
// make the answer read-only until the prefecture reopens it; aggregates and the CSV count submitted answers only.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inScope } from '@kasane/db';
import { createHarness, fixedNow } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { trpcCodeOf as refusal } from './support/outcome.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterEach(() => {
  h.deps.now = () => fixedNow;
});
afterAll(async () => h.close());

const TSUCHIURA = '082031';
const KOGA = '082040';
const inDays = (n: number) => new Date(fixedNow.getTime() + n * 86_400_000);
const questions = [
  { kind: 'single' as const, label: '重層的支援体制整備事業の実施状況', required: true, options: ['実施', '移行準備', '未実施'] },
  { kind: 'multiple' as const, label: '委託先', required: false, options: ['社会福祉協議会', 'NPO法人', '社会福祉法人'] },
  { kind: 'number' as const, label: '専任職員数', required: true, options: [] },
  { kind: 'text' as const, label: '県への要望', required: false, options: [] },
];

async function send(codes: string[], deadline = inDays(30)) {
  const pref = await h.as('ibaraki.pref');
  return (await pref.prefecture.survey.create({ title: '包括的支援体制実態調査', description: '各市町村の状況把握', deadline, municipalityCodes: codes, questions })).id;
}

describe('who can see a survey', () => {
  it('reaches only the addressed municipality of the prefecture, in the API and in the database', async () => {
    const id = await send([TSUCHIURA]);
    const nagano = await h.as('nagano.pref');
    expect(await refusal(nagano.prefecture.survey.get({ id }))).toBe('NOT_FOUND');
    expect(await refusal(nagano.prefecture.survey.exportCsv({ id }))).toBe('NOT_FOUND');
    expect(await refusal(nagano.prefecture.survey.reopen({ id, municipalityCode: '202029' }))).toBe('NOT_FOUND');
    expect((await nagano.prefecture.survey.list()).map((s) => s.id)).not.toContain(id);

    const koga = await h.as('koga.admin');
    expect(await refusal(koga.staff.survey.get({ surveyId: id }))).toBe('NOT_FOUND');
    expect(await refusal(koga.staff.survey.answer({ surveyId: id, answers: { q1: '実施' }, submit: false }))).toBe('NOT_FOUND');
    expect((await koga.staff.survey.list()).map((s) => s.id)).not.toContain(id);
    expect((await (await h.as('tsuchiura.coordinator')).staff.survey.list()).map((s) => s.id)).toContain(id);

    // row-level security holds even where a service would forget to ask
    expect(await inScope(h.t.db, { kind: 'municipality', municipalityCode: KOGA }, (tx) => tx.survey.count({ where: { id } }))).toBe(0);
    expect(await inScope(h.t.db, { kind: 'municipality', municipalityCode: TSUCHIURA }, (tx) => tx.survey.count({ where: { id } }))).toBe(1);
    expect(await inScope(h.t.db, { kind: 'prefecture', prefectureCode: '200000' }, (tx) => tx.survey.count({ where: { id } }))).toBe(0);
    expect(await inScope(h.t.db, { kind: 'prefecture', prefectureCode: '200000' }, (tx) => tx.surveyResponse.count({ where: { surveyId: id } }))).toBe(0);
  });

  it('cannot be sent to another prefecture\'s municipality, nor without questions that make sense', async () => {
    const pref = await h.as('ibaraki.pref');
    const base = { title: '調査', description: '', deadline: inDays(10), questions };
    expect(await refusal(pref.prefecture.survey.create({ ...base, municipalityCodes: [TSUCHIURA, '202029'] }))).toBe('NOT_FOUND');
    expect(await refusal(pref.prefecture.survey.create({ ...base, municipalityCodes: [TSUCHIURA], questions: [{ kind: 'single', label: '問', required: true, options: ['はい'] }] }))).toBe('BAD_REQUEST');
    expect(await refusal(pref.prefecture.survey.create({ ...base, municipalityCodes: [TSUCHIURA], deadline: inDays(-1) }))).toBe('BAD_REQUEST');
  });

  it('a municipality cannot create or change a response row by itself (database grants)', async () => {
    const id = await send([TSUCHIURA]);
    await expect(inScope(h.t.db, { kind: 'municipality', municipalityCode: KOGA }, (tx) => tx.surveyResponse.create({ data: { surveyId: id, municipalityCode: KOGA } }))).rejects.toThrow();
    await expect(inScope(h.t.db, { kind: 'municipality', municipalityCode: TSUCHIURA }, (tx) => tx.surveyResponse.updateMany({ where: { surveyId: id }, data: { reopenCount: 5 } }))).rejects.toThrow();
  });
});

describe('draft, submit, deadline, reopen', () => {
  it('keeps a draft the municipality\'s until it is submitted, then read-only until reopened', async () => {
    const id = await send([TSUCHIURA, KOGA]);
    const admin = await h.as('tsuchiura.admin');
    const coordinator = await h.as('tsuchiura.coordinator');
    const pref = await h.as('ibaraki.pref');

    expect((await coordinator.staff.survey.get({ surveyId: id })).editable).toBe(false);
    expect(await refusal(coordinator.staff.survey.answer({ surveyId: id, answers: {}, submit: false }))).toBe('FORBIDDEN');

    expect(await admin.staff.survey.answer({ surveyId: id, answers: { q1: '実施' }, submit: false })).toEqual({ surveyId: id, status: 'draft' });
    expect(await refusal(admin.staff.survey.answer({ surveyId: id, answers: { q1: '実施' }, submit: true }))).toBe('BAD_REQUEST');
    expect(await refusal(admin.staff.survey.answer({ surveyId: id, answers: { q1: '検討中' }, submit: false }))).toBe('BAD_REQUEST');
    let seen = await pref.prefecture.survey.get({ id });
    expect(seen.municipalities.find((m) => m.code === TSUCHIURA)).toMatchObject({ status: 'draft', submittedAt: null, answers: [{ text: '' }, { text: '' }, { text: '' }, { text: '' }] });
    expect(seen.aggregates[0]?.answered).toBe(0);

    const draft = await admin.staff.survey.get({ surveyId: id });
    expect(draft).toMatchObject({ status: 'draft', answers: { q1: '実施' }, editable: true });
    await admin.staff.survey.answer({ surveyId: id, answers: { q1: '実施', q2: ['社会福祉協議会', 'NPO法人'], q3: 3, q4: '人材の確保' }, submit: true });
    expect((await admin.staff.survey.get({ surveyId: id })).editable).toBe(false);
    expect(await refusal(admin.staff.survey.answer({ surveyId: id, answers: { q1: '未実施', q3: 0 }, submit: true }))).toBe('CONFLICT');

    seen = await pref.prefecture.survey.get({ id });
    expect(seen.municipalities).toEqual([
      expect.objectContaining({ code: TSUCHIURA, name: '土浦市', status: 'submitted', submittedAt: fixedNow }),
      expect.objectContaining({ code: KOGA, name: '古河市', status: 'pending', submittedAt: null }),
    ]);
    expect(seen.municipalities[0]?.answers.map((a) => a.text)).toEqual(['実施', '社会福祉協議会、NPO法人', '3', '人材の確保']);

    expect(await pref.prefecture.survey.reopen({ id, municipalityCode: TSUCHIURA })).toMatchObject({ status: 'draft' });
    expect(await refusal(pref.prefecture.survey.reopen({ id, municipalityCode: KOGA }))).toBe('CONFLICT');
    expect(await admin.staff.survey.get({ surveyId: id })).toMatchObject({ status: 'draft', reopened: true, editable: true, answers: { q3: 3 } });
    await admin.staff.survey.answer({ surveyId: id, answers: { q1: '実施', q3: 4 }, submit: true });
    expect((await pref.prefecture.survey.get({ id })).municipalities[0]).toMatchObject({ status: 'submitted', reopenCount: 1 });
  });

  it('is read-only after the deadline unless the prefecture reopens it', async () => {
    const id = await send([TSUCHIURA], new Date(fixedNow.getTime() + 3_600_000));
    const admin = await h.as('tsuchiura.admin');
    await admin.staff.survey.answer({ surveyId: id, answers: { q1: '未実施' }, submit: false });
    h.deps.now = () => inDays(1);
    expect(await refusal(admin.staff.survey.answer({ surveyId: id, answers: { q1: '実施', q3: 1 }, submit: true }))).toBe('CONFLICT');
    expect(await admin.staff.survey.get({ surveyId: id })).toMatchObject({ editable: false, answers: { q1: '未実施' } });
    expect((await admin.staff.survey.list()).find((s) => s.id === id)).toMatchObject({ overdue: true, status: 'draft' });
    expect((await (await h.as('ibaraki.pref')).prefecture.survey.list()).find((s) => s.id === id)).toMatchObject({ closed: true, addressed: 1, submitted: 0 });
  });
});

describe('aggregates and the CSV', () => {
  it('counts choices, sums numbers and lists texts over submitted answers only', async () => {
    const id = await send([TSUCHIURA, KOGA]);
    await (await h.as('tsuchiura.admin')).staff.survey.answer({ surveyId: id, answers: { q1: '実施', q2: ['社会福祉協議会', 'NPO法人'], q3: 3, q4: '研修の機会' }, submit: true });
    await (await h.as('koga.admin')).staff.survey.answer({ surveyId: id, answers: { q1: '移行準備', q2: ['社会福祉協議会'], q3: 1, q4: '下書きの文' }, submit: false });
    const pref = await h.as('ibaraki.pref');
    let agg = (await pref.prefecture.survey.get({ id })).aggregates;
    expect(agg[0]?.choices).toEqual([{ option: '実施', count: 1 }, { option: '移行準備', count: 0 }, { option: '未実施', count: 0 }]);
    expect(agg[3]?.texts).toEqual([{ municipalityCode: TSUCHIURA, municipalityName: '土浦市', text: '研修の機会' }]);

    await (await h.as('koga.admin')).staff.survey.answer({ surveyId: id, answers: { q1: '移行準備', q2: ['社会福祉協議会'], q3: 1 }, submit: true });
    agg = (await pref.prefecture.survey.get({ id })).aggregates;
    expect(agg.map((a) => a.answered)).toEqual([2, 2, 2, 1]);
    expect(agg[0]?.choices).toEqual([{ option: '実施', count: 1 }, { option: '移行準備', count: 1 }, { option: '未実施', count: 0 }]);
    expect(agg[1]?.choices).toEqual([{ option: '社会福祉協議会', count: 2 }, { option: 'NPO法人', count: 1 }, { option: '社会福祉法人', count: 0 }]);
    expect(agg[2]).toMatchObject({ sum: 4, mean: 2, min: 1, max: 3 });

    const { csv, filename } = await pref.prefecture.survey.exportCsv({ id });
    expect(filename).toMatch(/^survey-.*\.csv$/);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFF市町村コード,市町村,状況,提出日時,問1 重層的支援体制整備事業の実施状況,問2 委託先,問3 専任職員数,問4 県への要望');
    expect(lines[1]).toBe('082031,土浦市,提出済み,2026/11/20 10:00,実施,社会福祉協議会、NPO法人,3,研修の機会');
    expect(lines[2]).toBe('082040,古河市,提出済み,2026/11/20 10:00,移行準備,社会福祉協議会,1,');
  });
});
