import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

let firstRender = true;

export interface PageHeadingProps {
  children: ReactNode;
  /** The document title's page part; the app name is appended. */
  title: string;
  appName: string;
}

/**
 * The page's <h1>: sets the document title (WCAG 2.4.2) and, after client-side navigation,
 * takes focus so a screen reader announces the new page instead of staying on the old link.
 */
export function PageHeading({ children, title, appName }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title}｜${appName}`;
  }, [title, appName]);
  useEffect(() => {
    if (firstRender) {
      firstRender = false;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
