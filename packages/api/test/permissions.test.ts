// Issue #8: one permission table decides which staff procedures a role may call, and the menu.
// Every procedure of the router is called as every role; a role is refused (ROLE_FORBIDDEN, before
// its input is even parsed) exactly when the table withholds the procedure's capability, and the
// menu of auth.session shows exactly the areas whose procedures the role could call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { can, capabilities, isCapability, roles, staffAreaAccess, staffAreas } from '@kasane/domain';
import type { Capability, Role } from '@kasane/domain';
import type { Actor, Context, StaffActor } from '../src/context.js';
import { AppError } from '../src/errors.js';
import { createCallerFactory, router, staffProcedure } from '../src/trpc.js';
import { createHarness, fakeRequest } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { allProcedures, invoke } from './support/procedures.js';

/** A demo account of each municipal role (seed: demo-data.ts). */
const demoAccounts: Record<Exclude<Role, 'prefectural_official'>, string> = {
  municipal_admin: 'tsuchiura.admin',
  consultation_worker: 'tsuchiura.worker',
  coordinator: 'tsuchiura.coordinator',
  outreach_worker: 'tsuchiura.outreach',
  community_coordinator: 'tsuchiura.community',
  meeting_member: 'tsuchiura.member',
  auditor: 'tsuchiura.auditor',
};
/** Roles no demo account has in the staff app: the table's own, and one it does not know. */
const constructedRoles = ['prefectural_official', 'superuser'] as const;
type TestedRole = Role | (typeof constructedRoles)[number];

const staffProcedures = allProcedures().filter((p) => p.path.startsWith('staff.'));
const capabilityOf = (path: string): unknown => staffProcedures.find((p) => p.path === path)?.meta?.capability;
/** Fails every input schema of the router (each is an object), so a call that gets past the role check stops at the input. */
const garbage = -1;

let h: Harness;
let admin: StaffActor;
/** For every role, the staff procedures it was refused with ROLE_FORBIDDEN. */
const refusedOf = new Map<TestedRole, Set<string>>();
/** For every role, the areas auth.session names. */
const menuOf = new Map<TestedRole, string[]>();

function contextOf(actor: Actor): Context {
  const csrfToken = `csrf-${actor.userId}`;
  return { deps: h.deps, req: fakeRequest({ cookies: { kasane_csrf: csrfToken }, csrfHeader: csrfToken }), session: { id: `session-${actor.userId}`, csrfToken, actor } };
}

const appCodeOf = (p: Promise<unknown>): Promise<string> => p.then(() => 'accepted', (e: unknown) => (e instanceof AppError ? e.appCode : e instanceof TRPCError ? e.code : 'thrown'));

beforeAll(async () => {
  h = await createHarness();
  const adminActor = await h.actorOf('tsuchiura.admin');
  if (adminActor.kind !== 'staff') throw new Error('tsuchiura.admin is not staff');
  admin = adminActor;
  const actors: [TestedRole, Actor][] = [
    ...(await Promise.all(Object.entries(demoAccounts).map(async ([role, login]) => [role as Role, await h.actorOf(login)] as [TestedRole, Actor]))),
    ...constructedRoles.map((role): [TestedRole, Actor] => [role, { ...admin, role }]),
  ];
  const { appRouter } = await import('../src/root.js');
  const createCaller = createCallerFactory(appRouter);
  for (const [role, actor] of actors) {
    const caller = createCaller(contextOf(actor));
    const refused = new Set<string>();
    // one at a time: the embedded database queues transactions, and rejections must not go unhandled
    for (const { path } of staffProcedures) if ((await appCodeOf(invoke(caller, path, garbage))) === 'ROLE_FORBIDDEN') refused.add(path);
    refusedOf.set(role, refused);
    menuOf.set(role, (await caller.auth.session()).staffAreas);
  }
}, 600_000);
afterAll(async () => h.close());

