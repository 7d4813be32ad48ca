import { authRouter } from './routers/auth.js';
import { portalRouter } from './routers/portal/index.js';
import { prefectureRouter } from './routers/prefecture/index.js';
import { staffRouter } from './routers/staff/index.js';
import { router } from './trpc.js';

export const appRouter = router({
  auth: authRouter,
  staff: staffRouter,
  prefecture: prefectureRouter,
  portal: portalRouter,
});

export type AppRouter = typeof appRouter;
