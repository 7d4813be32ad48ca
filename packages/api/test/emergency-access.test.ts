// C3's emergency exception (issue #8 finding 7): an explicit, reasoned, 24-hour grant of one
// worker for one person, marked in the audit log, the disclosure ledger and the person's record,
// and reviewed afterwards by the municipal administrator or the auditor.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { asSystem } from '@kasane/db';
import { createHarness, fixedNow } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { appCodeOf } from './support/outcome.js';

let h: Harness;
let parent: string; // 見本 一郎: consent for 地域包括・市・社協 only
let son: string; // 見本 二郎: no consent of his own
const reason = '本人宅から応答がなく、室内で倒れている可能性があると通報を受けたため。';

beforeAll(async () => {
  h = await createHarness();
  const people = await asSystem(h.t.db, (tx) =>
    tx.person.findMany({ where: { municipalityCode: '082031', household: { address: '土浦市見本町1-1' } }, orderBy: { birthDate: 'asc' }, select: { id: true } }),
  );
  parent = people[0]?.id ?? '';
  son = people[1]?.id ?? '';
});
afterEach(() => {
  h.deps.now = () => fixedNow;
});
afterAll(async () => h.close());

async function audit(recordType: string) {
  return h.t.db.prisma.$queryRaw<{ action: string; recordId: string; legalBasis: string; basisRef: string | null; actorRole: string }[]>`
    SELECT action, "recordId", "legalBasis", "basisRef", "actorRole" FROM "AuditEntry" WHERE "recordType" = ${recordType} ORDER BY seq`;
}

