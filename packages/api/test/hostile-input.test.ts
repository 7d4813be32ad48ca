// Hostile input (issue #9): NUL bytes, lone surrogates, bidi controls and impossible dates are
// refused as BAD_REQUEST with a Japanese message and the field's path — before this they reached
// PostgreSQL and came back as 500s — and every zod refusal speaks Japanese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { AppError } from '../src/errors.js';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

async function refusal(call: Promise<unknown>): Promise<TRPCError> {
  const e = await call.then(
    () => null,
    (error: unknown) => error,
  );
  if (!(e instanceof TRPCError)) throw new Error(`expected a refusal, got ${String(e)}`);
  return e;
}

// Said as the domain's text check says it (the portal maps field and problem in three languages).
const asTextProblem: Record<string, string> = { nul: 'control', lone_surrogate: 'invisible', bidi: 'bidi' };

function expectRefusedText(e: TRPCError, field: string, character: string): void {
  expect(e.code).toBe('BAD_REQUEST');
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).appCode).toBe('VALIDATION');
  expect((e as AppError).details).toEqual({ field, problem: asTextProblem[character], character });
  expect(e.message).toMatch(/制御文字|特殊な/);
}

const person = { familyName: '見本', givenName: '花子', familyNameKana: 'ミホン', givenNameKana: 'ハナコ', birthDate: '1950-04-03' };
const intake = { channel: 'window' as const, consulterType: 'self' as const, household: { address: '土浦市見本町1-1' }, persons: [person], summary: '生活の相談。' };

describe('strings: NUL, lone surrogates, bidi controls', () => {
  it('refuses a NUL in a name, an address, a note and a search term', async () => {
    const c = await h.as('tsuchiura.coordinator');
    expectRefusedText(await refusal(c.staff.intake.record({ ...intake, persons: [{ ...person, familyName: '見\u0000本' }] })), 'persons.0.familyName', 'nul');
    expectRefusedText(await refusal(c.staff.intake.record({ ...intake, household: { address: '土浦市\u0000' } })), 'household.address', 'nul');
    expectRefusedText(await refusal(c.staff.intake.record({ ...intake, summary: 'メモ\u0000' })), 'summary', 'nul');
    expectRefusedText(await refusal(c.staff.search.persons({ q: '山田\u0000' })), 'q', 'nul');
    expectRefusedText(await refusal(c.staff.intake.findCandidates({ name: '\u0000' })), 'name', 'nul');
  });

  it('refuses a lone surrogate and a bidi override anywhere, keys included', async () => {
    const c = await h.as('tsuchiura.coordinator');
    expectRefusedText(await refusal(c.staff.search.households({ q: 'a\uD800' })), 'q', 'lone_surrogate');
    expectRefusedText(await refusal(c.staff.intake.record({ ...intake, summary: '\uDFFFx' })), 'summary', 'lone_surrogate');
    expectRefusedText(await refusal(c.staff.intake.record({ ...intake, consulterNote: '長女\u202Egnp.exe' })), 'consulterNote', 'bidi');
    expectRefusedText(await refusal(c.staff.search.cases({ q: '\u2066x\u2069' })), 'q', 'bidi');
    const withKey = { ...intake, ['x\u0000']: 1 } as unknown as typeof intake;
    expect(((await refusal(c.staff.intake.record(withKey))) as AppError).details).toMatchObject({ character: 'nul' });
  });

  it('keeps what is fine: emoji (a valid pair), line breaks, Arabic script', async () => {
    const c = await h.as('tsuchiura.coordinator');
    const r = await c.staff.intake.record({ ...intake, summary: '相談 🙂\n改行あり\tタブ العربية' });
    expect(r.personIds).toHaveLength(1);
  });
});

describe('dates', () => {
  it('refuses 0000-01-01, a 30 February and year −271821 as BAD_REQUEST', async () => {
    const c = await h.as('tsuchiura.coordinator');
    const types = await c.staff.meeting.options();
    const meetingTypeId = (types as { types: { id: string }[] }).types[0]?.id ?? '';
    // one call at a time: on PostgreSQL, refusals created together and awaited in turn are "unhandled"
    for (const call of [
      () => c.staff.intake.findCandidates({ birthDate: '0000-01-01' }),
      () => c.staff.intake.findCandidates({ birthDate: '2026-02-30' }),
      () => c.staff.intake.record({ ...intake, persons: [{ ...person, birthDate: '1800-01-01' }] }),
      () => c.staff.meeting.create({ meetingTypeId, title: '会議', scheduledAt: '-271821-04-20T00:00:00.000Z' }),
      () => c.staff.meeting.create({ meetingTypeId, title: '会議', scheduledAt: new Date(-8.64e15) }),
      () => c.staff.intake.record({ ...intake, receivedAt: new Date('0000-01-01T00:00:00Z') }),
    ]) {
      const e = await refusal(call());
      expect(e.code).toBe('BAD_REQUEST');
      const message = e.cause instanceof ZodError ? (e.cause.issues[0]?.message ?? '') : e.message;
      expect(message).toMatch(/日付|日時/);
    }
  });
});

describe('zod refusals in Japanese', () => {
  it('words the schema defaults in Japanese (length, type, uuid, enum)', async () => {
    const c = await h.as('tsuchiura.coordinator');
    const messages = async (call: Promise<unknown>) => {
      const e = await refusal(call);
      expect(e.cause).toBeInstanceOf(ZodError);
      return (e.cause as ZodError).issues.map((i) => i.message);
    };
    expect(await messages(c.staff.search.persons({ q: 'あ'.repeat(61) }))).toEqual(['60文字以内で入力してください。']);
    expect(await messages(c.staff.search.persons({ page: 'x' as unknown as number }))).toEqual(['入力の形式が正しくありません。']);
    expect(await messages(c.staff.search.persons({ field: 'x' as 'new' }))).toEqual(['選択肢の中から選んでください。']);
    for (const m of await messages(c.staff.intake.record({ channel: 'x', persons: 1 } as never))) expect(m).toMatch(/[ぁ-んァ-ン一-龯]/);
  });
});
