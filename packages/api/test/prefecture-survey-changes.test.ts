// ADR 0025, changes after sending, against the real database: the prefecture edits a survey it sent
// (deadline, another target municipality; the questions only while no one has saved an answer) and cancels
// it with a reason, after which the municipalities see it cancelled and can no longer answer; likewise an
// event of the 後方支援 calendar is changed (the municipalities see the change) and cancelled (no more replies).
// Another prefecture can do none of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inScope } from '@kasane/db';
import { createHarness, fixedNow } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { trpcCodeOf as refusal } from './support/outcome.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const TSUCHIURA = '082031';
const KOGA = '082040';
const inDays = (n: number) => new Date(fixedNow.getTime() + n * 86_400_000);
const questions = [{ kind: 'number' as const, label: '専任職員数', required: true, options: [] }];

async function send(codes: string[]) {
  const pref = await h.as('ibaraki.pref');
  return (await pref.prefecture.survey.create({ title: '包括的支援体制実態調査', description: '', deadline: inDays(30), municipalityCodes: codes, questions })).id;
}

describe('a survey changed after sending', () => {
  it('takes a new deadline and another municipality, which then sees it; questions change only before any answer', async () => {
    const id = await send([TSUCHIURA]);
    const pref = await h.as('ibaraki.pref');
    const koga = await h.as('koga.admin');
    expect(await refusal(koga.staff.survey.get({ surveyId: id }))).toBe('NOT_FOUND');

    const newQuestions = [...questions, { kind: 'text' as const, label: '県への要望', required: false, options: [] }];
    expect(await pref.prefecture.survey.update({ id, title: '包括的支援体制実態調査（改）', description: '', deadline: inDays(45), addMunicipalityCodes: [KOGA, TSUCHIURA], questions: newQuestions })).toEqual({ id, added: 1 });
    const got = await pref.prefecture.survey.get({ id });
    expect(got.deadline).toEqual(inDays(45));
    expect(got.updatedAt).toEqual(fixedNow);
    expect(got.questions.map((q) => q.label)).toEqual(['専任職員数', '県への要望']);
    expect(got.municipalities.map((m) => [m.code, m.status])).toEqual([[TSUCHIURA, 'pending'], [KOGA, 'pending']]);
    expect((await koga.staff.survey.get({ surveyId: id })).title).toBe('包括的支援体制実態調査（改）');

    await (await h.as('tsuchiura.admin')).staff.survey.answer({ surveyId: id, answers: { q1: 2 }, submit: false });
    expect((await pref.prefecture.survey.get({ id })).questionsEditable).toBe(false);
    expect(await refusal(pref.prefecture.survey.update({ id, title: 'x', description: '', deadline: inDays(45), addMunicipalityCodes: [], questions }))).toBe('CONFLICT');
    // the deadline still moves once answers exist, and not into the past
    await pref.prefecture.survey.update({ id, title: '包括的支援体制実態調査（改）', description: '', deadline: inDays(50), addMunicipalityCodes: [] });
    expect((await pref.prefecture.survey.get({ id })).deadline).toEqual(inDays(50));
    expect(await refusal(pref.prefecture.survey.update({ id, title: 'x', description: '', deadline: inDays(-1), addMunicipalityCodes: [] }))).toBe('BAD_REQUEST');
    expect(await refusal(pref.prefecture.survey.update({ id, title: 'x', description: '', deadline: inDays(9), addMunicipalityCodes: ['202029'] }))).toBe('NOT_FOUND');
  });

  it('once cancelled with a reason, the municipalities see it cancelled and can no longer answer; nothing changes it again', async () => {
    const id = await send([TSUCHIURA]);
    const pref = await h.as('ibaraki.pref');
    expect(await refusal(pref.prefecture.survey.cancel({ id, reason: ' ' }))).toBe('BAD_REQUEST');
    expect(await refusal((await h.as('nagano.pref')).prefecture.survey.cancel({ id, reason: '誤送信' }))).toBe('NOT_FOUND');
    expect(await pref.prefecture.survey.cancel({ id, reason: '設問に誤りがあったため' })).toEqual({ id, cancelledAt: fixedNow });

    const admin = await h.as('tsuchiura.admin');
    const shown = await admin.staff.survey.get({ surveyId: id });
    expect(shown).toMatchObject({ cancelledAt: fixedNow, cancelReason: '設問に誤りがあったため', editable: false });
    expect((await admin.staff.survey.list()).find((s) => s.id === id)).toMatchObject({ cancelled: true, overdue: false });
    expect(await refusal(admin.staff.survey.answer({ surveyId: id, answers: { q1: 1 }, submit: true }))).toBe('CONFLICT');
    expect((await pref.prefecture.survey.list()).find((s) => s.id === id)?.cancelledAt).toEqual(fixedNow);
    expect(await refusal(pref.prefecture.survey.cancel({ id, reason: '再度' }))).toBe('CONFLICT');
    expect(await refusal(pref.prefecture.survey.update({ id, title: 'x', description: '', deadline: inDays(9), addMunicipalityCodes: [] }))).toBe('CONFLICT');
  });

  it('a municipality cannot cancel or change a survey in the database (grants)', async () => {
    const id = await send([TSUCHIURA]);
    await expect(inScope(h.t.db, { kind: 'municipality', municipalityCode: TSUCHIURA }, (tx) => tx.survey.updateMany({ where: { id }, data: { cancelledAt: fixedNow } }))).rejects.toThrow();
    expect(await inScope(h.t.db, { kind: 'prefecture', prefectureCode: '200000' }, (tx) => tx.survey.updateMany({ where: { id }, data: { cancelReason: 'x' } }))).toEqual({ count: 0 });
  });
});

