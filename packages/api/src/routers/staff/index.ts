import { router } from '../../trpc.js';
import { staffHomeRouter, staffOrganisationRouter } from './home.js';
import { staffPersonRouter } from './person.js';

export const staffRouter = router({
  home: staffHomeRouter,
  organisation: staffOrganisationRouter,
  person: staffPersonRouter,
});
