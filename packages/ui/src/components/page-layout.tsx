import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const mainId = 'main';

export function SkipLink() {
  const { t } = useTranslation('ui');
  return (
    <a className="kasane-skip-link" href={`#${mainId}`}>
      {t('skipToMain')}
    </a>
  );
}

export interface PageLayoutProps {
  header: ReactNode;
  /** The app's <nav> (or nothing, on the sign-in page). */
  nav?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}

/** Skip link, banner, navigation, main and footer landmarks in the order a keyboard reaches them. */
export function PageLayout({ header, nav, footer, children }: PageLayoutProps) {
  return (
    <div className="kasane-page">
      <SkipLink />
      {header}
      {nav}
      <main id={mainId} className="kasane-main" tabIndex={-1}>
        {children}
      </main>
      {footer ? (
        <footer className="kasane-footer">
          <div className="kasane-footer__inner">{footer}</div>
        </footer>
      ) : null}
    </div>
  );
}

export interface NavItem {
  key: string;
  label: ReactNode;
  /** Renders the link: apps pass their router's <Link>, so navigation stays client-side. */
  render: (props: { className?: string; children: ReactNode }) => ReactNode;
}

export interface NavGroup {
  key: string;
  label: ReactNode;
  items: readonly NavItem[];
}

/** The app's navigation: items, then groups of items each under its label (every link stays visible). */
export function SideNav({ label, items, groups = [] }: { label: string; items: readonly NavItem[]; groups?: readonly NavGroup[] }) {
  const shown = groups.filter((g) => g.items.length > 0);
  return (
    <nav className="kasane-nav" aria-label={label}>
      <div className="kasane-nav__inner">
        {items.length > 0 ? (
          <ul>
            {items.map((item) => (
              <li key={item.key}>{item.render({ children: item.label })}</li>
            ))}
          </ul>
        ) : null}
        {shown.map((group) => (
          <div key={group.key} className="kasane-nav__group">
            <p className="kasane-nav__group-label" id={`kasane-nav-${group.key}`}>
              {group.label}
            </p>
            <ul aria-labelledby={`kasane-nav-${group.key}`}>
              {group.items.map((item) => (
                <li key={item.key}>{item.render({ children: item.label })}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  );
}
