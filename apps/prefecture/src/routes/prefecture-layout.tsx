import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AppHeader, PageLayout, SideNav, UserMenu } from '@kasane/ui';
import type { NavItem } from '@kasane/ui';
import { useTrpc } from '../api.js';

// The prefecture app has one role (prefectural_official); its label is part of the UI text.
const roleLabelKey = 'roleLabel';

export function PrefectureLayout() {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const { actor, mustChangePassword } = useRouteContext({ from: '/authed' });
  // the API opens nothing but the password change until then
  const overview = useQuery(trpc.prefecture.municipality.find.queryOptions(undefined, { enabled: !mustChangePassword }));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: async () => {
        queryClient.clear();
        await navigate({ to: '/login', replace: true });
      },
    }),
  );

  const pages = [
    ['municipalities', '/'],
    ['map', '/map'],
    ['statistics', '/statistics'],
    ['grant', '/grant'],
    ['compare', '/compare'],
    ['contacts', '/contacts'],
    ['surveys', '/surveys'],
    ['calendar', '/calendar'],
  ] as const;
  const navItems: NavItem[] = pages.map(([key, to]) => ({
    key,
    label: t(`nav.${key}`),
    render: ({ children }) => (
      <Link to={to} activeOptions={{ exact: to === '/' }} activeProps={{ 'aria-current': 'page' }}>
        {children}
      </Link>
    ),
  }));

  return (
    <PageLayout
      header={
        <AppHeader
          brand={
            <Link to="/" className="kasane-header__app">
              {t('appName')}
            </Link>
          }
          context={overview.data ? t('headerContext', { prefecture: overview.data.prefecture.name, subtitle: t('appSubtitle') }) : t('appSubtitle')}
          tools={
            <UserMenu
              displayName={actor.displayName}
              roleLabel={t(roleLabelKey)}
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
      nav={<SideNav label={t('nav.label')} items={navItems} />}
      footer={t('footer')}
    >
      <Outlet />
    </PageLayout>
  );
}
