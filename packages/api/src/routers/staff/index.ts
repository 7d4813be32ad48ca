import { router } from '../../trpc.js';
import { staffHomeRouter, staffOrganisationRouter } from './home.js';

export const staffRouter = router({
  home: staffHomeRouter,
  organisation: staffOrganisationRouter,
});