describe('every staff procedure names its capability', () => {
  it('has the procedures to check', () => {
    expect(staffProcedures.length).toBeGreaterThan(80);
  });
  it.each(staffProcedures.map((p) => [p.path]))('%s declares a capability of the table', (path) => {
    expect(isCapability(capabilityOf(path))).toBe(true);
  });
  it('uses every capability of the table in some procedure', () => {
    const used = new Set(staffProcedures.map((p) => capabilityOf(p.path)));
    expect(capabilities.filter((c) => !used.has(c))).toEqual([]);
  });
});

describe('the API refuses a role exactly what the table withholds', () => {
  it.each([...roles, ...constructedRoles])('%s', (role) => {
    const expected = staffProcedures.filter((p) => !can(role, capabilityOf(p.path) as Capability)).map((p) => p.path);
    expect([...(refusedOf.get(role) ?? [])]).toEqual(expected);
  });
  it('refuses a prefectural official, or a role the table does not know, every staff procedure', () => {
    for (const role of constructedRoles) expect(refusedOf.get(role)?.size).toBe(staffProcedures.length);
  });
  it('refuses a meeting member the intake and the duplicate search (the menu never showed them)', () => {
    for (const path of ['staff.intake.record', 'staff.intake.findCandidates']) expect(refusedOf.get('meeting_member')?.has(path)).toBe(true);
  });
});

describe('the menu shows exactly what the API allows', () => {
  it.each([...roles, ...constructedRoles])('%s', (role) => {
    const refused = refusedOf.get(role) ?? new Set<string>();
    const callable = (capability: Capability) => staffProcedures.filter((p) => capabilityOf(p.path) === capability).map((p) => p.path);
    const menu = menuOf.get(role) ?? [];
    for (const area of staffAreas) {
      const opening = callable(staffAreaAccess[area].opens);
      expect(opening.length, `${area} opens with a capability some procedure declares`).toBeGreaterThan(0);
      const allowed = opening.every((path) => !refused.has(path));
      expect(menu.includes(area), `${role} / ${area}`).toBe(allowed);
    }
    // nothing the role may call lies outside the areas its menu shows
    const reachable = new Set(menu.flatMap((area) => [staffAreaAccess[area as keyof typeof staffAreaAccess].opens, ...staffAreaAccess[area as keyof typeof staffAreaAccess].uses]));
    const stray = staffProcedures.filter((p) => !refused.has(p.path) && !reachable.has(capabilityOf(p.path) as Capability)).map((p) => p.path);
    expect(stray).toEqual([]);
  });
});

describe('staffProcedure fails closed', () => {
  const probe = router({
    bare: staffProcedure.query(() => 'ran'),
    bareWithInput: staffProcedure.input(z.object({ name: z.string() })).mutation(() => 'ran'),
    unknown: staffProcedure.meta({ capability: 'everything' as Capability }).query(() => 'ran'),
    accounts: staffProcedure.meta({ capability: 'accounts.manage' }).input(z.object({ name: z.string() })).mutation(() => 'ran'),
  });
  const probeCaller = (actor: Actor) => createCallerFactory(probe)(contextOf(actor));

  it('refuses a procedure that names no capability, even to the administrator', async () => {
    expect(await appCodeOf(probeCaller(admin).bare())).toBe('ROLE_FORBIDDEN');
    expect(await appCodeOf(probeCaller(admin).bareWithInput({ name: 'x' }))).toBe('ROLE_FORBIDDEN');
  });
  it('refuses a capability the table does not know', async () => {
    expect(await appCodeOf(probeCaller(admin).unknown())).toBe('ROLE_FORBIDDEN');
  });
  it('checks the role before the input: a refused role learns nothing of the input schema', async () => {
    const worker = await h.actorOf('tsuchiura.worker');
    expect(await appCodeOf(probeCaller(worker).accounts({ name: 1 } as unknown as { name: string }))).toBe('ROLE_FORBIDDEN');
    expect(await appCodeOf(probeCaller(admin).accounts({ name: 1 } as unknown as { name: string }))).toBe('BAD_REQUEST');
    expect(await probeCaller(admin).accounts({ name: 'x' })).toBe('ran');
  });
});
