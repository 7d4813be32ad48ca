import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { inferRouterOutputs } from '@trpc/server';
import { z } from 'zod';
import type { AppRouter } from '@kasane/api';
import { Alert, Badge, Button, PageHeading, SelectField, Table, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { ActionError, zodResolver } from '../coordination/form-kit.js';
import { RowActions } from '../row-actions.js';
import { dayLabels } from './schedule-rules.js';
import type { Day } from './schedule-rules.js';

const topics = { anything: 'どんな相談でも', elderly_care: '介護・高齢', disability: '障害', child_rearing: '子育て', living_hardship: '生活の困りごと', work: '仕事', housing: '住まい', hikikomori: 'ひきこもり', dv: 'DV・暴力', debt: '借金・お金', health: '健康' } as const;
type Topic = keyof typeof topics;
const topicKeys = Object.keys(topics) as [Topic, ...Topic[]];
const dayKeys = Object.keys(dayLabels) as [Day, ...Day[]];

type Window = inferRouterOutputs<AppRouter>['staff']['window']['find'][number];

interface SpanValues {
  day: Day;
  open: string;
  close: string;
}
interface WindowValues {
  name: string;
  phone: string;
  address: string;
  lat: string;
  lng: string;
  spans: SpanValues[];
  closedOnHolidays: boolean;
  languages: string;
  topics: Topic[];
  note: string;
  published: boolean;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const num = (v: string): number | null => (v.trim() === '' ? null : Number(v.trim()));
const inRange = (min: number, max: number) => (v: string) => v.trim() === '' || (Number.isFinite(Number(v.trim())) && Number(v) >= min && Number(v) <= max);
const splitList = (v: string) => v.split(/[,\s、]+/).filter(Boolean);

function windowSchema(t: TFunction<'staff'>): z.ZodType<WindowValues> {
  const span = z
    .object({ day: z.enum(dayKeys), open: z.string().regex(TIME, t('windows.errors.time')), close: z.string().regex(TIME, t('windows.errors.time')) })
    .superRefine((s, ctx) => {
      if (TIME.test(s.open) && TIME.test(s.close) && s.close <= s.open) ctx.addIssue({ code: 'custom', path: ['close'], message: t('windows.errors.closeAfterOpen') });
    });
  return z
    .object({
      name: z.string().trim().min(1, t('windows.errors.nameRequired')).max(100, t('places.errors.nameTooLong')),
      phone: z.string().regex(/^[0-9()+\- ]{0,20}$/, t('windows.errors.phone')),
      address: z.string().max(200, t('places.errors.textTooLong', { max: 200 })),
      lat: z.string().refine(inRange(20, 46), t('places.errors.lat')),
      lng: z.string().refine(inRange(122, 154), t('places.errors.lng')),
      spans: z.array(span).max(28, t('windows.errors.spansTooMany')),
      closedOnHolidays: z.boolean(),
      languages: z.string().refine((v) => splitList(v).length <= 20 && splitList(v).every((l) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(l)), t('windows.errors.languages')),
      topics: z.array(z.enum(topicKeys)),
      note: z.string().max(500, t('windows.errors.noteTooLong')),
      published: z.boolean(),
    })
    .superRefine((v, ctx) => {
      if ((v.lat.trim() === '') !== (v.lng.trim() === '')) ctx.addIssue({ code: 'custom', path: [v.lat.trim() === '' ? 'lat' : 'lng'], message: t('places.errors.latLngPair') });
    });
}

const defaults = (w?: Window): WindowValues => ({
  name: w?.name ?? '',
  phone: w?.phone ?? '',
  address: w?.address ?? '',
  lat: w?.lat == null ? '' : String(w.lat),
  lng: w?.lng == null ? '' : String(w.lng),
  spans: w ? w.hours.spans.map((s) => ({ day: s.day, open: s.open, close: s.close })) : (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, open: '08:30', close: '17:15' })),
  closedOnHolidays: w?.hours.closedOnHolidays ?? true,
  languages: w ? w.languages.join(', ') : 'ja',
  topics: w ? (w.topics as Topic[]) : ['anything'],
  note: w?.note ?? '',
  published: w?.published ?? true,
});

