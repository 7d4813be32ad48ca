import { Outlet, createMemoryHistory, createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import type { RouterHistory } from '@tanstack/react-router';
import { safeRedirect, shellStep } from '@kasane/ui';
import type { Api } from './api.js';
import { DashboardPage } from './routes/dashboard-page.js';
import { LoginPage } from './routes/login-page.js';
import { MfaPage, SecurityRoutePage } from './routes/mfa-page.js';
import { NotFoundPage } from './routes/not-found-page.js';
import { PasswordPage } from './routes/password-page.js';
import { PrefectureLayout } from './routes/prefecture-layout.js';
import { StatisticsPage } from './routes/backoffice/statistics-page.js';
import { GrantTotalsPage } from './routes/backoffice/grant-totals-page.js';
import { ComparePage } from './routes/backoffice/compare-page.js';
import { ContactsPage } from './routes/backoffice/contacts-page.js';
import { CalendarPage } from './routes/surveys/calendar-page.js';
import { SurveyBuilderPage } from './routes/surveys/survey-builder-page.js';
import { SurveyPage } from './routes/surveys/survey-page.js';
import { SurveysPage } from './routes/surveys/surveys-page.js';
import { MapPage } from './routes/map/map-page.js';

export interface RouterContext {
  api: Api;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

async function currentOfficial(api: Api) {
  // Also sets the CSRF cookie when it is missing, before any mutation is sent.
  const session = await api.queryClient.ensureQueryData(api.trpc.auth.session.queryOptions());
  return session.actor?.kind === 'prefecture' ? session.actor : null;
}

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => (typeof search.redirect === 'string' ? { redirect: search.redirect } : {}),
  beforeLoad: async ({ context, search }) => {
    // TanStack Router's protocol: a thrown redirect object, not an Error.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (await currentOfficial(context.api)) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: LoginPage,
});

/** The second factor after the password (ADR 0017), before anything else of the app. */
export const mfaRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mfa',
  beforeLoad: async ({ context }) => {
    const actor = await currentOfficial(context.api);
    const step = context.api.queryClient.getQueryData(context.api.trpc.auth.session.queryKey())?.mfaStep;
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (!actor) throw redirect({ to: '/login' });
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (!step) throw redirect({ to: '/' });
    return { step };
  },
  component: MfaPage,
});

/** Everything below needs a signed-in prefectural official; anyone else goes to the sign-in page. */
const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  beforeLoad: async ({ context, location }) => {
    const actor = await currentOfficial(context.api);
    const session = context.api.queryClient.getQueryData(context.api.trpc.auth.session.queryKey());
    // sign-in, then a second factor owed (ADR 0017), then an administrator's password replaced: the shared shell decides
    const step = shellStep(actor !== null, session, location);
    // TanStack Router's protocol: a thrown redirect object, not an Error.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (step || !actor) throw redirect(step ?? { to: '/login' });
    return { actor, mustChangePassword: session?.mustChangePassword ?? false };
  },
  component: PrefectureLayout,
});

export const dashboardRoute = createRoute({ getParentRoute: () => authedRoute, path: '/', component: DashboardPage });
export const statisticsRoute = createRoute({ getParentRoute: () => authedRoute, path: '/statistics', component: StatisticsPage });
export const grantRoute = createRoute({ getParentRoute: () => authedRoute, path: '/grant', component: GrantTotalsPage });
export const compareRoute = createRoute({ getParentRoute: () => authedRoute, path: '/compare', component: ComparePage });
export const mapRoute = createRoute({ getParentRoute: () => authedRoute, path: '/map', component: MapPage });
export const contactsRoute = createRoute({ getParentRoute: () => authedRoute, path: '/contacts', component: ContactsPage });
export const passwordRoute = createRoute({ getParentRoute: () => authedRoute, path: '/password', component: PasswordPage });
export const securityRoute = createRoute({ getParentRoute: () => authedRoute, path: '/security', component: SecurityRoutePage });
export const surveysRoute = createRoute({ getParentRoute: () => authedRoute, path: '/surveys', component: SurveysPage });
export const surveyNewRoute = createRoute({ getParentRoute: () => authedRoute, path: '/surveys/new', component: SurveyBuilderPage });
export const surveyRoute = createRoute({ getParentRoute: () => authedRoute, path: '/surveys/$surveyId', component: SurveyPage });
export const calendarRoute = createRoute({ getParentRoute: () => authedRoute, path: '/calendar', component: CalendarPage });

const routeTree = rootRoute.addChildren([loginRoute, mfaRoute, authedRoute.addChildren([securityRoute, dashboardRoute, passwordRoute, statisticsRoute, grantRoute, compareRoute, contactsRoute, surveysRoute, surveyNewRoute, surveyRoute, calendarRoute, mapRoute])]);

export function createAppRouter(api: Api, options: { history?: RouterHistory; initialPath?: string } = {}) {
  const history = options.history ?? (options.initialPath ? createMemoryHistory({ initialEntries: [options.initialPath] }) : undefined);
  const router = createRouter({
    routeTree,
    context: { api },
    basepath: '/prefecture',
    ...(history ? { history } : {}),
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
  api.setOnUnauthenticated(() => {
    api.queryClient.clear();
    const here = router.state.location.href;
    if (!here.startsWith('/login')) void router.navigate({ to: '/login', search: { redirect: here } });
  });
  return router;
}

export type AppRouterInstance = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouterInstance;
  }
}
