// Small form pieces shared by the 多機関協働, meeting and アウトリーチ screens: a zod resolver for
// react-hook-form, and the server's refusal shown as is. (The labelled textarea is @kasane/ui's TextAreaField.)
import { useTranslation } from 'react-i18next';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { Alert, Button, appErrorOf, errorText } from '@kasane/ui';

/** react-hook-form ⇄ zod: each issue's Japanese message lands beside its field. */
export function zodResolver<T extends FieldValues>(schema: z.ZodType<T>): Resolver<T> {
  return async (values) => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.join('.');
      errors[key] ??= { type: issue.code, message: issue.message };
    }
    // react-hook-form reads nested paths from a nested object
    const nested: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(errors)) {
      const parts = key.split('.');
      let node = nested;
      parts.forEach((part, i) => {
        if (i === parts.length - 1) node[part] = value;
        else node = (node[part] ??= {}) as Record<string, unknown>;
      });
    }
    return { values: {}, errors: nested as FieldErrors<T> };
  };
}

/** The server's refusal, in its own Japanese words (consent missing, undertaking missing, conflict …). */
export function ActionError({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation('staff');
  const { t: tu } = useTranslation('ui');
  if (!error) return null;
  // A colleague saved first (optimistic concurrency): nothing was overwritten; the worker reloads on purpose,
  // so their own unsaved input is not thrown away behind their back.
  const conflict = appErrorOf(error).code === 'CONFLICT';
  return (
    <Alert tone="error" title={t('coordination.refused')}>
      <p>{errorText(error, tu)}</p>
      {conflict && onReload ? (
        <Button variant="secondary" size="small" onClick={onReload}>
          {t('coordination.reload')}
        </Button>
      ) : null}
    </Alert>
  );
}

export const fieldError = (error: { message?: string | undefined } | undefined): string | undefined => error?.message;

/** A form's submit button and the button that closes the form without saving. */
export function SubmitCancel({ label, busy, onCancel }: { label: string; busy: boolean; onCancel: () => void }) {
  const { t } = useTranslation('staff');
  return (
    <div className="staff-buttons">
      <Button type="submit" busy={busy}>
        {label}
      </Button>
      <Button variant="secondary" onClick={onCancel}>
        {t('caseDecision.cancel')}
      </Button>
    </div>
  );
}
