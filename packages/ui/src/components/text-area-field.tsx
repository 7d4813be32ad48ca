import { forwardRef } from 'react';
import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldFrame, fieldAria, useFieldIds } from './field-frame.js';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'> {
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  id?: string;
}

/** A labelled multi-line text with its hint and its error beside it. */
export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(function TextAreaField({ label, required = false, hint, error, id, className, ...rest }, ref) {
  const ids = useFieldIds('area', id, hint, error);
  return (
    <FieldFrame ids={ids} label={label} required={required} hint={hint} error={error}>
      <textarea {...rest} ref={ref} id={ids.controlId} rows={rest.rows ?? 4} className={['kasane-field__input kasane-textarea', className ?? ''].filter(Boolean).join(' ')} {...fieldAria(ids, required, error)} />
    </FieldFrame>
  );
});
