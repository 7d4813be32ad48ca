// What every labelled control shares: the label (with 必須), the hint and the error beside it, and
// the ids that tie them to the control (JIS X 8341-3: 1.3.1, 3.3.1, 3.3.2).
import { useId } from 'react';
import type { ReactNode } from 'react';
import { RequiredBadge } from './badge.js';

export interface FieldIds {
  controlId: string;
  hintId: string | undefined;
  errorId: string | undefined;
}

export function useFieldIds(prefix: string, id: string | undefined, hint: ReactNode, error: string | undefined): FieldIds {
  const generated = useId();
  const controlId = id ?? `${prefix}-${generated}`;
  return { controlId, hintId: hint ? `${controlId}-hint` : undefined, errorId: error ? `${controlId}-error` : undefined };
}

/** The aria attributes of the control itself. */
export function fieldAria(ids: FieldIds, required: boolean, error: string | undefined) {
  return {
    'aria-required': required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [ids.hintId, ids.errorId].filter(Boolean).join(' ') || undefined,
  } as const;
}

export function FieldFrame({ ids, label, required, hint, error, children }: { ids: FieldIds; label: ReactNode; required: boolean; hint: ReactNode; error: string | undefined; children: ReactNode }) {
  return (
    <div className="kasane-field">
      <label className="kasane-field__label" htmlFor={ids.controlId}>
        <span>{label}</span>
        {required ? <RequiredBadge /> : null}
      </label>
      {hint ? (
        <p className="kasane-field__hint" id={ids.hintId}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="kasane-field__error" id={ids.errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
