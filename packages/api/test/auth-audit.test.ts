// Issue #9: sign-in, failed sign-in, sign-out and refused accesses are in the audit log — the refused
// data and an unknown typed login ID are not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const entries = (action: string) =>
  h.t.db.prisma.$queryRaw<{ actorUserId: string | null; recordType: string; recordId: string; legalBasis: string; basisRef: string | null }[]>`
    SELECT "actorUserId"::text AS "actorUserId", "recordType", "recordId", "legalBasis", "basisRef" FROM "AuditEntry" WHERE action = ${action} ORDER BY seq`;
const everything = () => h.t.db.prisma.$queryRaw<{ row: string }[]>`SELECT row_to_json(e)::text AS row FROM "AuditEntry" e`;
const visitor = (ip: string) => h.anonymous({ ip, cookies: { kasane_csrf: 'c' }, csrfHeader: 'c' });

describe('audited sign-in', () => {
  it('records a successful sign-in and a sign-out with the account and address', async () => {
    const worker = await h.actorOf('tsuchiura.worker');
    await visitor('10.7.0.1').auth.login({ loginId: 'tsuchiura.worker', password: 'kasane-demo', app: 'staff' });
    expect((await entries('sign_in')).at(-1)).toMatchObject({ actorUserId: worker.userId, recordType: 'Session', basisRef: 'ip:10.7.0.1' });
    const signedIn = await h.as('tsuchiura.worker');
    await signedIn.auth.logout();
    expect((await entries('sign_out')).at(-1)).toMatchObject({ actorUserId: worker.userId });
  });

  it('records failed sign-ins; an unknown login ID is not written anywhere', async () => {
    const worker = await h.actorOf('tsuchiura.worker');
    await expect(visitor('10.7.0.2').auth.login({ loginId: 'tsuchiura.worker', password: 'wrong-password', app: 'staff' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await entries('sign_in_failed')).at(-1)).toMatchObject({ actorUserId: worker.userId, recordId: worker.userId, basisRef: 'ip:10.7.0.2' });
    await expect(visitor('10.7.0.2').auth.login({ loginId: 'my-secret-passphrase', password: 'x', app: 'staff' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await entries('sign_in_failed')).at(-1)).toMatchObject({ actorUserId: null, recordId: '-' });
    expect((await everything()).some((e) => e.row.includes('my-secret-passphrase'))).toBe(false);
  });
});

describe('audited refusals', () => {
  it('a refused read of a person is a denied entry naming the rule, without the refused data', async () => {
    const ichiro = await asSystem(h.t.db, (tx) => tx.person.findFirstOrThrow({ where: { municipalityCode: '082031', familyName: '見本', givenName: '一郎' }, select: { id: true } }));
    const disability = await h.as('tsuchiura.disability');
    await expect(disability.staff.person.get({ personId: ichiro.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await entries('denied')).at(-1)).toMatchObject({ recordType: 'Person', recordId: ichiro.id, legalBasis: 'refused', basisRef: 'CONSENT_SCOPE' });
    const person = (await entries('read')).filter((e) => e.recordId === ichiro.id && e.recordType === 'Person');
    expect(person).toEqual([]);
  });
});
