import { forwardRef } from 'react';
import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldFrame, fieldAria, useFieldIds } from './field-frame.js';

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
  const ids = useFieldIds('field', id, hint, error);
  return (
    <FieldFrame ids={ids} label={label} required={required} hint={hint} error={error}>
      <input {...rest} ref={ref} id={ids.controlId} className={['kasane-field__input', className ?? ''].filter(Boolean).join(' ')} {...fieldAria(ids, required, error)} />
    </FieldFrame>
  );
});
