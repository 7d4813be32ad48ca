// Lists whose totals are true (issue #4 item 10, issue #8): the access predicate in SQL refuses what the
// policy refuses (a child's consent without the guardian's — C2 — and consents withdrawn or expired — C6,
// C7). Totals and page sizes count only what the policy allows, with no bound on the candidates, and the
// audit and the ledger name exactly the rows a page returned — never a refused one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedPersonsSql, asSystem } from '@kasane/db';
import { normaliseKana } from '@kasane/domain';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
const tsuchiura = '082031';
let disabilityOrg: string;
let npoOrg: string;
const family = { name: '列挙', kana: 'レッキョ' };
// In kana order. `refused`: a child whose consent has no guardian (the SQL admits it, the policy does not).
const people = [
  { given: 'ア', kind: 'ok' },
  { given: 'イ', kind: 'refused' },
  { given: 'ウ', kind: 'ok' },
  { given: 'エ', kind: 'ok' },
  { given: 'オ', kind: 'refused' },
  { given: 'カ', kind: 'ok' },
  { given: 'キ', kind: 'refused' },
  { given: 'ク', kind: 'ok' },
  { given: 'ケ', kind: 'withdrawn' },
  { given: 'コ', kind: 'expired' },
] as const;
const ids = new Map<string, string>();
const idOf = (given: string) => ids.get(given) ?? '';
const allowedInOrder = people.filter((p) => p.kind === 'ok').map((p) => p.given);
const notAllowed = people.filter((p) => p.kind !== 'ok').map((p) => p.given);

beforeAll(async () => {
  h = await createHarness();
  const now = h.deps.now();
  const day = 86_400_000;
  await asSystem(h.t.db, async (tx) => {
    const orgs = await tx.organisation.findMany({ where: { municipalityCode: tsuchiura }, select: { id: true, kind: true } });
    disabilityOrg = orgs.find((o) => o.kind === 'disability_consultation')?.id ?? '';
    npoOrg = orgs.find((o) => o.kind === 'npo')?.id ?? '';
    const worker = await tx.user.findFirstOrThrow({ where: { loginId: 'tsuchiura.worker' }, select: { id: true } });
    for (const [i, p] of people.entries()) {
      // one household each, each with a case owned by another organisation (the NPO)
      const household = await tx.household.create({ data: { municipalityCode: tsuchiura, address: `土浦市見本町90-${i + 1}` } });
      const person = await tx.person.create({
        data: {
          municipalityCode: tsuchiura,
          householdId: household.id,
          familyName: family.name,
          givenName: p.given,
          familyNameKana: family.kana,
          givenNameKana: p.given,
          nameKanaKey: normaliseKana(family.kana + p.given),
          nameKey: family.name + p.given,
          birthDate: new Date(p.kind === 'refused' ? '2015-04-01T00:00:00Z' : '1970-04-01T00:00:00Z'),
          relationship: '本人',
        },
      });
      ids.set(p.given, person.id);
      await tx.case.create({
        data: { municipalityCode: tsuchiura, householdId: household.id, primaryPersonId: person.id, ownerOrganisationId: npoOrg, status: 'intake', issueIds: ['work'], openedAt: new Date(now.getTime() - (i + 1) * day) },
      });
      await tx.consent.create({
        data: {
          municipalityCode: tsuchiura,
          personId: person.id,
          organisationIds: [disabilityOrg, npoOrg],
          purposes: ['support', 'coordination'],
          method: 'written',
          obtainedByUserId: worker.id,
          obtainedAt: new Date(now.getTime() - 30 * day),
          withdrawnAt: p.kind === 'withdrawn' ? new Date(now.getTime() - day) : null,
          expiresAt: p.kind === 'expired' ? new Date(now.getTime() - day) : null,
        },
      });
    }
  });
});
afterAll(async () => h.close());

async function listAudit() {
  return h.t.db.prisma.$queryRaw<{ recordType: string; recordId: string; legalBasis: string }[]>`
    SELECT "recordType", "recordId", "legalBasis" FROM "AuditEntry" WHERE "recordType" IN ('PersonList', 'HouseholdList', 'CaseList') ORDER BY seq`;
}
async function ledgerOf(personIds: string[]) {
  return h.t.db.prisma.$queryRaw<{ personId: string; recordType: string }[]>`
    SELECT "personId"::text AS "personId", "recordType" FROM "DisclosureEntry" WHERE "personId" = ANY(${personIds}::uuid[])`;
}