/** 相談窓口 form, for a new window or for editing one: hours per weekday as a list of spans (several a day for a lunch break). */
function WindowForm({ window: w, onSaved, onCancel }: { window?: Window; onSaved: (name: string) => void; onCancel?: () => void }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const create = useMutation(trpc.staff.window.create.mutationOptions());
  const update = useMutation(trpc.staff.window.update.mutationOptions());
  const [serverError, setServerError] = useState<unknown>(null);
  const idPrefix = w ? `window-${w.id}` : 'new-window';
  const { register, handleSubmit, formState, control, reset } = useForm<WindowValues>({ resolver: zodResolver(windowSchema(t)), defaultValues: defaults(w) });
  const spans = useFieldArray({ control, name: 'spans' });
  const e = formState.errors;
  const spanErrors = (i: number) => (e.spans as Record<number, FieldErrors<SpanValues> | undefined> | undefined)?.[i];
  const spansMessage = (e.spans as { message?: unknown } | undefined)?.message;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (w) headingRef.current?.focus();
  }, [w]);
  const focusSpan = (i: number) => setTimeout(() => document.getElementById(`${idPrefix}-span-${i}-day`)?.focus(), 0);

  const onSubmit = handleSubmit(async (v) => {
    setServerError(null);
    const data = {
      name: v.name.trim(),
      phone: v.phone,
      address: v.address,
      lat: num(v.lat),
      lng: num(v.lng),
      languages: splitList(v.languages),
      topics: v.topics,
      note: v.note,
      published: v.published,
      hours: { spans: v.spans, closedOnHolidays: v.closedOnHolidays, ...(w?.hours.note ? { note: w.hours.note } : {}) },
    };
    try {
      if (w) {
        await update.mutateAsync({ id: w.id, data: { ...data, organisationId: w.organisationId, kana: w.kana, fax: w.fax, email: w.email, postalCode: w.postalCode } });
      } else {
        await create.mutateAsync(data);
        reset(defaults());
      }
      onSaved(data.name);
    } catch (err) {
      setServerError(err);
    }
  });

  const titleId = `${idPrefix}-title`;
  return (
    <form className="kasane-card" onSubmit={(ev) => void onSubmit(ev)} noValidate aria-labelledby={titleId}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1} className="staff-editor-heading">
        {w ? t('windows.editTitle', { name: w.name }) : t('windows.add')}
      </h2>
      <ActionError error={serverError} />
      <TextField label={t('windows.name')} required maxLength={100} error={e.name?.message} {...register('name')} />
      <TextField label={t('windows.phone')} inputMode="tel" error={e.phone?.message} {...register('phone')} />
      <TextField label={t('places.address')} maxLength={200} error={e.address?.message} {...register('address')} />
      <TextField label={t('places.lat')} hint={t('places.latHint')} inputMode="decimal" error={e.lat?.message} {...register('lat')} />
      <TextField label={t('places.lng')} inputMode="decimal" error={e.lng?.message} {...register('lng')} />
      <fieldset className="staff-rule">
        <legend>{t('windows.spans')}</legend>
        <p className="kasane-field__hint">{t('windows.spansHint')}</p>
        {typeof spansMessage === 'string' ? (
          <p className="kasane-field__error" role="alert">
            {spansMessage}
          </p>
        ) : null}
        {spans.fields.map((field, i) => (
          <fieldset key={field.id} className="staff-checks">
            <legend>{t('windows.spanN', { n: i + 1 })}</legend>
            <SelectField id={`${idPrefix}-span-${i}-day`} label={t('windows.spanDay')} {...register(`spans.${i}.day`)}>
              {dayKeys.map((d) => (
                <option key={d} value={d}>
                  {dayLabels[d]}
                </option>
              ))}
            </SelectField>
            <TextField label={t('windows.open')} error={spanErrors(i)?.open?.message} {...register(`spans.${i}.open`)} />
            <TextField label={t('windows.close')} error={spanErrors(i)?.close?.message} {...register(`spans.${i}.close`)} />
            <span className="staff-actions">
              <Button
                size="small"
                variant="secondary"
                onClick={() => {
                  spans.remove(i);
                  focusSpan(Math.max(0, i - 1));
                }}
              >
                {t('windows.removeSpanN', { n: i + 1 })}
              </Button>
            </span>
          </fieldset>
        ))}
        <Button
          size="small"
          variant="secondary"
          onClick={() => {
            spans.append({ day: 'mon', open: '08:30', close: '17:15' });
            focusSpan(spans.fields.length);
          }}
        >
          {t('windows.addSpan')}
        </Button>
      </fieldset>
      <p className="staff-check">
        <input id={`${idPrefix}-holidays`} type="checkbox" {...register('closedOnHolidays')} />
        <label htmlFor={`${idPrefix}-holidays`}>{t('windows.closedOnHolidays')}</label>
      </p>
      <TextField label={t('windows.languages')} hint={t('windows.languagesHint')} error={e.languages?.message} {...register('languages')} />
      <fieldset className="staff-checks">
        <legend>{t('windows.topics')}</legend>
        {topicKeys.map((k) => (
          <span key={k} className="staff-check">
            <input id={`${idPrefix}-topic-${k}`} type="checkbox" value={k} {...register('topics')} />
            <label htmlFor={`${idPrefix}-topic-${k}`}>{topics[k]}</label>
          </span>
        ))}
      </fieldset>
      <TextField label={t('windows.note')} maxLength={500} error={e.note?.message} {...register('note')} />
      <p className="staff-check">
        <input id={`${idPrefix}-publish`} type="checkbox" {...register('published')} />
        <label htmlFor={`${idPrefix}-publish`}>{t('places.publish')}</label>
      </p>
      <p className="staff-actions">
        <Button type="submit" busy={create.isPending || update.isPending}>
          {w ? t('places.update') : t('windows.add')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('places.cancel')}
          </Button>
        ) : null}
      </p>
    </form>
  );
}

