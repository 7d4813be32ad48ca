import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AppHeader, PageLayout, SideNav, UserMenu } from '@kasane/ui';
import type { NavItem } from '@kasane/ui';
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
  const areas = new Set<string>(session.data?.staffAreas ?? ['home']);
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

  const allNavItems: NavItem[] = [
    {
      key: 'home',
      label: t('nav.home'),
      render: ({ children }) => (
        <Link to="/" activeOptions={{ exact: true }} activeProps={{ 'aria-current': 'page' }}>
          {children}
        </Link>
      ),
    },
    {
      key: 'organisations',
      label: t('nav.organisations'),
      render: ({ children }) => (
        <Link to="/organisations" activeProps={{ 'aria-current': 'page' }}>
          {children}
        </Link>
      ),
    },
    ...(['intake', 'search', ...(home.data?.organisation.isPublicAssistanceOffice ? (['protection'] as const) : [])] as const).map(
      (key): NavItem => ({
        key,
        label: t(`${key}.nav`),
        render: ({ children }) => (
          <Link to={`/${key}`} activeProps={{ 'aria-current': 'page' }}>
            {children}
          </Link>
        ),
      }),
    ),
    ...([
      ['portalRequests', '/portal-requests'],
      ['places', '/places'],
      ['offers', '/offers'],
      ['windows', '/windows'],
      ['resources', '/participation-resources'],
      ['unconfirmed', '/unconfirmed'],
      ['directoryImport', '/directory-import'],
    ] as const).map(
      ([key, to]): NavItem => ({
        key,
        label: t(`${key}.nav`),
        render: ({ children }) => (
          <Link to={to} activeProps={{ 'aria-current': 'page' }}>
            {children}
          </Link>
        ),
      }),
    ),
    ...(['coordination', 'meetings', 'outreach'] as const).map(
      (key): NavItem => ({
        key,
        label: t(`${key}.nav`),
        render: ({ children }) => (
          <Link to={`/${key}`} activeProps={{ 'aria-current': 'page' }}>
            {children}
          </Link>
        ),
      }),
    ),
    // SPEC §4: the municipality's own meeting types; its administrator keeps them (others reach the list from 会議).
    {
      key: 'meetingTypes',
      label: t('meetingTypes.nav'),
      render: ({ children }) => (
        <Link to="/meeting-types" activeProps={{ 'aria-current': 'page' }}>
          {children}
        </Link>
      ),
    },
    {
      key: 'accounts',
      label: t('accounts.nav'),
      render: ({ children }) => (
        <Link to="/admin/accounts" activeProps={{ 'aria-current': 'page' }}>
          {children}
        </Link>
      ),
    },
  ];
  const navItems = allNavItems.filter((item) => areas.has(item.key));

  const context = home.data
    ? t('header.context', { prefecture: home.data.municipality.prefectureName, municipality: home.data.municipality.name, organisation: home.data.organisation.name })
    : t('appSubtitle');

  return (
    <PageLayout
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
                <Link to="/password" className="kasane-user-menu__link">
                  {t('password.link')}
                </Link>
              }
            />
          }
        />
      }
      nav={<SideNav label={t('nav.label')} items={navItems} />}
      footer={t('footer')}
    >
      <Outlet />
    </PageLayout>
  );
}
