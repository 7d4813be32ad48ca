import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { AnchorHTMLAttributes, ReactNode } from 'react';

// The portal has a handful of pages: a few lines of History API instead of a router library
// keep its first load small. It leaves no back-history of its own (see navigate).
export const portalPaths = { home: '/', accessibility: '/accessibility', windows: '/windows', places: '/places', request: '/request', offer: '/offer', openData: '/open-data' } as const;

/** /places/<id>: the detail page of one place. */
export const placePath = (id: string): string => `${portalPaths.places}/${encodeURIComponent(id)}`;

interface Navigation {
  path: string;
  navigate: (to: string) => void;
}

const NavigationContext = createContext<Navigation>({ path: '/', navigate: () => undefined });

export function NavigationProvider({ children, initialPath }: { children: ReactNode; initialPath?: string }) {
  const [path, setPath] = useState(initialPath ?? (typeof window === 'undefined' ? '/' : window.location.pathname));
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  // replaceState, not pushState: the tab keeps one entry for the portal, so after 「すぐに閉じる」
  // (which replaces that entry) Back cannot bring any of its pages back (issue #12 item 7).
  const navigate = useCallback((to: string) => {
    window.history.replaceState(null, '', to);
    setPath(to);
    window.scrollTo(0, 0);
  }, []);
  return <NavigationContext.Provider value={{ path, navigate }}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}

/** An ordinary link (works without JS, opens in a new tab) that navigates in place on a plain click. */
export function PortalLink({ to, children, ...rest }: { to: string; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const { path, navigate } = useNavigation();
  return (
    <a
      {...rest}
      href={to}
      aria-current={path === to ? 'page' : undefined}
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
