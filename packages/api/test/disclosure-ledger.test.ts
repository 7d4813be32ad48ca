// Issue #9: the disclosure ledger (C11) records a disclosure once per organisation × person × basis ×
// day in Japan, names what was disclosed in Japanese, and never records its own viewing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
let ichiro: string; // 見本 一郎: his consent names 地域包括・市・社協

beforeAll(async () => {
  h = await createHarness();
  ichiro = (await asSystem(h.t.db, (tx) => tx.person.findFirstOrThrow({ where: { municipalityCode: '082031', familyName: '見本', givenName: '一郎' }, select: { id: true } }))).id;
});
afterAll(async () => h.close());

const ledgerRows = () =>
  h.t.db.prisma.$queryRaw<{ recordType: string; legalBasis: string }[]>`SELECT "recordType", "legalBasis" FROM "DisclosureEntry" WHERE "personId" = ${ichiro}::uuid ORDER BY "disclosedAt", id`;

describe('disclosure ledger without the flood', () => {
  it('ten reads by one organisation on one basis in one day are one disclosure, named in Japanese', async () => {
    const before = (await ledgerRows()).length;
    const shakyo = await h.as('tsuchiura.outreach');
    for (let i = 0; i < 10; i++) await shakyo.staff.person.get({ personId: ichiro });
    const added = (await ledgerRows()).slice(before);
    expect(added).toEqual([{ recordType: 'Person', legalBasis: 'consent' }]);
    const ledger = await shakyo.staff.disclosure.find({ personId: ichiro });
    expect(ledger.items[0]).toMatchObject({ recordType: 'Person', recordTypeLabel: '氏名・生年月日・連絡先などの基本情報' });
  });

  it('viewing the ledger is not itself a disclosure', async () => {
    const shakyo = await h.as('tsuchiura.outreach');
    const before = (await ledgerRows()).length;
    for (let i = 0; i < 3; i++) await shakyo.staff.disclosure.find({ personId: ichiro });
    const after = await ledgerRows();
    expect(after.length).toBe(before);
    expect(after.map((r) => r.recordType)).not.toContain('DisclosureLedger');
  });
});
