import { useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

export interface TabItem<K extends string> {
  id: K;
  label: string;
}

export interface TabsProps<K extends string> {
  /** names the tab list for screen readers */
  label: string;
  tabs: readonly TabItem<K>[];
  active: K;
  onChange: (id: K) => void;
  /** the active tab's content only */
  children: ReactNode;
}

/** WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between tabs and select them. */
export function Tabs<K extends string>({ label, tabs, active, onChange, children }: TabsProps<K>) {
  const base = useId();
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const tabId = (id: K) => `${base}-tab-${id}`;
  const panelId = `${base}-panel`;
  const move = (ev: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const to = ev.key === 'ArrowRight' ? (index === last ? 0 : index + 1) : ev.key === 'ArrowLeft' ? (index === 0 ? last : index - 1) : ev.key === 'Home' ? 0 : ev.key === 'End' ? last : null;
    const next = to === null ? undefined : tabs[to];
    if (!next) return;
    ev.preventDefault();
    onChange(next.id);
    refs.current.get(next.id)?.focus();
  };
  return (
    <div className="kasane-tabs">
      <div role="tablist" aria-label={label} className="kasane-tabs__list">
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
              else refs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            aria-selected={tab.id === active}
            aria-controls={panelId}
            tabIndex={tab.id === active ? 0 : -1}
            className="kasane-tabs__tab"
            onClick={() => onChange(tab.id)}
            onKeyDown={(ev) => move(ev, i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(active)} tabIndex={0} className="kasane-tabs__panel">
        {children}
      </div>
    </div>
  );
}
