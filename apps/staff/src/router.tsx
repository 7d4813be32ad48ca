import { Outlet, createMemoryHistory, createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import type { RouterHistory } from '@tanstack/react-router';
import { safeRedirect, shellStep } from '@kasane/ui';
import type { Api } from './api.js';
import { HomePage } from './routes/home-page.js';
import { LoginPage } from './routes/login-page.js';
import { MfaPage, SecurityRoutePage } from './routes/mfa-page.js';
import { NotFoundPage } from './routes/not-found-page.js';
import { OrganisationsPage } from './routes/organisations-page.js';
import { PasswordPage } from './routes/password-page.js';
import { AccountsPage } from './routes/admin/accounts-page.js';
import { EmergencyReviewPage } from './routes/admin/emergency-review-page.js';
import { StaffLayout } from './routes/staff-layout.js';
import { CoordinationCasePage } from './routes/coordination/coordination-case-page.js';
import { isCaseTab } from './routes/coordination/case-tab.js';
import type { CaseTab } from './routes/coordination/case-tab.js';
import { CoordinationListPage } from './routes/coordination/coordination-list-page.js';
import { MeetingPage } from './routes/coordination/meeting-page.js';
import { MeetingsPage } from './routes/coordination/meetings-page.js';
import { MeetingTypesPage } from './routes/coordination/meeting-types-page.js';
import { OutreachListPage, OutreachPage } from './routes/coordination/outreach-pages.js';
import { ConsentPage } from './routes/intake/consent-page.js';
import { HouseholdPage } from './routes/intake/household-page.js';
import { IntakePage } from './routes/intake/intake-page.js';
import { MeetingPrintPage } from './routes/coordination/meeting-print-page.js';
import { ConsentPrintPage } from './routes/intake/print-pages.js';
import { OwnRecordPage } from './routes/forms/own-record-page.js';
import { CaseFormPage } from './routes/forms/case-forms-page.js';
import { AuditLogPage } from './routes/admin/audit-log-page.js';
import { ProtectionPage } from './routes/intake/protection-page.js';
import { SearchPage } from './routes/intake/search-page.js';
import { DirectoryImportPage } from './routes/community/import-page.js';
import { PlacesPage } from './routes/community/places-page.js';
import { OffersPage, PortalRequestsPage } from './routes/community/requests-page.js';
import { UnconfirmedPage } from './routes/community/unconfirmed-page.js';
import { ResourcesPage } from './routes/community/resources-page.js';
import { ParticipationPage } from './routes/community/participation-page.js';
import { WindowsPage } from './routes/community/windows-page.js';
import { CaseloadPage } from './routes/casework/caseload-page.js';
import { CaseTimelinePage, PersonTimelinePage } from './routes/casework/timeline-page.js';
import { StructurePage } from './routes/backoffice/structure-page.js';
import { GrantPage } from './routes/backoffice/grant-page.js';
import { AnnualReportPage } from './routes/backoffice/annual-report-page.js';
import { SurveyAnswerPage } from './routes/surveys/survey-answer-page.js';
import { SurveysPage } from './routes/surveys/surveys-page.js';
import { SupportEventsPage } from './routes/surveys/support-events-page.js';
import { ImplementationPlanPage } from './routes/backoffice/implementation-plan-page.js';

export interface RouterContext {
  api: Api;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

async function currentStaff(api: Api) {
  // Also sets the CSRF cookie when it is missing, before any mutation is sent.
  const session = await api.queryClient.ensureQueryData(api.trpc.auth.session.queryOptions());
  return session.actor?.kind === 'staff' ? session.actor : null;
}

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => (typeof search.redirect === 'string' ? { redirect: search.redirect } : {}),
  beforeLoad: async ({ context, search }) => {
    // TanStack Router's protocol: a thrown redirect object, not an Error.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (await currentStaff(context.api)) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: LoginPage,
});

/** The second factor after the password (ADR 0017), before anything else of the app. */
export const mfaRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mfa',
  beforeLoad: async ({ context }) => {
    const actor = await currentStaff(context.api);
    const step = context.api.queryClient.getQueryData(context.api.trpc.auth.session.queryKey())?.mfaStep;
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (!actor) throw redirect({ to: '/login' });
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (!step) throw redirect({ to: '/' });
    return { step };
  },
  component: MfaPage,
});