/** 相談窓口: hours per weekday (祝日 closed flag), contact, position, languages, topics; publish switch; edit and delete. */
export function WindowsPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.staff.window.find.queryOptions());
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.staff.window.find.queryKey() });
  const update = useMutation(trpc.staff.window.update.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.staff.window.delete.mutationOptions());
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = list.data?.find((w) => w.id === editingId);
  const closeEditor = () => {
    const id = editingId;
    setEditingId(null);
    setTimeout(() => document.getElementById(`edit-window-${id}`)?.focus(), 0);
  };

  return (
    <>
      <PageHeading title={t('windows.title')} appName={t('appName')}>
        {t('windows.title')}
      </PageHeading>
      <p>{t('windows.lead')}</p>
      {message ? <Alert tone="success">{message}</Alert> : null}
      <ActionError error={error ?? update.error} />
      {editing ? (
        <WindowForm
          key={editing.id}
          window={editing}
          onCancel={closeEditor}
          onSaved={(name) => {
            setMessage(t('windows.updated', { name }));
            refresh();
            closeEditor();
          }}
        />
      ) : (
        <WindowForm
          onSaved={(name) => {
            setMessage(t('windows.saved', { name }));
            refresh();
          }}
        />
      )}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <QueryFailure error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        <Table
          caption={t('windows.caption', { count: list.data.length })}
          rows={list.data}
          rowKey={(w) => w.id}
          empty={t('windows.empty')}
          columns={[
            { key: 'name', header: t('windows.name'), rowHeader: true, cell: (w) => w.name },
            { key: 'hours', header: t('windows.hours'), cell: (w) => w.hoursText.join(' ／ ') },
            { key: 'phone', header: t('windows.phone'), cell: (w) => w.phone },
            { key: 'confirmed', header: t('places.lastConfirmed'), cell: (w) => w.lastConfirmedAt },
            {
              key: 'published',
              header: t('places.published'),
              cell: (w) => (
                <>
                  <Badge tone={w.published ? 'info' : 'neutral'}>{w.published ? t('places.published') : t('places.unpublished')}</Badge>{' '}
                  <Button
                    size="small"
                    variant="secondary"
                    onClick={() => {
                      const { id, hours, organisationId, name, kana, phone, fax, email, postalCode, address, lat, lng, languages, topics: tp, note, lastConfirmedAt } = w;
                      update.mutate({ id, data: { hours, organisationId, name, kana, phone, fax, email, postalCode, address, lat, lng, languages, topics: tp as Topic[], note, lastConfirmedAt, published: !w.published } });
                    }}
                  >
                    {w.published ? t('places.makePrivate') : t('places.makePublic')}
                    <span className="kasane-visually-hidden">（{w.name}）</span>
                  </Button>
                </>
              ),
            },
            {
              key: 'actions',
              header: t('places.actions'),
              cell: (w) => (
                <RowActions
                  name={w.name}
                  editButtonId={`edit-window-${w.id}`}
                  onEdit={() => setEditingId(w.id)}
                  question={t('windows.confirmDelete', { name: w.name })}
                  busy={remove.isPending}
                  onDelete={() => {
                    setError(null);
                    remove.mutate(
                      { id: w.id },
                      {
                        onSuccess: () => {
                          setMessage(t('windows.deleted', { name: w.name }));
                          if (editingId === w.id) setEditingId(null);
                          refresh();
                        },
                        onError: setError,
                      },
                    );
                  }}
                />
              ),
            },
          ]}
        />
      ) : null}
    </>
  );
}
