// Issue #9: the portal's request limit counts accepted requests only — five typos do not lock a
// resident out of the form — and still stops a flood of real submissions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { portalRequestLimits } from '../src/services/community/portal-request-service.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

const from = (ip: string) => h.anonymous({ ip, cookies: { kasane_csrf: 'p' }, csrfHeader: 'p' });
const request = (message: string) => ({ municipalityCode: '082031', anonymous: true, message });

describe('portal request limit', () => {
  it('refused (invalid) submissions do not use up the limit', async () => {
    for (let i = 0; i < portalRequestLimits.points + 2; i++) {
      await expect(from('10.9.0.1').portal.request.submitConsultation(request(''))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    await expect(from('10.9.0.1').portal.request.submitConsultation(request('相談したいことがあります。'))).resolves.toMatchObject({ reference: expect.stringMatching(/^\d{2}-/) as unknown });
  });

  it('accepted submissions beyond the limit are refused with the time to wait', async () => {
    for (let i = 0; i < portalRequestLimits.points; i++) await from('10.9.0.2').portal.request.submitConsultation(request(`相談 ${i}`));
    await expect(from('10.9.0.2').portal.request.submitConsultation(request('もう一件'))).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    // another address is not affected
    await expect(from('10.9.0.3').portal.request.submitConsultation(request('別の住民'))).resolves.toBeTruthy();
  });
});
