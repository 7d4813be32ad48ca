// Every staff and prefecture procedure, called by a user of one municipality (or prefecture)
// with inputs that point at another's records, returns nothing of the other. The list of
// procedures comes from the router; a procedure without a case here fails the suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { allProcedures, invoke } from './support/procedures.js';

const victim = { code: '082040', name: '古河市' }; // 古河市, same prefecture as the attacker
const outsider = { code: '202029', name: '松本市' }; // another prefecture

let h: Harness;
/** Ids of every row the victim municipality owns: none may appear in an attacker's output. */
let victimIds: string[] = [];
/** One id of each kind, for inputs that name a record. */
let victimRecords: { householdId: string; personId: string; caseId: string; organisationId: string; consentId: string };

beforeAll(async () => {
  h = await createHarness();
  const ids = await asSystem(h.t.db, async (tx) => {
    const where = { municipalityCode: victim.code };
    const [households, persons, cases, organisations, consents, consultations, users] = await Promise.all([
      tx.household.findMany({ where, select: { id: true } }),
      tx.person.findMany({ where, select: { id: true } }),
      tx.case.findMany({ where, select: { id: true } }),
      tx.organisation.findMany({ where, select: { id: true } }),
      tx.consent.findMany({ where, select: { id: true } }),
      tx.consultation.findMany({ where, select: { id: true } }),
      tx.user.findMany({ where, select: { id: true } }),
    ]);
    return { households, persons, cases, organisations, consents, consultations, users };
  });
  victimIds = Object.values(ids).flatMap((rows) => rows.map((r) => r.id));
  const first = (rows: { id: string }[]) => rows[0]?.id ?? '';
  victimRecords = { householdId: first(ids.households), personId: first(ids.persons), caseId: first(ids.cases), organisationId: first(ids.organisations), consentId: first(ids.consents) };
});
afterAll(async () => h.close());

/**
 * Inputs aimed at the victim's records, per procedure. Procedures that take no input get
 * undefined. Add an entry for every new staff.* or prefecture.* procedure.
 */
const crossTenantInputs: Record<string, () => unknown> = {
  'staff.home.get': () => undefined,
  'staff.organisation.find': () => undefined,
  'staff.person.get': () => ({ personId: victimRecords.personId }),
  'prefecture.me.get': () => undefined,
  'prefecture.municipality.find': () => undefined,
};

const guarded = allProcedures().filter((p) => p.path.startsWith('staff.') || p.path.startsWith('prefecture.'));

function leaks(output: unknown, forbidden: string[]): string[] {
  const text = JSON.stringify(output, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? '';
  return forbidden.filter((s) => s && text.includes(s));
}

describe('tenant isolation across every procedure', () => {
  it('has a cross-tenant case for every staff and prefecture procedure', () => {
    expect(guarded.length).toBeGreaterThan(0);
    expect(guarded.map((p) => p.path).filter((path) => !(path in crossTenantInputs))).toEqual([]);
  });

  it.each(guarded.filter((p) => p.path.startsWith('staff.')).map((p) => [p.path]))('%s gives a 土浦市 user nothing of 古河市', async (path) => {
    const caller = await h.as('tsuchiura.admin');
    const input = crossTenantInputs[path]?.();
    try {
      const output = await invoke(caller, path, input);
      expect(leaks(output, [...victimIds, victim.code, victim.name])).toEqual([]);
    } catch (e) {
      // A refusal is fine; a crash is not.
      expect(e).toBeInstanceOf(TRPCError);
      expect(['NOT_FOUND', 'FORBIDDEN', 'BAD_REQUEST', 'CONFLICT']).toContain((e as TRPCError).code);
    }
  });

  it.each(guarded.filter((p) => p.path.startsWith('prefecture.')).map((p) => [p.path]))('%s gives 茨城県 nothing of 長野県', async (path) => {
    const caller = await h.as('ibaraki.pref');
    const input = crossTenantInputs[path]?.();
    try {
      const output = await invoke(caller, path, input);
      expect(leaks(output, [outsider.code, outsider.name, ...victimIds])).toEqual([]);
    } catch (e) {
      expect(e).toBeInstanceOf(TRPCError);
      expect(['NOT_FOUND', 'FORBIDDEN', 'BAD_REQUEST']).toContain((e as TRPCError).code);
    }
  });

  it('names a victim record of every kind (the fixture is not empty)', () => {
    expect(Object.values(victimRecords).every((id) => id.length > 0)).toBe(true);
  });
});

describe('unauthenticated and wrong-audience calls', () => {
  it.each(guarded.map((p) => [p.path]))('%s refuses a caller without a session', async (path) => {
    const caller = h.anonymous({ cookies: { kasane_csrf: 't' }, csrfHeader: 't' });
    await expect(invoke(caller, path, crossTenantInputs[path]?.())).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it.each(guarded.map((p) => [p.path]))('%s refuses the other audience', async (path) => {
    const caller = await h.as(path.startsWith('staff.') ? 'ibaraki.pref' : 'tsuchiura.admin');
    await expect(invoke(caller, path, crossTenantInputs[path]?.())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
