// Issue #9: every staff procedure, driven with inputs derived from its own zod schema — mostly
// plausible values (real ids of the demo municipality, dates, enums) with hostile ones mixed in
// (NUL, lone surrogates, bidi controls, huge strings, extreme numbers and dates, wrong types) —
// as the demo administrator and coordinator. A refusal is fine; a 500 is a bug.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TRPCError } from '@trpc/server';
import { asSystem } from '@kasane/db';
import { appRouter } from '../src/root.js';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { allProcedures, invoke } from './support/procedures.js';

const INPUTS_PER_PROCEDURE = 24;
const SEED = 20_261_120;

interface ZodNode {
  _zod: { def: Record<string, unknown> & { type: string } };
}

let h: Harness;
let knownIds: string[] = [];

const tables = ['Organisation', 'User', 'Household', 'Person', 'Case', 'Consent', 'CommunityPlace', 'CommunityActivity', 'ConsultationWindow', 'ParticipationResource', 'ParticipationMatch', 'PortalRequest', 'SupportPlan', 'OutreachSubject', 'ProtectionReferral', 'MeetingType', 'Meeting', 'AgendaItem'];

beforeAll(async () => {
  h = await createHarness();
  knownIds = (
    await asSystem(h.t.db, async (tx) =>
      Promise.all(tables.map((table) => tx.$queryRawUnsafe<{ id: string }[]>(`SELECT id::text AS id FROM "${table}" WHERE "municipalityCode" = '082031' LIMIT 4`).catch(() => []))),
    )
  ).flatMap((rows) => rows.map((r) => r.id));
});
afterAll(async () => h.close());

const hostileStrings = [
  'a\u0000b',
  '\u0000',
  'x\uD800',
  '\uDC00y',
  '\u202Eexe.txt',
  '\u2066名\u2069',
  'あ'.repeat(5_000),
  'x'.repeat(100_000),
  '0000-01-01',
  '-271821-04-20',
  '2026-02-30',
  '9999-12-31T23:59:59Z',
  "'; DROP TABLE \"Person\"; --",
  '%00',
  '\\u0000',
  '',
  ' ',
  '🙂'.repeat(100),
  '\u0001\u001F\u007F',
  '{"json":null}',
];
const hostileNumbers = [-1, 0, 1.5, 2 ** 31, Number.MAX_SAFE_INTEGER, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, -0];
const hostileDates = [new Date(-8.64e15), new Date(8.64e15), new Date('0000-01-01T00:00:00Z'), new Date(Number.NaN), new Date('1899-12-31T23:59:59Z'), new Date('2101-01-01T00:00:00Z')];
const wrongTypes = [null, 42, 'text', true, [], {}, [1, 2, 3], { json: 1 }];

const wrongType: fc.Arbitrary<unknown> = fc.constantFrom(...wrongTypes);
const hostile: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom(...hostileStrings), fc.constantFrom(...hostileNumbers), fc.constantFrom(...hostileDates), wrongType);

// A leaf is plausible most of the time, else hostile of its own type: a NUL in a string passes the
// string's schema and reaches the database. (Wrong types come whole, at objects and at the top: at
// every leaf they would make nearly every input a plain schema refusal.)
const mix = (plausible: fc.Arbitrary<unknown>, sameType: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: plausible, weight: 5 }, { arbitrary: sameType, weight: 3 });

function plausibleString(def: Record<string, unknown>): fc.Arbitrary<string> {
  switch (def.format) {
    case 'uuid':
    case 'guid':
      return fc.oneof({ arbitrary: fc.constantFrom(...knownIds), weight: 3 }, { arbitrary: fc.uuid(), weight: 1 });
    case 'email':
      return fc.constantFrom('a@example.jp', 'taro.mihon@example.com');
    case 'url':
      return fc.constantFrom('https://example.jp/', 'http://example.com/a?b=c');
    default:
      return fc.oneof(fc.constantFrom('見本', 'ミホン', '1950-04-03', '2026-11-20', '土浦市見本町1-1', '029-812-3456', '09:30', 'ja', 'anything', 'support'), fc.string({ maxLength: 12 }), fc.constantFrom(...knownIds));
  }
}

