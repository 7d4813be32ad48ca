// The one access path, end to end against the database: the basis found, the audit entry
// written with it, and the refusals of C3/C12 with the domain's Japanese reasons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
let parent: string; // 8050 household: the parent, who consented (houkatsu, city, shakyo)
let son: string; // the son, who has not (C12)

beforeAll(async () => {
  h = await createHarness();
  const people = await asSystem(h.t.db, (tx) =>
    tx.person.findMany({ where: { municipalityCode: '082031', household: { address: '土浦市見本町1-1' } }, orderBy: { birthDate: 'asc' }, select: { id: true } }),
  );
  parent = people[0]?.id ?? '';
  son = people[1]?.id ?? '';
});
afterAll(async () => h.close());

async function auditEntriesFor(recordId: string) {
  return h.t.db.prisma.$queryRaw<{ legalBasis: string; basisRef: string | null; actorRole: string }[]>`
    SELECT "legalBasis", "basisRef", "actorRole" FROM "AuditEntry" WHERE "recordId" = ${recordId} ORDER BY seq`;
}

describe('reading a person through the access policy', () => {
  it('lets the organisation that owns the case read, as its own case, and audits it', async () => {
    const caller = await h.as('tsuchiura.worker');
    const p = await caller.staff.person.get({ personId: parent });
    expect(p.givenName).toBe('一郎');
    expect(p.basis.kind).toBe('own_case');
    expect(await auditEntriesFor(parent)).toContainEqual(expect.objectContaining({ legalBasis: 'own_case', actorRole: 'consultation_worker' }));
  });

  it('lets an organisation named in the person’s consent read, on that consent', async () => {
    const caller = await h.as('tsuchiura.outreach');
    const p = await caller.staff.person.get({ personId: parent });
    expect(p.basis.kind).toBe('consent');
    const entries = await auditEntriesFor(parent);
    expect(entries.at(-1)).toMatchObject({ legalBasis: 'consent', actorRole: 'outreach_worker' });
    expect(entries.at(-1)?.basisRef).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses an organisation outside the consent’s scope (C3): no read is recorded, only the refused attempt', async () => {
    const before = (await auditEntriesFor(parent)).length;
    const caller = await h.as('tsuchiura.disability');
    await expect(caller.staff.person.get({ personId: parent })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await auditEntriesFor(parent)).slice(before)).toEqual([{ legalBasis: 'refused', basisRef: 'CONSENT_SCOPE', actorRole: 'consultation_worker' }]);
  });

  it('does not extend the parent’s consent to the son (C12)', async () => {
    const caller = await h.as('tsuchiura.outreach');
    await expect(caller.staff.person.get({ personId: son })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers NOT_FOUND for a person of another municipality', async () => {
    const other = await asSystem(h.t.db, (tx) => tx.person.findFirstOrThrow({ where: { municipalityCode: '082040' }, select: { id: true } }));
    const caller = await h.as('tsuchiura.admin');
    await expect(caller.staff.person.get({ personId: other.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
