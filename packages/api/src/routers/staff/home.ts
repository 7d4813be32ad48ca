import { getStaffHome, listMunicipalOrganisations } from '../../services/staff-home-service.js';
import { router, staffProcedure } from '../../trpc.js';

export const staffHomeRouter = router({
  get: staffProcedure.query(({ ctx }) => getStaffHome(ctx.tx, ctx.actor)),
});

export const staffOrganisationRouter = router({
  find: staffProcedure.query(({ ctx }) => listMunicipalOrganisations(ctx.tx, ctx.actor)),
});