/** An arbitrary for the values `schema` describes, hostile now and then at any node. */
function arbitraryOf(schema: ZodNode, depth = 0): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  if (depth > 8) return fc.constant(undefined);
  const child = (key: string) => arbitraryOf(def[key] as ZodNode, depth + 1);
  switch (def.type) {
    case 'string':
      return mix(plausibleString(def), fc.constantFrom(...hostileStrings));
    case 'number':
      return mix(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: -1000, max: 100_000 }), fc.double({ noNaN: true, min: 20, max: 154 })), fc.constantFrom(...hostileNumbers));
    case 'boolean':
      return fc.boolean();
    case 'date':
      return mix(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }), fc.constantFrom(...hostileDates));
    case 'enum':
      return mix(fc.constantFrom(...Object.values(def.entries as Record<string, string>)), fc.constantFrom(...hostileStrings));
    case 'literal':
      return fc.oneof({ arbitrary: fc.constantFrom(...(def.values as unknown[])), weight: 8 }, { arbitrary: hostile, weight: 1 });
    case 'optional':
    case 'nullable':
      return fc.oneof(child('innerType'), fc.constant(def.type === 'optional' ? undefined : null));
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return child('innerType');
    case 'pipe':
      return child('in');
    case 'array':
      return fc.oneof({ arbitrary: fc.array(child('element'), { maxLength: 3 }), weight: 8 }, { arbitrary: fc.array(fc.constant('x'), { minLength: 500, maxLength: 500 }), weight: 1 });
    case 'union':
      return fc.oneof(...(def.options as ZodNode[]).map((o) => arbitraryOf(o, depth + 1)));
    case 'object': {
      const shape = def.shape as Record<string, ZodNode>;
      const record = fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arbitraryOf(v, depth + 1)])));
      return fc.oneof({ arbitrary: record, weight: 12 }, { arbitrary: wrongType, weight: 1 });
    }
    default:
      return fc.oneof(wrongType, plausibleString({}));
  }
}

function inputArbitrary(path: string): fc.Arbitrary<unknown> {
  const procedure = (appRouter._def.procedures as unknown as Record<string, { _def: { inputs: ZodNode[] } }>)[path];
  const [schema] = procedure?._def.inputs ?? [];
  if (!schema) return fc.oneof(fc.constant(undefined), hostile);
  // Now and then the whole input is hostile, not only a field of it.
  return fc.oneof({ arbitrary: arbitraryOf(schema), weight: 8 }, { arbitrary: hostile, weight: 1 });
}

describe('fuzz: staff procedures with hostile inputs', () => {
  it('answers every input with a result or a refusal, never an internal error', async () => {
    const staff = allProcedures().filter((p) => p.path.startsWith('staff.'));
    const callers = { admin: await h.as('tsuchiura.admin'), coordinator: await h.as('tsuchiura.coordinator') };
    const internal: { path: string; as: string; input: string; cause: string }[] = [];
    let calls = 0;
    const refusalsByCode = new Map<string, number>();
    for (const [i, { path }] of staff.entries()) {
      const inputs = fc.sample(inputArbitrary(path), { numRuns: INPUTS_PER_PROCEDURE, seed: SEED + i });
      for (const [n, input] of inputs.entries()) {
        const as = n % 2 === 0 ? 'admin' : 'coordinator';
        calls++;
        try {
          await invoke(callers[as], path, input);
        } catch (error) {
          if (!(error instanceof TRPCError)) throw error;
          refusalsByCode.set(error.code, (refusalsByCode.get(error.code) ?? 0) + 1);
          if (error.code === 'INTERNAL_SERVER_ERROR') {
            const cause = error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message.slice(0, 300)}` : error.message.slice(0, 300);
            internal.push({ path, as, input: JSON.stringify(input)?.slice(0, 200) ?? String(input), cause });
          }
        }
      }
    }
    const refusals = [...refusalsByCode.values()].reduce((a, b) => a + b, 0);
    console.log(`fuzz: ${staff.length} staff procedures, ${calls} inputs, ${refusals} refusals (${[...refusalsByCode].map(([c, n]) => `${c} ${n}`).join(', ')}), ${internal.length} internal errors`);
    expect(knownIds.length).toBeGreaterThan(20);
    expect(internal).toEqual([]);
  });
});
