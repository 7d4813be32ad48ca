import { forwardRef } from 'react';
import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldFrame, fieldAria, useFieldIds } from './field-frame.js';

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
  const ids = useFieldIds('select', id, hint, error);
  return (
    <FieldFrame ids={ids} label={label} required={required} hint={hint} error={error}>
      <select {...rest} ref={ref} id={ids.controlId} className={['kasane-select', className ?? ''].filter(Boolean).join(' ')} {...fieldAria(ids, required, error)}>
        {children}
      </select>
    </FieldFrame>
  );
});
