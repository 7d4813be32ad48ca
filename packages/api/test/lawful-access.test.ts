// Issue #8: personal data leaves only with a decision of the policy in the same request, and the
// bypasses that probing found (take-over by a linked intake, reads outside the policy, refusals that
// tell too much, existence oracles, foreign references) are closed. Each case failed on the old main.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { asSystem } from '@kasane/db';
import { appRouter } from '../src/root.js';
import { createCallerFactory, personalDataGuard, router, staffProcedure } from '../src/trpc.js';
import { accessPerson } from '../src/services/access/person-access.js';
import { createHarness, fakeRequest } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import type { Context } from '../src/context.js';

let h: Harness;
const tsuchiura = '082031';
let ichiro: string; // 見本 一郎: consent for 地域包括・市・社協 only
let jiro: string; // 見本 二郎: his son, no consent of his own
let household1: string;

beforeAll(async () => {
  h = await createHarness();
  const people = await asSystem(h.t.db, (tx) => tx.person.findMany({ where: { municipalityCode: tsuchiura }, select: { id: true, givenName: true, familyName: true, householdId: true } }));
  const by = (given: string) => people.find((p) => p.familyName === '見本' && p.givenName === given) ?? { id: '', householdId: '' };
  ichiro = by('一郎').id;
  jiro = by('二郎').id;
  household1 = by('一郎').householdId;
});
afterAll(async () => h.close());

async function auditRows(recordType: string) {
  return h.t.db.prisma.$queryRaw<{ action: string; recordId: string; legalBasis: string; basisRef: string | null }[]>`
    SELECT action, "recordId", "legalBasis", "basisRef" FROM "AuditEntry" WHERE "recordType" = ${recordType} ORDER BY seq`;
}

async function refusal(p: Promise<unknown>): Promise<TRPCError & { appCode?: string; details?: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TRPCError);
    return e as TRPCError & { appCode?: string };
  }
  throw new Error('expected a refusal');
}

describe('no personal data without a decision (the guard every procedure passes)', () => {
  // A procedure someone might add tomorrow: it reads a person straight from the database.
  const careless = router({
    leak: staffProcedure.meta({ capability: 'person.read' }).query(async ({ ctx }) => {
      const p = await ctx.tx.person.findFirstOrThrow({ where: { id: jiro }, select: { id: true, familyName: true, givenName: true } });
      return p;
    }),
    decided: staffProcedure.meta({ capability: 'person.read' }).query(async ({ ctx }) => {
      await accessPerson(ctx.tx, ctx.actor, { personId: jiro, action: 'read', purpose: 'support', recordType: 'Person', now: ctx.deps.now() });
      return ctx.tx.person.findFirstOrThrow({ where: { id: jiro }, select: { id: true, familyName: true, givenName: true } });
    }),
    other: staffProcedure.meta({ capability: 'person.read' }).query(async ({ ctx }) => {
      await accessPerson(ctx.tx, ctx.actor, { personId: ichiro, action: 'read', purpose: 'support', recordType: 'Person', now: ctx.deps.now() });
      return ctx.tx.person.findFirstOrThrow({ where: { id: jiro }, select: { id: true, familyName: true } });
    }),
  });
  const callerAs = async (loginId: string) => {
    const actor = await h.actorOf(loginId);
    const ctx: Context = { deps: h.deps, req: fakeRequest(), session: { id: 's', csrfToken: 'c', actor } };
    return createCallerFactory(careless)(ctx);
  };

  it('refuses a response with a person’s name that no decision allowed, and rolls its transaction back', async () => {
    const before = (await auditRows('Person')).length;
    const e = await refusal((await callerAs('tsuchiura.worker')).leak());
    expect(e.code).toBe('INTERNAL_SERVER_ERROR');
    expect(e.appCode).toBe('PERSONAL_DATA_UNDECIDED');
    expect(e.message).not.toContain('二郎');
    expect((await auditRows('Person')).length).toBe(before);
  });

  it('lets the same data out once the policy allowed that person in the request', async () => {
    await expect((await callerAs('tsuchiura.worker')).decided()).resolves.toMatchObject({ givenName: '二郎' });
  });

  it('a decision about one person does not open another', async () => {
    const e = await refusal((await callerAs('tsuchiura.worker')).other());
    expect(e.appCode).toBe('PERSONAL_DATA_UNDECIDED');
  });

  it('every procedure of the router passes the guard', () => {
    const guard = (personalDataGuard as unknown as { _middlewares: unknown[] })._middlewares[0];
    const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { middlewares: unknown[] } }>);
    expect(procedures.length).toBeGreaterThan(50);
    const unguarded = procedures.filter(([, p]) => !p._def.middlewares.includes(guard)).map(([path]) => path);
    expect(unguarded).toEqual([]);
  });
});

