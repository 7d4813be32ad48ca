// Issue #9 / ADR 0019: every portal procedure runs as kasane_public, the role that reads published
// community rows and inserts portal requests and nothing else. Read from the router itself, so a
// new portal procedure built on publicProcedure (as kasane_app) fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/root.js';
import { portalScope } from '../src/trpc.js';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { allProcedures } from './support/procedures.js';

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { middlewares: unknown[] } }>;
const portalPaths = allProcedures().map((p) => p.path).filter((p) => p.startsWith('portal.'));

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

describe('the portal base procedure', () => {
  it('finds the portal procedures', () => {
    expect(portalPaths.length).toBeGreaterThanOrEqual(9);
  });

  it.each(portalPaths)('%s runs in the kasane_public scope', (path) => {
    const scope = (portalScope as unknown as { _middlewares: unknown[] })._middlewares;
    expect(scope.length).toBe(1);
    expect(procedures[path]?._def.middlewares).toContain(scope[0]);
  });

  it('a portal request is stored in the chosen municipality although the portal cannot read it back', async () => {
    const anonymous = h.anonymous({ ip: '10.8.0.1', cookies: { kasane_csrf: 'p' }, csrfHeader: 'p' });
    const receipt = await anonymous.portal.request.submitConsultation({ municipalityCode: '082031', anonymous: true, message: '相談したいことがあります。' });
    const stored = await h.t.db.prisma.portalRequest.findFirst({ where: { reference: receipt.reference }, select: { municipalityCode: true, status: true } });
    expect(stored).toEqual({ municipalityCode: '082031', status: 'new' });
  });

  it('shows published places of the chosen municipality only', async () => {
    const anonymous = h.anonymous();
    const { places } = await anonymous.portal.place.find({ municipalityCode: '082031' });
    const published = await h.t.db.prisma.communityPlace.count({ where: { municipalityCode: '082031', published: true } });
    expect(places.length).toBe(published);
  });
});