describe('the refusal before any emergency grant', () => {
  it('refuses an organisation without consent, and an emergency claim in the input is not a route', async () => {
    const disability = await h.as('tsuchiura.disability');
    await expect(disability.staff.person.get({ personId: parent })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const claimed = { personId: parent, emergency: { reason } } as unknown as { personId: string };
    await expect(disability.staff.person.get(claimed)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('opening an emergency grant (C3)', () => {
  it('requires a reason of 10 to 500 characters, in Japanese', async () => {
    const disability = await h.as('tsuchiura.disability');
    await expect(disability.staff.emergency.open({ personId: parent, reason: '   急ぎ   ' })).rejects.toThrow(/10文字以上/);
    await expect(disability.staff.emergency.open({ personId: parent, reason: 'あ'.repeat(501) })).rejects.toThrow(/500文字以内/);
  });

  it('is only for support roles', async () => {
    for (const login of ['tsuchiura.member', 'tsuchiura.auditor']) {
      const caller = await h.as(login);
      expect(await appCodeOf(caller.staff.emergency.open({ personId: parent, reason }))).toBe('ROLE_FORBIDDEN');
    }
  });

  it('answers NOT_FOUND for another municipality’s person exactly as for an unknown id', async () => {
    const other = await asSystem(h.t.db, (tx) => tx.person.findFirstOrThrow({ where: { municipalityCode: '082040' }, select: { id: true } }));
    const disability = await h.as('tsuchiura.disability');
    const a = await disability.staff.emergency.open({ personId: other.id, reason }).catch((e: TRPCError) => e);
    const b = await disability.staff.emergency.open({ personId: '00000000-0000-4000-8000-000000000000', reason }).catch((e: TRPCError) => e);
    expect(a).toBeInstanceOf(TRPCError);
    expect({ code: (a as TRPCError).code, message: (a as TRPCError).message }).toEqual({ code: (b as TRPCError).code, message: (b as TRPCError).message });
    expect((a as TRPCError).code).toBe('NOT_FOUND');
    expect(await asSystem(h.t.db, (tx) => tx.emergencyAccess.count({ where: { personId: other.id } }))).toBe(0);
  });

  it('opens for 24 hours, is audited without person data, and lets this worker read on basis emergency', async () => {
    const disability = await h.as('tsuchiura.disability');
    const grant = await disability.staff.emergency.open({ personId: parent, reason: `  ${reason}  ` });
    expect(new Date(grant.expiresAt).getTime() - fixedNow.getTime()).toBe(24 * 3600 * 1000);
    expect(JSON.stringify(grant)).not.toContain('一郎');
    expect((await audit('EmergencyAccess')).at(-1)).toMatchObject({ action: 'write', recordId: grant.grantId, legalBasis: 'emergency', actorRole: 'consultation_worker' });

    const p = await disability.staff.person.get({ personId: parent });
    expect(p.givenName).toBe('一郎');
    expect(p.basis.kind).toBe('emergency');
    expect(p.emergency).toMatchObject({ grantId: grant.grantId });
    const read = (await audit('Person')).filter((e) => e.recordId === parent).at(-1);
    expect(read).toMatchObject({ legalBasis: 'emergency' });
    expect(read?.basisRef).toContain(grant.grantId);
    expect(read?.basisRef).toContain(reason);
    const ledger = await asSystem(h.t.db, (tx) => tx.disclosureEntry.findMany({ where: { personId: parent, legalBasis: 'emergency' } }));
    expect(ledger).toHaveLength(1);
    expect(ledger[0]?.basisRef).toContain(grant.grantId);
  });

  it('lists the worker’s own open grants (persons and expiry only), and nobody else’s', async () => {
    const disability = await h.as('tsuchiura.disability');
    const mine = await disability.staff.emergency.mine();
    expect(mine.items).toEqual([expect.objectContaining({ personId: parent })]);
    expect(Object.keys(mine.items[0] ?? {}).sort()).toEqual(['expiresAt', 'grantId', 'personId']);
    const outreach = await h.as('tsuchiura.outreach');
    expect((await outreach.staff.emergency.mine()).items).toEqual([]);
    h.deps.now = () => new Date(fixedNow.getTime() + 25 * 3600 * 1000);
    expect((await disability.staff.emergency.mine()).items).toEqual([]);
  });

  it('shows the emergency access in the person’s record to those with a basis', async () => {
    const worker = await h.as('tsuchiura.worker');
    const p = await worker.staff.person.get({ personId: parent });
    expect(p.basis.kind).toBe('own_case');
    expect(p.emergencyAccesses).toEqual([expect.objectContaining({ organisationName: '土浦市障害者相談支援センター', reviewed: false })]);
  });

  it('grants nothing to another worker, nor for another person, nor after it expires', async () => {
    const outreach = await h.as('tsuchiura.outreach');
    await expect(outreach.staff.person.get({ personId: son })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const disability = await h.as('tsuchiura.disability');
    await expect(disability.staff.person.get({ personId: son })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    h.deps.now = () => new Date(fixedNow.getTime() + 24 * 3600 * 1000 + 1000);
    await expect(disability.staff.person.get({ personId: parent })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps an ordinary basis first: an emergency grant never replaces consent or own case', async () => {
    const worker = await h.as('tsuchiura.worker');
    await worker.staff.emergency.open({ personId: parent, reason });
    expect((await worker.staff.person.get({ personId: parent })).basis.kind).toBe('own_case');
  });
});

describe('reviewing emergency grants', () => {
  it('is refused to roles other than the administrator and the auditor', async () => {
    const worker = await h.as('tsuchiura.worker');
    expect(await appCodeOf(worker.staff.emergency.reviewQueue())).toBe('ROLE_FORBIDDEN');
  });

  it('lists open reviews with reason and opener; a recorded outcome moves the grant to the reviewed list', async () => {
    const admin = await h.as('tsuchiura.admin');
    const queue = await admin.staff.emergency.reviewQueue();
    const item = queue.pending.find((g) => g.organisationName === '土浦市障害者相談支援センター');
    expect(item).toMatchObject({ reason, openedBy: '見本 障子', personId: parent });
    if (!item) throw new Error('no pending grant');
    await expect(admin.staff.emergency.review({ grantId: item.id, outcome: 'justified', note: '' })).resolves.toMatchObject({ ok: true });
    expect((await audit('EmergencyAccessReview')).at(-1)).toMatchObject({ action: 'write', recordId: item.id, actorRole: 'municipal_admin' });
    const after = await admin.staff.emergency.reviewQueue();
    expect(after.pending.map((g) => g.id)).not.toContain(item.id);
    expect(after.reviewed.find((g) => g.id === item.id)).toMatchObject({ outcome: 'justified', reviewedBy: '見本 管理' });
    expect(await appCodeOf(admin.staff.emergency.review({ grantId: item.id, outcome: 'not_justified', note: '二重' }))).toBe('CONFLICT');
    const worker = await h.as('tsuchiura.worker');
    expect((await worker.staff.person.get({ personId: parent })).emergencyAccesses.find((e) => e.organisationName === '土浦市障害者相談支援センター')?.reviewed).toBe(true);
  });

  it('shows the auditor the person through the policy (basis audit), and the auditor records an outcome with a note', async () => {
    const auditor = await h.as('tsuchiura.auditor');
    const queue = await auditor.staff.emergency.reviewQueue();
    const item = queue.pending[0];
    expect(item?.personName).toBe('見本 一郎');
    if (!item) throw new Error('no pending grant');
    await auditor.staff.emergency.review({ grantId: item.id, outcome: 'not_justified', note: '同意の範囲で足りた。' });
    expect((await auditor.staff.emergency.reviewQueue()).reviewed.find((g) => g.id === item.id)).toMatchObject({ outcome: 'not_justified', reviewNote: '同意の範囲で足りた。' });
  });
});