describe('finding 2: linking an intake to an existing person takes nothing over', () => {
  it('the linking organisation gets its own consultation, not the identity others recorded; the link is on record', async () => {
    const disability = await h.as('tsuchiura.disability');
    await expect(disability.staff.person.get({ personId: jiro })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const r = await disability.staff.intake.record({ channel: 'window', consulterType: 'self', persons: [{ existingPersonId: jiro }], issueIds: ['hikikomori'], summary: '障害者相談支援センターでの相談。' });
    expect(r.personIds).toEqual([jiro]);
    await expect(disability.staff.person.get({ personId: jiro })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const links = (await auditRows('Person')).filter((a) => a.action === 'link');
    expect(links).toContainEqual({ action: 'link', recordId: jiro, legalBasis: 'intake', basisRef: r.consultationId });
    // what it recorded itself is its own: the consultation shows in the household view
    const view = await disability.staff.household.get({ householdId: household1 });
    expect(view.consultations.find((c) => c.id === r.consultationId)).toMatchObject({ visible: true });
    expect(view.members.find((m) => m.id === jiro)).toMatchObject({ visible: false });
  });
});

describe('finding 3: reads that skipped the policy', () => {
  it('the 保護の実施機関 reads a referred person on the referral’s basis, audited and ledgered', async () => {
    const worker = await h.as('tsuchiura.worker');
    const { referralId } = await worker.staff.household.referToProtection({ householdId: household1, personId: jiro, urgent: true, reason: '食料が尽きている。' });
    const welfare = await h.as('tsuchiura.welfare');
    const queue = await welfare.staff.protection.find({ includeAcknowledged: false });
    expect(queue.items.find((i) => i.id === referralId)).toMatchObject({ personId: jiro, personName: '見本 二郎' });
    const reads = (await auditRows('ProtectionReferral')).filter((a) => a.action === 'read');
    expect(reads.at(-1)?.legalBasis).toBe('protection_referral');
    expect(reads.at(-1)?.recordId).toContain(jiro);
    const ledger = await h.t.db.prisma.$queryRaw<{ legalBasis: string; basisRef: string }[]>`
      SELECT "legalBasis", "basisRef" FROM "DisclosureEntry" WHERE "personId" = ${jiro}::uuid AND "recordType" = 'ProtectionReferral'`;
    expect(ledger.map((l) => l.legalBasis)).toContain('protection_referral');
  });

  it('residents’ portal requests are audited when staff read them', async () => {
    await h.anonymous({ cookies: { kasane_csrf: 'p' }, csrfHeader: 'p' }).portal.request.submitConsultation({ municipalityCode: tsuchiura, anonymous: false, name: '見本 さくら', contactMethod: 'phone', contact: '029-000-0000', preferredTime: '', message: '相談したいです。', doNotContactHome: false, area: '', website: '' });
    const worker = await h.as('tsuchiura.worker');
    const list = await worker.staff.portalRequest.findConsultations();
    expect(list.length).toBeGreaterThan(0);
    const one = list[0];
    if (!one) throw new Error('no request');
    await worker.staff.portalRequest.get({ id: one.id });
    const reads = (await auditRows('PortalRequest')).filter((a) => a.action === 'read');
    expect(reads).toHaveLength(2);
    expect(reads[0]?.recordId).toContain(one.id);
    expect(reads[1]).toMatchObject({ recordId: one.id, legalBasis: 'resident_request' });
  });
});

describe('finding 8: refusals, oracles, foreign references, withdrawal', () => {
  it('a refusal names the rule, never the consent (or any other basis) behind it', async () => {
    const disability = await h.as('tsuchiura.disability');
    const e = await refusal(disability.staff.person.get({ personId: ichiro }));
    expect(e.appCode).toBe('CONSENT_SCOPE');
    expect(e.details ?? {}).toEqual({});
    const consentIds = await asSystem(h.t.db, (tx) => tx.consent.findMany({ where: { personId: ichiro }, select: { id: true } }));
    for (const c of consentIds) expect(JSON.stringify(e)).not.toContain(c.id);
  });

  it('a household without a basis answers exactly as a household that does not exist', async () => {
    const hinaHousehold = await asSystem(h.t.db, (tx) => tx.person.findFirstOrThrow({ where: { municipalityCode: tsuchiura, givenName: '陽菜' }, select: { householdId: true } }));
    const disability = await h.as('tsuchiura.disability');
    const real = await refusal(disability.staff.household.get({ householdId: hinaHousehold.householdId }));
    const random = await refusal(disability.staff.household.get({ householdId: '00000000-0000-4000-8000-000000000000' }));
    expect([real.code, real.message, real.appCode]).toEqual([random.code, random.message, random.appCode]);
  });

  it('register rows cannot name another municipality’s organisation or place', async () => {
    const koga = await asSystem(h.t.db, async (tx) => ({
      organisationId: (await tx.organisation.findFirstOrThrow({ where: { municipalityCode: '082040' }, select: { id: true } })).id,
      placeId: (await tx.communityPlace.findFirstOrThrow({ where: { municipalityCode: '082040' }, select: { id: true } })).id,
    }));
    const community = await h.as('tsuchiura.community');
    await expect(community.staff.place.create({ name: '他市の機関の場', kind: 'salon', organisationId: koga.organisationId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(community.staff.participation.createResource({ name: '他市の場の資源', kind: 'volunteering', placeId: koga.placeId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(community.staff.window.create({ name: '他市の機関の窓口', hours: { spans: [{ day: 'fri', open: '09:00', close: '11:00' }], closedOnHolidays: false }, organisationId: koga.organisationId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const stray = await asSystem(h.t.db, (tx) => tx.communityPlace.count({ where: { municipalityCode: tsuchiura, organisationId: koga.organisationId } }));
    expect(stray).toBe(0);
    // positive control: the municipality's own organisation is accepted
    const own = await asSystem(h.t.db, (tx) => tx.organisation.findFirstOrThrow({ where: { municipalityCode: tsuchiura }, select: { id: true } }));
    const created = await community.staff.place.create({ name: '自市の機関の場', kind: 'salon', organisationId: own.id });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a consent withdrawal is audited as a withdrawal of that consent', async () => {
    const coordinator = await h.as('tsuchiura.coordinator');
    const { consentId } = await coordinator.staff.consent.recordConsent({ personId: ichiro, organisationIds: [await orgOf('tsuchiura.coordinator')], purposes: ['support'], method: 'oral', obtainedAt: new Date('2026-11-19T01:00:00Z') });
    await coordinator.staff.consent.withdrawConsent({ consentId, note: '本人の申し出' });
    const rows = (await auditRows('Consent')).filter((a) => a.action === 'withdraw');
    expect(rows).toContainEqual(expect.objectContaining({ recordId: consentId, basisRef: ichiro }));
  });
});

async function orgOf(loginId: string): Promise<string> {
  const a = await h.actorOf(loginId);
  return a.kind === 'staff' ? a.organisationId : '';
}