describe('an event changed after sending', () => {
  const event = { kind: 'exchange_meeting' as const, title: '第2回 情報交換会', endsAt: null, place: '茨城県庁 会議室', online: false, notes: '' };

  it('moves to another day and place with another municipality invited; then cancelled, no one can reply', async () => {
    const pref = await h.as('ibaraki.pref');
    const { id } = await pref.prefecture.event.create({ ...event, startsAt: inDays(20), municipalityCodes: [TSUCHIURA] });
    expect(await pref.prefecture.event.update({ ...event, id, startsAt: inDays(27), place: '土浦合同庁舎', addMunicipalityCodes: [KOGA] })).toEqual({ id, added: 1 });
    const koga = await h.as('koga.admin');
    const seen = (await koga.staff.supportEvent.list()).upcoming.find((e) => e.id === id);
    expect(seen).toMatchObject({ startsAt: inDays(27), place: '土浦合同庁舎', updatedAt: fixedNow, cancelledAt: null });
    expect(await refusal(pref.prefecture.event.update({ ...event, id, startsAt: inDays(27), place: '', addMunicipalityCodes: [] }))).toBe('BAD_REQUEST');
    expect(await refusal((await h.as('nagano.pref')).prefecture.event.update({ ...event, id, startsAt: inDays(27), addMunicipalityCodes: [] }))).toBe('NOT_FOUND');

    await koga.staff.supportEvent.reply({ eventId: id, reply: 'attending', attendees: 1, roles: '福祉課 1名' });
    expect(await pref.prefecture.event.cancel({ id, reason: '台風の接近のため' })).toEqual({ id, cancelledAt: fixedNow });
    const cancelled = (await (await h.as('tsuchiura.admin')).staff.supportEvent.list()).upcoming.find((e) => e.id === id);
    expect(cancelled).toMatchObject({ cancelledAt: fixedNow, cancelReason: '台風の接近のため' });
    expect(await refusal((await h.as('tsuchiura.admin')).staff.supportEvent.reply({ eventId: id, reply: 'absent', attendees: 0, roles: '' }))).toBe('CONFLICT');
    expect((await pref.prefecture.event.list()).find((e) => e.id === id)).toMatchObject({ cancelReason: '台風の接近のため', attending: 1 });
    expect(await refusal(pref.prefecture.event.update({ ...event, id, startsAt: inDays(30), addMunicipalityCodes: [] }))).toBe('CONFLICT');
    expect(await refusal(pref.prefecture.event.cancel({ id, reason: '再度' }))).toBe('CONFLICT');
  });
});
