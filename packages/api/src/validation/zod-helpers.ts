import { z } from 'zod';
import { checkPublicText, dateRangeMessages, isSupportedInstant, isoDateSchema } from '@kasane/domain';

// The shared field schemas for text and dates (ADR 0013). The input guard in trpc.ts already refuses
// NUL, lone surrogates, bidi controls and out-of-range Dates anywhere in an input; these say so again
// at the field, with the field's own message, for the refusals only a schema can judge (length,
// other control characters, a date string that is not a real date between 1900 and 2100).

/** Free text, trimmed: control characters, bidi and invisible characters refused; at most `max` characters. */
export const safeText = (max: number, options: { required?: string; tooLong?: string } = {}) =>
  z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      if (options.required !== undefined && v === '') {
        ctx.addIssue({ code: 'custom', message: options.required });
        return;
      }
      const r = checkPublicText(v, { max });
      if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error.details?.problem === 'too_long' && options.tooLong ? options.tooLong : r.error.message });
    });

/** An ISO calendar date, YYYY-MM-DD, that exists and lies in 1900–2100. */
export const isoDate = (formatMessage?: string) => isoDateSchema(formatMessage);

/** A point in time (a Date, or with `coerce` an ISO string too) in 1900–2100. */
export const instant = (options: { message?: string; coerce?: boolean } = {}) => {
  const message = options.message ?? dateRangeMessages.instant;
  const base = options.coerce ? z.coerce.date({ error: message }) : z.date({ error: message });
  return base.refine(isSupportedInstant, dateRangeMessages.instantRange);
};
