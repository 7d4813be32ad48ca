import type { ReactNode } from 'react';
import { SkipLink, mainId } from '../components/page-layout.js';

/**
 * The staff app's page (ADR 0030): banner, then the grouped menu beside the content on wide screens (stacked
 * above it on narrow ones), then the footer. In the shell subpath so the portal's first load never carries it.
 */
export function SidebarPageLayout({ header, nav, footer, children }: { header: ReactNode; nav: ReactNode; footer?: ReactNode; children: ReactNode }) {
  return (
    <div className="kasane-page kasane-page--sidebar">
      <SkipLink />
      {header}
      <div className="kasane-body">
        {nav}
        <main id={mainId} className="kasane-main" tabIndex={-1}>
          {children}
        </main>
      </div>
      {footer ? (
        <footer className="kasane-footer">
          <div className="kasane-footer__inner">{footer}</div>
        </footer>
      ) : null}
    </div>
  );
}
