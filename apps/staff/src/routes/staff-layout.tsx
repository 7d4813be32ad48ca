import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AppHeader, SideNav, UserMenu } from '@kasane/ui';
import { SidebarPageLayout } from '@kasane/ui/shell';
import type { NavGroup, NavItem } from '@kasane/ui';
import { staffAreaGroupOf, staffAreaGroups } from '@kasane/domain';
import type { StaffArea } from '@kasane/domain';
import { useTrpc } from '../api.js';

/** Header, navigation and footer around every signed-in screen. */
export function StaffLayout() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const { actor, mustChangePassword } = useRouteContext({ from: '/authed' });
  // the API opens nothing but the password change until then
  const home = useQuery(trpc.staff.home.get.queryOptions(undefined, { enabled: !mustChangePassword }));
  // loaded before any signed-in screen (router beforeLoad), so the menu does not jump
  const session = useQuery(trpc.auth.session.queryOptions());
  const areas = session.data?.staffAreas ?? ['home'];
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: async () => {
        // Signed out or already expired: either way this browser forgets everything it showed.
        queryClient.clear();
        await navigate({ to: '/login', replace: true });
      },
    }),
  );

  // Each area's path and label. Which areas a role sees, and their order, come from the session, derived
  // from the permission table (packages/domain permissions.ts / staff-areas.ts); a new area fails to compile here.
  const menu: Readonly<Record<StaffArea, readonly [to: string, label: string]>> = {
    home: ['/', t('nav.home')],
    organisations: ['/organisations', t('nav.organisations')],
    intake: ['/intake', t('intake.nav')],
    search: ['/search', t('search.nav')],
    protection: ['/protection', t('protection.nav')],
    portalRequests: ['/portal-requests', t('portalRequests.nav')],
    places: ['/places', t('places.nav')],
    offers: ['/offers', t('offers.nav')],
    windows: ['/windows', t('windows.nav')],
    resources: ['/participation-resources', t('resources.nav')],
    unconfirmed: ['/unconfirmed', t('unconfirmed.nav')],
    directoryImport: ['/directory-import', t('directoryImport.nav')],
    coordination: ['/coordination', t('coordination.nav')],
    meetings: ['/meetings', t('meetings.nav')],
    outreach: ['/outreach', t('outreach.nav')],
    // SPEC §4: the municipality's own meeting types; its administrator keeps them (others reach the list from 会議).
    meetingTypes: ['/meeting-types', t('meetingTypes.nav')],
    accounts: ['/admin/accounts', t('accounts.nav')],
    auditLog: ['/audit-log', t('auditLog.nav')],
    // C3: emergency reads wait here for the administrator's or the auditor's review
    emergencyReview: ['/emergency-review', t('emergencyReview.nav')],
    structure: ['/structure', t('structure.nav')],
    grant: ['/grant', t('grant.nav')],
    annualReport: ['/annual-report', t('annualReport.nav')],
    implementationPlan: ['/implementation-plan', t('plan.nav')],
    surveys: ['/surveys', t('surveys.nav')],
    supportEvents: ['/support-events', t('supportEvents.nav')],
  };
  // 保護の実施機関への連絡 only at the public assistance office itself (the API refuses the queue elsewhere).
  const shownAreas = areas.filter((key) => key !== 'protection' || home.data?.organisation.isPublicAssistanceOffice);
  const navItem = (key: StaffArea): NavItem => {
      const [to, label] = menu[key];
      return {
        key,
        label,
        render: ({ children }) => (
          <Link to={to} activeOptions={{ exact: to === '/' }} activeProps={{ 'aria-current': 'page' }}>
            {children}
          </Link>
        ),
      };
  };
  // the groups (相談・ケース／会議／地域づくり／管理) come from the domain, like the areas themselves
  const navItems = shownAreas.filter((key) => staffAreaGroupOf[key] === null).map(navItem);
  const navGroups = staffAreaGroups.map((group): NavGroup => ({ key: group, label: t(`nav.groups.${group}`), items: shownAreas.filter((key) => staffAreaGroupOf[key] === group).map(navItem) }));

  const context = home.data
    ? t('header.context', { prefecture: home.data.municipality.prefectureName, municipality: home.data.municipality.name, organisation: home.data.organisation.name })
    : t('appSubtitle');

  return (
    <SidebarPageLayout
      header={
        <AppHeader
          brand={
            <Link to="/" className="kasane-header__app">
              {t('appName')}
            </Link>
          }
          context={context}
          tools={
            <UserMenu
              displayName={actor.displayName}
              roleLabel={home.data?.user.roleLabel}
              loggingOut={logout.isPending}
              onLogout={() => logout.mutate()}
              links={
                <>
                  <Link to="/security" className="kasane-user-menu__link">
                    {t('securityLink', { ns: 'mfa' })}
                  </Link>
                  <Link to="/password" className="kasane-user-menu__link">
                    {t('password.link')}
                  </Link>
                </>
              }
            />
          }
        />
      }
      nav={<SideNav label={t('nav.label')} items={navItems} groups={navGroups} />}
      footer={t('footer')}
    >
      <Outlet />
    </SidebarPageLayout>
  );
}
