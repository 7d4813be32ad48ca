// Issue #12 item 6: the portal takes a request only where someone in the municipality will read it
// (an enabled staff account whose role receives that kind); elsewhere it is refused, and the portal
// learns that beforehand from the municipality's profile, with its own website from the reference data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const hitachi = '082023';
const tsuchiura = '082031';
let ip = 0;
const resident = () => h.anonymous({ ip: `10.12.6.${++ip}`, cookies: { kasane_csrf: 'p' }, csrfHeader: 'p' });
const request = (municipalityCode: string) => ({ municipalityCode, anonymous: true, message: '相談したいことがあります。' });

describe('requests only where the municipality uses Kasane', () => {
  it('refuses a consultation or an offer for 日立市, which has no staff account, and keeps nothing', async () => {
    await expect(resident().portal.request.submitConsultation(request(hitachi))).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', appCode: 'NO_RECEIVER' });
    await expect(resident().portal.request.submitOffer(request(hitachi))).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', appCode: 'NO_RECEIVER' });
    const kept = await asSystem(h.t.db, (tx) => tx.portalRequest.count({ where: { municipalityCode: hitachi } }));
    expect(kept).toBe(0);
  });

  it('tells the portal beforehand, with the municipality’s own website', async () => {
    const profile = await resident().portal.municipality.get({ code: hitachi });
    expect(profile).toMatchObject({ name: '日立市', url: 'https://www.city.hitachi.lg.jp/', receives: { consultation: false, offer: false } });
    expect((await resident().portal.municipality.get({ code: tsuchiura }))?.receives).toEqual({ consultation: true, offer: true });
  });

  it('accepts 土浦市’s, and stops once its last receiving account is disabled', async () => {
    await expect(resident().portal.request.submitConsultation(request(tsuchiura))).resolves.toMatchObject({ reference: expect.stringMatching(/^\d{2}-/) as unknown });
    const disabled = await asSystem(h.t.db, (tx) => tx.user.updateManyAndReturn({ where: { municipalityCode: tsuchiura, disabledAt: null }, data: { disabledAt: new Date() }, select: { id: true } }));
    try {
      await expect(resident().portal.request.submitConsultation(request(tsuchiura))).rejects.toMatchObject({ appCode: 'NO_RECEIVER' });
    } finally {
      await asSystem(h.t.db, (tx) => tx.user.updateMany({ where: { id: { in: disabled.map((u) => u.id) } }, data: { disabledAt: null } }));
    }
  });
});
