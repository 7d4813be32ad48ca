import { forwardRef, useId } from 'react';
import type { ReactNode, SelectHTMLAttributes } from 'react';
import { RequiredBadge } from './badge.js';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required'> {
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  id?: string;
  children: ReactNode;
}

/** A labelled native <select>: the most robust choice for keyboards, phones and screen readers. */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField({ label, required = false, hint, error, id, className, children, ...rest }, ref) {
  const generated = useId();
  const selectId = id ?? `select-${generated}`;
  const hintId = hint ? `${selectId}-hint` : undefined;
  const errorId = error ? `${selectId}-error` : undefined;
  return (
    <div className="kasane-field">
      <label className="kasane-field__label" htmlFor={selectId}>
        <span>{label}</span>
        {required ? <RequiredBadge /> : null}
      </label>
      {hint ? (
        <p className="kasane-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <select
        {...rest}
        ref={ref}
        id={selectId}
        className={['kasane-select', className ?? ''].filter(Boolean).join(' ')}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      >
        {children}
      </select>
      {error ? (
        <p className="kasane-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
});
