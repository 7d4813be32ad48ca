// The activity schedule editor (issue #5): any number of rules — 毎週, 隔週, 毎月 第n週, 不定期の日付 —
// each added or removed with a button, validated beside its fields with react-hook-form + zod.
import { useFieldArray } from 'react-hook-form';
import type { Control, FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { Button, SelectField, TextField } from '@kasane/ui';

export const dayLabels = { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' } as const;
export type Day = keyof typeof dayLabels;
export const frequencies = ['weekly', 'alternate_weeks', 'monthly_nth', 'dates'] as const;
export type Frequency = (typeof frequencies)[number];
type Period = 'morning' | 'afternoon' | 'evening';

/** One rule as typed in the form (strings; converted by toRule). */
export interface RuleValues {
  frequency: Frequency;
  days: Day[];
  nth: string;
  anchorDate: string;
  dates: string;
  start: string;
  end: string;
  period: '' | Period;
  note: string;
}

/** A rule as the API takes it (ZScheduleRule of @kasane/domain). */
export interface ScheduleRule {
  frequency: Frequency;
  days: Day[];
  nth?: number[] | undefined;
  anchorDate?: string | undefined;
  dates?: string[] | undefined;
  start?: string | undefined;
  end?: string | undefined;
  period?: Period | undefined;
  note?: string | undefined;
}

export const emptyRule = (frequency: Frequency = 'weekly'): RuleValues => ({ frequency, days: [], nth: '1,3', anchorDate: '', dates: '', start: '', end: '', period: '', note: '' });

const splitList = (v: string): string[] => v.split(/[,、，\s]+/).filter(Boolean);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (d: string) => DATE.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
const nthValue = (s: string): number | null => (s === '最終' || s === '-1' ? -1 : /^[1-5]$/.test(s) ? Number(s) : null);

export function toRule(r: RuleValues): ScheduleRule {
  return {
    frequency: r.frequency,
    days: r.frequency === 'dates' ? [] : r.days,
    ...(r.frequency === 'monthly_nth' ? { nth: splitList(r.nth).map((s) => nthValue(s) ?? 0) } : {}),
    ...(r.frequency === 'alternate_weeks' ? { anchorDate: r.anchorDate.trim() } : {}),
    ...(r.frequency === 'dates' ? { dates: [...new Set(splitList(r.dates))].sort() } : {}),
    ...(r.start.trim() ? { start: r.start.trim() } : {}),
    ...(r.end.trim() ? { end: r.end.trim() } : {}),
    ...(!r.start.trim() && r.period ? { period: r.period } : {}),
    ...(r.note.trim() ? { note: r.note.trim() } : {}),
  };
}

export function fromRule(r: ScheduleRule): RuleValues {
  return {
    frequency: r.frequency,
    days: r.days,
    nth: (r.nth ?? [1, 3]).map((n) => (n === -1 ? '最終' : String(n))).join(','),
    anchorDate: r.anchorDate ?? '',
    dates: (r.dates ?? []).join(', '),
    start: r.start ?? '',
    end: r.end ?? '',
    period: r.period ?? '',
    note: r.note ?? '',
  };
}

/** The form's own check of one rule, with the messages of the staff i18n resources. */
export function ruleSchema(t: TFunction<'staff'>) {
  return z
    .object({
      frequency: z.enum(frequencies),
      days: z.array(z.enum(Object.keys(dayLabels) as [Day, ...Day[]])),
      nth: z.string(),
      anchorDate: z.string(),
      dates: z.string(),
      start: z.string(),
      end: z.string(),
      period: z.enum(['', 'morning', 'afternoon', 'evening']),
      note: z.string().max(200, t('schedule.errors.noteTooLong')),
    })
    .superRefine((r, ctx) => {
      const issue = (path: keyof RuleValues, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (r.frequency !== 'dates' && r.days.length === 0) issue('days', t('schedule.errors.days'));
      if (r.frequency === 'monthly_nth') {
        const list = splitList(r.nth);
        if (list.length === 0 || list.length > 5 || list.some((s) => nthValue(s) === null)) issue('nth', t('schedule.errors.nth'));
      }
      if (r.frequency === 'alternate_weeks' && !validDate(r.anchorDate.trim())) issue('anchorDate', t('schedule.errors.anchorDate'));
      if (r.frequency === 'dates') {
        const list = splitList(r.dates);
        if (list.length === 0) issue('dates', t('schedule.errors.datesRequired'));
        else if (list.some((d) => !validDate(d))) issue('dates', t('schedule.errors.dates'));
        else if (list.length > 366) issue('dates', t('schedule.errors.datesTooMany'));
      }
      const start = r.start.trim();
      const end = r.end.trim();
      if (start && !TIME.test(start)) issue('start', t('schedule.errors.time'));
      if (end && !TIME.test(end)) issue('end', t('schedule.errors.time'));
      if (!start && !r.period) issue('start', t('schedule.errors.startOrPeriod'));
      if (start && end && TIME.test(start) && TIME.test(end) && end <= start) issue('end', t('schedule.errors.endAfterStart'));
    });
}

type RulesForm = { rules: RuleValues[] };

/** The list of rules inside a form whose values have `rules` (possibly under a prefix such as `activity.`). */
export function ScheduleRulesEditor({
  control,
  register,
  errors,
  idPrefix,
  frequencyOf,
}: {
  control: Control<RulesForm>;
  register: UseFormRegister<RulesForm>;
  errors: FieldErrors<RulesForm>['rules'];
  idPrefix: string;
  frequencyOf: (index: number) => Frequency;
}) {
  const { t } = useTranslation('staff');
  const { fields, append, remove } = useFieldArray({ control, name: 'rules' });
  // the resolver nests 'rules.0.days' as objects keyed by index; the list's own message sits on 'rules'
  const ruleErrors = (i: number) => (errors as Record<number, FieldErrors<RuleValues> | undefined> | undefined)?.[i];
  const listMessage = (errors as { message?: unknown } | undefined)?.message;
  const focusRule = (i: number) => setTimeout(() => document.getElementById(`${idPrefix}-rule-${i}-frequency`)?.focus(), 0);
  return (
    <div className="staff-rules">
      {typeof listMessage === 'string' ? (
        <p className="kasane-field__error" role="alert">
          {listMessage}
        </p>
      ) : null}
      {fields.map((field, i) => {
        const e = ruleErrors(i);
        const frequency = frequencyOf(i);
        const number = fields.length > 1 ? i + 1 : null;
        return (
          <fieldset key={field.id} className="staff-rule">
            <legend>{number ? t('schedule.ruleN', { n: number }) : t('schedule.rule')}</legend>
            <SelectField id={`${idPrefix}-rule-${i}-frequency`} label={t('places.frequency')} {...register(`rules.${i}.frequency`)}>
              <option value="weekly">{t('places.frequencyWeekly')}</option>
              <option value="alternate_weeks">{t('places.frequencyAlternate')}</option>
              <option value="monthly_nth">{t('places.frequencyMonthly')}</option>
              <option value="dates">{t('schedule.frequencyDates')}</option>
            </SelectField>
            {frequency === 'monthly_nth' ? <TextField label={t('places.nth')} hint={t('schedule.nthHint')} error={e?.nth?.message} {...register(`rules.${i}.nth`)} /> : null}
            {frequency === 'alternate_weeks' ? <TextField label={t('places.anchorDate')} error={e?.anchorDate?.message} {...register(`rules.${i}.anchorDate`)} /> : null}
            {frequency === 'dates' ? <TextField label={t('schedule.dates')} hint={t('schedule.datesHint')} error={e?.dates?.message} {...register(`rules.${i}.dates`)} /> : null}
            {frequency !== 'dates' ? (
              <fieldset className="staff-checks" aria-describedby={e?.days ? `${idPrefix}-rule-${i}-days-error` : undefined}>
                <legend>{t('places.days')}</legend>
                {(Object.keys(dayLabels) as Day[]).map((d) => (
                  <span key={d} className="staff-check">
                    <input id={`${idPrefix}-rule-${i}-day-${d}`} type="checkbox" value={d} aria-invalid={e?.days ? true : undefined} {...register(`rules.${i}.days`)} />
                    <label htmlFor={`${idPrefix}-rule-${i}-day-${d}`}>{dayLabels[d]}</label>
                  </span>
                ))}
                {e?.days ? (
                  <p className="kasane-field__error staff-checks__error" id={`${idPrefix}-rule-${i}-days-error`}>
                    {e.days.message}
                  </p>
                ) : null}
              </fieldset>
            ) : null}
            <TextField label={t('places.start')} hint={t('places.timeHint')} placeholder="10:00" error={e?.start?.message} {...register(`rules.${i}.start`)} />
            <TextField label={t('places.end')} placeholder="12:00" error={e?.end?.message} {...register(`rules.${i}.end`)} />
            <SelectField label={t('places.period')} {...register(`rules.${i}.period`)}>
              <option value="">{t('places.periodNone')}</option>
              <option value="morning">{t('schedule.morning')}</option>
              <option value="afternoon">{t('schedule.afternoon')}</option>
              <option value="evening">{t('schedule.evening')}</option>
            </SelectField>
            <TextField label={t('schedule.note')} hint={t('schedule.noteHint')} maxLength={200} error={e?.note?.message} {...register(`rules.${i}.note`)} />
            {fields.length > 1 ? (
              <Button
                size="small"
                variant="secondary"
                onClick={() => {
                  remove(i);
                  focusRule(Math.max(0, i - 1));
                }}
              >
                {number ? t('schedule.removeN', { n: number }) : t('schedule.remove')}
              </Button>
            ) : null}
          </fieldset>
        );
      })}
      <p className="staff-actions">
        {frequencies.map((f) => (
          <Button
            key={f}
            size="small"
            variant="secondary"
            onClick={() => {
              append(emptyRule(f));
              focusRule(fields.length);
            }}
          >
            {t(`schedule.add.${f}`)}
          </Button>
        ))}
      </p>
    </div>
  );
}
