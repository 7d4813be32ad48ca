// Every staff and prefecture procedure, called by a user of one municipality (or prefecture) with
// an input aimed at another's records, gets exactly the refusal in tenant-cases.ts (or an answer
// from its own rows only), and a refused mutation leaves every row of the other municipality as it
// was. The same call by the other municipality's own account of the same role succeeds (the
// control), so each refusal is the tenant one. The procedure list comes from the router: a
// procedure without a case fails the suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { allProcedures, invoke } from './support/procedures.js';
import { tenantCases } from './support/tenant-cases.js';
import type { TenantCase } from './support/tenant-cases.js';
import { attacker, loadVictim, prefectureAttacker, prefectureVictim, tenantRows, tenantSnapshot, victim } from './support/tenant-fixture.js';
import type { Victim } from './support/tenant-fixture.js';

let h: Harness;
let v: Victim;
/** Every id of the victim's rows, its code and name: none may appear in an attacker's output. */
let victimMarks: string[] = [];

beforeAll(async () => {
  h = await createHarness();
  v = await loadVictim(h.t.db);
  const rows = await tenantRows(h.t.db, victim.code);
  const ids = Object.values(rows).flatMap((rows) => rows.map((row) => JSON.parse(row) as { id?: unknown; reference?: unknown }).flatMap((r) => [r.id, r.reference]));
  victimMarks = [...new Set(ids.filter((id): id is string => typeof id === 'string' && id.length > 0)), victim.code, victim.name];
}, 60_000);
afterAll(async () => h.close());

const guarded = allProcedures().filter((p) => p.path.startsWith('staff.') || p.path.startsWith('prefecture.'));
const mutations = new Set(guarded.filter((p) => p.type === 'mutation').map((p) => p.path));

function caseOf(path: string): TenantCase {
  const c = tenantCases[path];
  if (!c) throw new Error(`no tenant case for ${path}: add one to test/support/tenant-cases.ts`);
  return c;
}
const attackerLogin = (c: TenantCase) => (c.as === 'pref' ? prefectureAttacker.login : `${attacker.accounts}.${c.as}`);
const controlLogin = (c: TenantCase) => (c.as === 'pref' ? prefectureVictim.login : `${victim.accounts}.${c.as}`);
// 茨城県 may see 古河市's aggregates (its own municipality); what it must not see is 長野県's.
const marksFor = (path: string) => (path.startsWith('prefecture.') ? [prefectureVictim.municipalityCode, prefectureVictim.name] : victimMarks);

type Outcome = { ok: true; output: unknown } | { ok: false; code: string; appCode?: string; message: string };

async function attempt(login: string, path: string, input: unknown): Promise<Outcome> {
  const caller = await h.as(login);
  try {
    return { ok: true, output: await invoke(caller, path, input) };
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    const appCode = (e as TRPCError & { appCode?: string }).appCode;
    return { ok: false, code: e.code, message: e.message, ...(appCode ? { appCode } : {}) };
  }
}

function leaks(output: unknown, marks: string[]): string[] {
  const text = JSON.stringify(output, (_k, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)) ?? '';
  return marks.filter((s) => text.includes(s));
}

/** What the attacker got, in the table's terms, so a mismatch names the actual outcome. */
function asRefusal(outcome: Outcome): string {
  return outcome.ok ? 'ok-but-empty' : outcome.code;
}

describe('tenant isolation across every procedure', () => {
  it('has a tenant case for every staff and prefecture procedure, and none for a procedure that is gone', () => {
    const paths = guarded.map((p) => p.path);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => !(path in tenantCases))).toEqual([]);
    expect(Object.keys(tenantCases).filter((path) => !paths.includes(path))).toEqual([]);
  });

  it.each(guarded.map((p) => [p.path]))('%s: the other municipality gets the exact refusal and the victim rows stay as they were', async (path) => {
    const c = caseOf(path);
    const input = await c.input(v);
    const before = mutations.has(path) ? await tenantSnapshot(h.t.db, victim.code) : undefined;
    const outcome = await attempt(attackerLogin(c), path, input);
    expect(asRefusal(outcome), JSON.stringify(outcome).slice(0, 400)).toBe(c.attacker);
    if (outcome.ok) expect(leaks(outcome.output, marksFor(path))).toEqual([]);
    if (before) {
      expect(await tenantSnapshot(h.t.db, victim.code)).toEqual(before);
    }
  });
});

describe('unauthenticated and wrong-audience calls', () => {
  it.each(guarded.map((p) => [p.path]))('%s refuses a caller without a session', async (path) => {
    const caller = h.anonymous({ cookies: { kasane_csrf: 't' }, csrfHeader: 't' });
    await expect(invoke(caller, path, await caseOf(path).input(v))).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it.each(guarded.map((p) => [p.path]))('%s refuses the other audience', async (path) => {
    const caller = await h.as(path.startsWith('staff.') ? prefectureAttacker.login : `${attacker.accounts}.admin`);
    await expect(invoke(caller, path, await caseOf(path).input(v))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

// After every attacker check, so the snapshots above compare the victim's untouched data.
describe('controls: the victim municipality\'s own account of the same role succeeds with the same input', () => {
  it.each(guarded.map((p) => [p.path]))('%s', async (path) => {
    const c = caseOf(path);
    const input = await (c.control?.input ?? c.input)(v);
    const before = mutations.has(path) ? await tenantSnapshot(h.t.db, victim.code) : undefined;
    const outcome = await attempt(controlLogin(c), path, input);
    expect(outcome, JSON.stringify(outcome).slice(0, 400)).toMatchObject({ ok: true });
    if (outcome.ok && c.controlShowsVictim) expect(leaks(outcome.output, marksFor(path)).length).toBeGreaterThan(0);
    // the owner's call does change the rows the snapshot reads, so the attacker's unchanged snapshot means something
    if (before && c.controlWritesNothing === undefined) expect(await tenantSnapshot(h.t.db, victim.code)).not.toEqual(before);
  });
});
