import { getStaffHome, listMunicipalOrganisations } from '../../services/staff-home-service.js';
import { router, staffProcedure } from '../../trpc.js';

export const staffHomeRouter = router({
  get: staffProcedure.meta({ capability: 'home' }).query(({ ctx }) => getStaffHome(ctx.tx, ctx.actor)),
});

export const staffOrganisationRouter = router({
  find: staffProcedure.meta({ capability: 'organisations.read' }).query(({ ctx }) => listMunicipalOrganisations(ctx.tx, ctx.actor)),
});