describe('the SQL predicate refuses what the policy refuses', () => {
  it('leaves out the children whose consent lacks the guardian, and withdrawn or expired consents', async () => {
    const scope = { municipalityCode: tsuchiura, organisationId: disabilityOrg, role: 'consultation_worker', purpose: 'support', now: h.deps.now() };
    const rows = await asSystem(h.t.db, (tx) => tx.$queryRaw<{ id: string }[]>(allowedPersonsSql(scope)));
    const allowed = new Set(rows.map((r) => r.id));
    for (const given of allowedInOrder) expect(allowed.has(idOf(given))).toBe(true);
    for (const given of notAllowed) expect(allowed.has(idOf(given))).toBe(false);
    const disability = await h.as('tsuchiura.disability');
    await expect(disability.staff.person.get({ personId: idOf('イ') })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(disability.staff.person.get({ personId: idOf('ケ') })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(disability.staff.person.get({ personId: idOf('コ') })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('persons: exact total, full pages, audit of the rows returned only', () => {
  it('pages the allowed rows in kana order, two at a time', async () => {
    const disability = await h.as('tsuchiura.disability');
    const seen: string[] = [];
    const before = (await listAudit()).length;
    for (const [page, expected] of [[1, ['ア', 'ウ']], [2, ['エ', 'カ']], [3, ['ク']], [4, []]] as const) {
      const r = await disability.staff.search.persons({ q: family.kana, page, pageSize: 2 });
      expect(r).toMatchObject({ total: allowedInOrder.length, page, pageSize: 2 });
      expect(Object.keys(r)).not.toContain('complete');
      expect(r.items.map((i) => i.givenName)).toEqual(expected);
      expect(r.items.every((i) => i.basis.kind === 'consent')).toBe(true);
      expect(Object.keys(r)).not.toContain('withheld');
      seen.push(...r.items.map((i) => i.givenName));
    }
    expect(seen).toEqual(allowedInOrder);
    const entries = (await listAudit()).slice(before);
    // one entry per page that returned rows, naming exactly those rows
    expect(entries.map((e) => e.recordId)).toEqual([['ア', 'ウ'], ['エ', 'カ'], ['ク']].map((g) => g.map(idOf).join(',')));
    expect(entries.every((e) => e.recordType === 'PersonList' && e.legalBasis === 'consent')).toBe(true);
  });

  it('writes nothing for a page of rows the policy refuses, and never names a refused person', async () => {
    const disability = await h.as('tsuchiura.disability');
    const before = (await listAudit()).length;
    const r = await disability.staff.search.persons({ q: `${family.kana}イ`, pageSize: 10 });
    expect(r).toMatchObject({ total: 0, items: [] });
    expect((await listAudit()).length).toBe(before);
    const audited = (await listAudit()).flatMap((e) => e.recordId.split(','));
    for (const given of notAllowed) expect(audited).not.toContain(idOf(given));
  });

  it('records disclosures in the ledger for the shown rows only', async () => {
    const ledger = await ledgerOf(people.map((p) => idOf(p.given)));
    const listed = new Set(ledger.filter((l) => l.recordType === 'PersonList').map((l) => l.personId));
    expect([...listed].sort()).toEqual(allowedInOrder.map(idOf).sort());
  });
});

describe('cases and households: the same exact totals', () => {
  it('cases: total and pages count only cases whose person may be read', async () => {
    const disability = await h.as('tsuchiura.disability');
    const before = (await listAudit()).length;
    const first = await disability.staff.search.cases({ q: family.kana, page: 1, pageSize: 3 });
    const second = await disability.staff.search.cases({ q: family.kana, page: 2, pageSize: 3 });
    expect(first.total).toBe(allowedInOrder.length);
    expect(second.total).toBe(allowedInOrder.length);
    expect(first.items.map((c) => c.name)).toEqual(['ア', 'ウ', 'エ'].map((g) => `${family.name} ${g}`));
    expect(second.items.map((c) => c.name)).toEqual(['カ', 'ク'].map((g) => `${family.name} ${g}`));
    const entries = (await listAudit()).slice(before);
    expect(entries.map((e) => [e.recordType, e.recordId])).toEqual([
      ['CaseList', ['ア', 'ウ', 'エ'].map(idOf).join(',')],
      ['CaseList', ['カ', 'ク'].map(idOf).join(',')],
    ]);
  });

  it('households: listed when a member may be read; the page is full and the total exact', async () => {
    const disability = await h.as('tsuchiura.disability');
    const before = (await listAudit()).length;
    const r = await disability.staff.search.households({ q: family.kana, page: 1, pageSize: 4 });
    expect(r.total).toBe(allowedInOrder.length);
    expect(r.items).toHaveLength(4);
    expect(r.items.map((i) => i.address)).toEqual(['1', '3', '4', '6'].map((n) => `土浦市見本町90-${n}`));
    expect(r.items.every((i) => i.visibleMemberCount === 1 && i.memberCount === 1 && i.openCases === 1)).toBe(true);
    const entries = (await listAudit()).slice(before);
    expect(entries.map((e) => [e.recordType, e.recordId])).toEqual([['HouseholdList', ['ア', 'ウ', 'エ', 'カ'].map(idOf).join(',')]]);
  });

  it('the auditor sees every row of the municipality on the audit ground, counted exactly', async () => {
    const auditor = await h.as('tsuchiura.auditor');
    const r = await auditor.staff.search.persons({ q: family.kana, pageSize: 4, page: 3 });
    expect(r.total).toBe(people.length);
    expect(r.items.map((i) => i.givenName)).toEqual(['ケ', 'コ']);
    expect(r.items.every((i) => i.basis.kind === 'audit')).toBe(true);
  });
});

describe('no bound: totals stay exact beyond 2,000 rows (ADR 0010 superseded)', () => {
  it('counts and pages 2,105 allowed rows exactly, for the auditor and for a consent-based worker', async () => {
    const many = 2_105;
    const now = h.deps.now();
    await asSystem(h.t.db, async (tx) => {
      const worker = await tx.user.findFirstOrThrow({ where: { loginId: 'tsuchiura.worker' }, select: { id: true } });
      await tx.$executeRaw`
        WITH hh AS (
          INSERT INTO "Household" (id, "municipalityCode", address, "updatedAt")
          SELECT gen_random_uuid(), ${tsuchiura}, '土浦市見本町99-' || lpad(g::text, 5, '0'), now() FROM generate_series(1, ${many}) g RETURNING id, address)
        INSERT INTO "Person" (id, "municipalityCode", "householdId", "familyName", "givenName", "familyNameKana", "givenNameKana", "nameKanaKey", "nameKey", relationship, "updatedAt")
        SELECT gen_random_uuid(), ${tsuchiura}, hh.id, '多数', hh.address, 'タスウ', 'タスウ', 'タスウ' || hh.address, '多数' || hh.address, '本人', now() FROM hh`;
      const persons = await tx.person.findMany({ where: { municipalityCode: tsuchiura, familyName: '多数' }, select: { id: true }, orderBy: { nameKanaKey: 'asc' } });
      // every other person consents to the disability organisation: 1,053 of 2,105
      await tx.consent.createMany({
        data: persons.filter((_, i) => i % 2 === 0).map((p) => ({
          municipalityCode: tsuchiura, personId: p.id, organisationIds: [disabilityOrg], purposes: ['support'], method: 'written', obtainedByUserId: worker.id, obtainedAt: new Date(now.getTime() - 86_400_000),
        })),
      });
    });
    const auditor = await h.as('tsuchiura.auditor');
    const first = await auditor.staff.search.persons({ q: 'タスウ', pageSize: 50 });
    expect(first.total).toBe(many);
    expect(first.items).toHaveLength(50);
    const last = await auditor.staff.search.persons({ q: 'タスウ', pageSize: 50, page: 43 });
    expect(last.items.map((i) => i.address)).toEqual(['02101', '02102', '02103', '02104', '02105'].map((n) => `土浦市見本町99-${n}`));
    const disability = await h.as('tsuchiura.disability');
    const consented = await disability.staff.search.persons({ q: 'タスウ', pageSize: 100, page: 11 });
    expect(consented.total).toBe(Math.ceil(many / 2));
    expect(consented.items).toHaveLength(53);
    const households = await disability.staff.search.households({ q: 'タスウ', pageSize: 10 });
    expect(households.total).toBe(Math.ceil(many / 2));
  });
});
