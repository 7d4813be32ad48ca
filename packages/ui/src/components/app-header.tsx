import type { ReactNode } from 'react';

export interface AppHeaderProps {
  /** The product and app name, usually a link to the app's home. */
  brand: ReactNode;
  /** Where the user works: 茨城県 土浦市 ／ 土浦市社会福祉協議会 */
  context?: ReactNode;
  /** Language switch, quick exit, user menu … */
  tools?: ReactNode;
}

export function AppHeader({ brand, context, tools }: AppHeaderProps) {
  return (
    <header className="kasane-header">
      <div className="kasane-header__inner">
        <div className="kasane-header__brand">
          <span className="kasane-header__app">{brand}</span>
          {context ? <span className="kasane-header__context">{context}</span> : null}
        </div>
        {tools ? <div className="kasane-header__tools">{tools}</div> : null}
      </div>
    </header>
  );
}
