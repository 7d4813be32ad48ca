import { forwardRef, useId } from 'react';
import type { InputHTMLAttributes, ReactNode } from 'react';
import { RequiredBadge } from './badge.js';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'> {
  label: ReactNode;
  /** Shows the 必須 badge and sets aria-required; validation itself belongs to the form. */
  required?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  id?: string;
}

/** A labelled input with its hint and its error beside it (JIS X 8341-3: 3.3.1, 3.3.2). */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField({ label, required = false, hint, error, id, className, ...rest }, ref) {
  const generated = useId();
  const inputId = id ?? `field-${generated}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="kasane-field">
      <label className="kasane-field__label" htmlFor={inputId}>
        <span>{label}</span>
        {required ? <RequiredBadge /> : null}
      </label>
      {hint ? (
        <p className="kasane-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        {...rest}
        ref={ref}
        id={inputId}
        className={['kasane-field__input', className ?? ''].filter(Boolean).join(' ')}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error ? (
        <p className="kasane-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
});