/** Everything below needs a signed-in staff member; anyone else goes to the sign-in page. */
const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  beforeLoad: async ({ context, location }) => {
    const actor = await currentStaff(context.api);
    const session = context.api.queryClient.getQueryData(context.api.trpc.auth.session.queryKey());
    // sign-in, then a second factor owed (ADR 0017), then an administrator's password replaced: the shared shell decides
    const step = shellStep(actor !== null, session, location);
    // TanStack Router's protocol: a thrown redirect object, not an Error.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (step || !actor) throw redirect(step ?? { to: '/login' });
    return { actor, mustChangePassword: session?.mustChangePassword ?? false };
  },
  component: StaffLayout,
});

export const homeRoute = createRoute({ getParentRoute: () => authedRoute, path: '/', component: HomePage });
export const organisationsRoute = createRoute({ getParentRoute: () => authedRoute, path: '/organisations', component: OrganisationsPage });
export const coordinationRoute = createRoute({ getParentRoute: () => authedRoute, path: '/coordination', component: CoordinationListPage });
export const coordinationCaseRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/coordination/$caseId',
  component: CoordinationCasePage,
  // the open tab is in the address, so Back returns to it and a link can open one
  validateSearch: (search: Record<string, unknown>): { tab?: CaseTab } => (isCaseTab(search.tab) ? { tab: search.tab } : {}),
});
export const meetingsRoute = createRoute({ getParentRoute: () => authedRoute, path: '/meetings', component: MeetingsPage });
export const meetingRoute = createRoute({ getParentRoute: () => authedRoute, path: '/meetings/$meetingId', component: MeetingPage });
export const meetingPrintRoute = createRoute({ getParentRoute: () => authedRoute, path: '/meetings/$meetingId/print', component: MeetingPrintPage });
export const meetingTypesRoute = createRoute({ getParentRoute: () => authedRoute, path: '/meeting-types', component: MeetingTypesPage });
export const outreachRoute = createRoute({ getParentRoute: () => authedRoute, path: '/outreach', component: OutreachListPage });
export const outreachSubjectRoute = createRoute({ getParentRoute: () => authedRoute, path: '/outreach/$outreachId', component: OutreachPage });
export const intakeRoute = createRoute({ getParentRoute: () => authedRoute, path: '/intake', component: IntakePage });
export const searchRoute = createRoute({ getParentRoute: () => authedRoute, path: '/search', component: SearchPage });
export const householdRoute = createRoute({ getParentRoute: () => authedRoute, path: '/households/$householdId', component: HouseholdPage });
export const personConsentsRoute = createRoute({ getParentRoute: () => authedRoute, path: '/persons/$personId/consents', component: ConsentPage });
export const personExportRoute = createRoute({ getParentRoute: () => authedRoute, path: '/persons/$personId/export', component: OwnRecordPage });
export const caseFormRoute = createRoute({ getParentRoute: () => authedRoute, path: '/cases/$caseId/forms/$form', component: CaseFormPage });
export const consentPrintRoute = createRoute({ getParentRoute: () => authedRoute, path: '/consents/$consentId/print', component: ConsentPrintPage });
export const protectionRoute = createRoute({ getParentRoute: () => authedRoute, path: '/protection', component: ProtectionPage });

