// The form that adds or edits one meeting type. The rules (length, legal kind, names that differ only in
// width or spacing, kind fixed once used) are the domain's: the API refuses field by field and each
// Japanese message is shown beside its field, with focus on the first one.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TRPCClientError } from '@trpc/client';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@kasane/api';
import { Button, SelectField, TextAreaField, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { ActionError } from './form-kit.js';

type MeetingTypeList = inferRouterOutputs<AppRouter>['staff']['meetingType']['list'];
export type MeetingTypeRow = MeetingTypeList['types'][number];

type Field = 'name' | 'kind' | 'frequency' | 'note';
const fields: readonly Field[] = ['name', 'kind', 'frequency', 'note'];
type Values = Record<Field, string>;

/** The per-field messages of a refusal: `details.fields` (validation) or `details.field` (a rule about one field). */
export function serverFieldErrors(error: unknown): Partial<Record<Field, string>> {
  if (!(error instanceof TRPCClientError)) return {};
  const appError = (error.data as { appError?: { details?: unknown } | null } | undefined)?.appError;
  const details = (appError?.details ?? {}) as { fields?: Record<string, { message?: unknown }>; field?: unknown };
  const out: Partial<Record<Field, string>> = {};
  for (const f of fields) {
    const m = details.fields?.[f]?.message;
    if (typeof m === 'string') out[f] = m;
  }
  if (typeof details.field === 'string' && (fields as readonly string[]).includes(details.field)) out[details.field as Field] = error.message;
  return out;
}

const valuesOf = (t?: MeetingTypeRow): Values => ({ name: t?.name ?? '', kind: t?.kind ?? '', frequency: t?.frequency ?? '', note: t?.note ?? '' });

export function MeetingTypeForm({ list, type, onSaved, onCancel }: { list: MeetingTypeList; type?: MeetingTypeRow; onSaved: (name: string) => void; onCancel?: () => void }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const create = useMutation(trpc.staff.meetingType.create.mutationOptions());
  const update = useMutation(trpc.staff.meetingType.update.mutationOptions());
  const [refusal, setRefusal] = useState<unknown>(null);
  const { register, handleSubmit, setError, clearErrors, setFocus, reset, formState } = useForm<Values>({ defaultValues: valuesOf(type) });
  const e = formState.errors;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (type) headingRef.current?.focus();
  }, [type]);
  const idPrefix = type ? `meeting-type-${type.id}` : 'new-meeting-type';
  const locked = type?.kindLocked ?? false;

  const onSubmit = handleSubmit(async (v) => {
    setRefusal(null);
    clearErrors();
    const data = { name: v.name, kind: locked && type ? type.kind : v.kind, frequency: v.frequency, note: v.note };
    try {
      const saved = type ? await update.mutateAsync({ id: type.id, data }) : await create.mutateAsync(data);
      if (!type) reset(valuesOf());
      onSaved(saved.name);
    } catch (err) {
      const perField = serverFieldErrors(err);
      const wrong = fields.filter((f) => perField[f]);
      if (wrong.length === 0) {
        setRefusal(err);
        return;
      }
      for (const f of wrong) setError(f, { type: 'server', message: perField[f] });
      const first = wrong[0];
      if (first && !(first === 'kind' && locked)) setFocus(first);
    }
  });

  const titleId = `${idPrefix}-title`;
  return (
    <form className="kasane-card" noValidate aria-labelledby={titleId} onSubmit={(ev) => void onSubmit(ev)}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1} className="staff-editor-heading">
        {type ? t('meetingTypes.editTitle', { name: type.name }) : t('meetingTypes.addTitle')}
      </h2>
      <ActionError error={refusal} />
      <TextField id={`${idPrefix}-name`} label={t('meetingTypes.name')} required hint={t('meetingTypes.nameHint', { max: list.limits.name })} error={e.name?.message} {...register('name')} />
      <SelectField
        id={`${idPrefix}-kind`}
        label={t('meetingTypes.kind')}
        required
        disabled={locked}
        hint={locked ? t('meetingTypes.kindLocked') : t('meetingTypes.kindHint')}
        error={e.kind?.message}
        {...register('kind')}
      >
        <option value="">{t('coordination.choose')}</option>
        {list.kinds.map((k) => (
          <option key={k.kind} value={k.kind}>
            {k.label}（{k.legalBasis}）
          </option>
        ))}
      </SelectField>
      <TextField id={`${idPrefix}-frequency`} label={t('meetingTypes.frequency')} hint={t('meetingTypes.frequencyHint', { max: list.limits.frequency })} error={e.frequency?.message} {...register('frequency')} />
      <TextAreaField label={t('meetingTypes.note')} hint={t('meetingTypes.noteHint', { max: list.limits.note })} rows={3} error={e.note?.message} {...register('note')} />
      <p className="staff-actions">
        <Button type="submit" busy={create.isPending || update.isPending}>
          {type ? t('meetingTypes.save') : t('meetingTypes.add')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('meetingTypes.cancel')}
          </Button>
        ) : null}
      </p>
    </form>
  );
}
