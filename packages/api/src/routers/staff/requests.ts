import { z } from 'zod';
import { closePortalRequest, convertToConsultation, findPortalRequests, getPortalRequestForStaff } from '../../services/community/portal-request-service.js';
import { router, staffProcedure } from '../../trpc.js';

// Requests from the portal: consultation requests land in the intake queue (相談受付), offers and
// ideas (住民の「やりたい」) in the community coordinator's queue.
const intakeStaff = staffProcedure.meta({ capability: 'portalRequests.consultations' });
const communityStaff = staffProcedure.meta({ capability: 'portalRequests.offers' });

export const staffPortalRequestRouter = router({
  findConsultations: intakeStaff.input(z.object({ includeHandled: z.boolean().default(false) }).optional()).query(({ ctx, input }) => findPortalRequests(ctx.tx, ctx.actor, { kind: 'consultation', includeHandled: input?.includeHandled ?? false })),
  findOffers: communityStaff.input(z.object({ includeHandled: z.boolean().default(false) }).optional()).query(({ ctx, input }) => findPortalRequests(ctx.tx, ctx.actor, { kind: 'offer', includeHandled: input?.includeHandled ?? false })),
  get: staffProcedure.meta({ capability: 'portalRequests.read' }).input(z.object({ id: z.uuid() })).query(({ ctx, input }) => getPortalRequestForStaff(ctx.tx, ctx.actor, input.id)),
  /** 「相談受付にする」 */
  convertToConsultation: intakeStaff.input(z.object({ id: z.uuid() })).mutation(({ ctx, input }) => convertToConsultation(ctx.tx, ctx.actor, input.id, ctx.deps.now())),
  close: communityStaff.input(z.object({ id: z.uuid() })).mutation(({ ctx, input }) => closePortalRequest(ctx.tx, ctx.actor, input.id, ctx.deps.now())),
});