export const placesRoute = createRoute({ getParentRoute: () => authedRoute, path: '/places', component: PlacesPage });
export const portalRequestsRoute = createRoute({ getParentRoute: () => authedRoute, path: '/portal-requests', component: PortalRequestsPage });
export const offersRoute = createRoute({ getParentRoute: () => authedRoute, path: '/offers', component: OffersPage });
export const unconfirmedRoute = createRoute({ getParentRoute: () => authedRoute, path: '/unconfirmed', component: UnconfirmedPage });
export const windowsRoute = createRoute({ getParentRoute: () => authedRoute, path: '/windows', component: WindowsPage });
export const resourcesRoute = createRoute({ getParentRoute: () => authedRoute, path: '/participation-resources', component: ResourcesPage });
export const participationRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/persons/$personId/participation',
  // the case the worker came from, so the match names it (「参加支援につなぐ」 on the case page)
  validateSearch: (search: Record<string, unknown>): { caseId?: string } => (typeof search.caseId === 'string' ? { caseId: search.caseId } : {}),
  component: ParticipationPage,
});
export const passwordRoute = createRoute({ getParentRoute: () => authedRoute, path: '/password', component: PasswordPage });
export const securityRoute = createRoute({ getParentRoute: () => authedRoute, path: '/security', component: SecurityRoutePage });
export const accountsRoute = createRoute({ getParentRoute: () => authedRoute, path: '/admin/accounts', component: AccountsPage });
export const implementationPlanRoute = createRoute({ getParentRoute: () => authedRoute, path: '/implementation-plan', component: ImplementationPlanPage });
export const structureRoute = createRoute({ getParentRoute: () => authedRoute, path: '/structure', component: StructurePage });
export const grantRoute = createRoute({ getParentRoute: () => authedRoute, path: '/grant', component: GrantPage });
export const annualReportRoute = createRoute({ getParentRoute: () => authedRoute, path: '/annual-report', component: AnnualReportPage });
export const surveysRoute = createRoute({ getParentRoute: () => authedRoute, path: '/surveys', component: SurveysPage });
export const surveyRoute = createRoute({ getParentRoute: () => authedRoute, path: '/surveys/$surveyId', component: SurveyAnswerPage });
export const supportEventsRoute = createRoute({ getParentRoute: () => authedRoute, path: '/support-events', component: SupportEventsPage });
export const auditLogRoute = createRoute({ getParentRoute: () => authedRoute, path: '/audit-log', component: AuditLogPage });
export const emergencyReviewRoute = createRoute({ getParentRoute: () => authedRoute, path: '/emergency-review', component: EmergencyReviewPage });
export const caseTimelineRoute = createRoute({ getParentRoute: () => authedRoute, path: '/cases/$caseId/timeline', component: CaseTimelinePage });
export const personTimelineRoute = createRoute({ getParentRoute: () => authedRoute, path: '/persons/$personId/timeline', component: PersonTimelinePage });
export const caseloadRoute = createRoute({ getParentRoute: () => authedRoute, path: '/caseload', component: CaseloadPage });
export const directoryImportRoute = createRoute({ getParentRoute: () => authedRoute, path: '/directory-import', component: DirectoryImportPage });

const routeTree = rootRoute.addChildren([loginRoute, mfaRoute, authedRoute.addChildren([securityRoute, homeRoute, organisationsRoute, coordinationRoute, coordinationCaseRoute, meetingsRoute, meetingRoute, meetingPrintRoute, meetingTypesRoute, outreachRoute, outreachSubjectRoute, intakeRoute, searchRoute, householdRoute, personConsentsRoute, personExportRoute, consentPrintRoute, protectionRoute, placesRoute, portalRequestsRoute, offersRoute, unconfirmedRoute, directoryImportRoute, windowsRoute, resourcesRoute, participationRoute, passwordRoute, accountsRoute, emergencyReviewRoute, auditLogRoute, caseTimelineRoute, personTimelineRoute, caseloadRoute, structureRoute, grantRoute, annualReportRoute, surveysRoute, surveyRoute, supportEventsRoute, implementationPlanRoute, caseFormRoute])]);

export function createAppRouter(api: Api, options: { history?: RouterHistory; initialPath?: string } = {}) {
  const history = options.history ?? (options.initialPath ? createMemoryHistory({ initialEntries: [options.initialPath] }) : undefined);
  const router = createRouter({
    routeTree,
    context: { api },
    basepath: '/staff',
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
