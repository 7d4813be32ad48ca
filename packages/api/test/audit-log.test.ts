// Issue #9: アクセス記録 — the 監査担当 reads who read or changed a person's data, when and on which
// basis; filters; a CSV for Excel; reading the log is itself audited; other roles cannot read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
let ichiro: string;
beforeAll(async () => {
  h = await createHarness();
  ichiro = (await asSystem(h.t.db, (tx) => tx.person.findFirstOrThrow({ where: { municipalityCode: '082031', familyName: '見本', givenName: '一郎' }, select: { id: true } }))).id;
  const shakyo = await h.as('tsuchiura.outreach');
  await shakyo.staff.person.get({ personId: ichiro });
  await expect((await h.as('tsuchiura.disability')).staff.person.get({ personId: ichiro })).rejects.toMatchObject({ code: 'FORBIDDEN' });
});
afterAll(async () => h.close());

describe('アクセス記録', () => {
  it('shows who read this person, on which basis, and the refused attempt, in Japanese', async () => {
    const auditor = await h.as('tsuchiura.auditor');
    const log = await auditor.staff.auditLog.find({ personId: ichiro });
    const read = log.items.find((i) => i.action === 'read' && i.recordType === 'Person');
    expect(read).toMatchObject({ actionLabel: '閲覧', legalBasisLabel: '本人の同意', actor: expect.stringContaining('tsuchiura.outreach') as unknown });
    expect(log.items.find((i) => i.action === 'denied')).toMatchObject({ actionLabel: '拒否されたアクセス', basisRef: 'CONSENT_SCOPE' });
    expect(log.total).toBeGreaterThanOrEqual(2);
  });

  it('filters by staff member and period (Japan dates)', async () => {
    const auditor = await h.as('tsuchiura.auditor');
    const outreach = await h.actorOf('tsuchiura.outreach');
    // entries are stamped by the database clock: today in Japan
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
    const mine = await auditor.staff.auditLog.find({ actorUserId: outreach.userId, from: today, to: today });
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i) => i.actor.includes('tsuchiura.outreach'))).toBe(true);
    const before = await auditor.staff.auditLog.find({ actorUserId: outreach.userId, from: '2020-01-01', to: '2020-12-31' });
    expect(before.items).toEqual([]);
  });

  it('exports a CSV that Excel opens (BOM, CRLF, Japanese header) and audits the export and every read of the log', async () => {
    const auditor = await h.as('tsuchiura.auditor');
    const file = await auditor.staff.auditLog.exportCsv({ personId: ichiro });
    expect(file.csv.startsWith('\uFEFF番号,日時,利用者')).toBe(true);
    expect(file.csv).toContain('\r\n');
    expect(file.rows).toBeGreaterThan(0);
    const reads = await h.t.db.prisma.$queryRaw<{ action: string; recordType: string; basisRef: string }[]>`
      SELECT action, "recordType", "basisRef" FROM "AuditEntry" WHERE "recordType" IN ('AuditLog', 'AuditLogExport') ORDER BY seq`;
    expect(reads.map((r) => r.action)).toContain('export');
    expect(reads.some((r) => r.basisRef.includes(`personId=${ichiro}`))).toBe(true);
  });

  it('is refused to roles that do not audit', async () => {
    for (const login of ['tsuchiura.worker', 'tsuchiura.coordinator', 'tsuchiura.member']) {
      await expect((await h.as(login)).staff.auditLog.find({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
