// The title block of a screen: heading (h1), one-line description and the screen's main actions.
import type { ReactNode } from 'react';

export const SCREEN_TITLE_ID = 'screen-title';

export function ScreenHeader({ title, description, children }: { title: string; description: string; children?: ReactNode }) {
  return (
    <header className="screen-header">
      <div className="screen-header__text">
        <h1 id={SCREEN_TITLE_ID} className="screen-header__title">
          {title}
        </h1>
        <p className="screen-header__description">{description}</p>
      </div>
      {children ? <div className="screen-header__actions">{children}</div> : null}
    </header>
  );
}
