import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Control, UseFormRegister } from 'react-hook-form';
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
import { ScheduleRulesEditor, emptyRule, fromRule, ruleSchema, toRule } from './schedule-rules.js';
import type { Frequency, RuleValues, ScheduleRule } from './schedule-rules.js';

const kinds = ['ibasho', 'salon', 'kodomo_shokudo', 'kayoi_no_ba', 'kosodate_hiroba', 'chiiki_katsudo_shien', 'community_cafe', 'learning_support', 'employment_experience', 'other'] as const;
type Kind = (typeof kinds)[number];
const kindLabels: Record<Kind, string> = { ibasho: '居場所', salon: 'サロン', kodomo_shokudo: '子ども食堂', kayoi_no_ba: '通いの場', kosodate_hiroba: '子育てひろば', chiiki_katsudo_shien: '地域活動支援センター', community_cafe: 'コミュニティカフェ', learning_support: '学習支援', employment_experience: '就労体験の場', other: 'その他' };
const audiences = { anyone: '誰でも', children: '子ども', parents_with_children: '子育て中の親子', older_people: '高齢者', disabled_people: '障害のある方', young_people: '若者', hikikomori_experience: 'ひきこもり経験者', living_alone: 'ひとり暮らしの方', foreign_residents: '外国にルーツのある方' } as const;
type Audience = keyof typeof audiences;
const audienceKeys = Object.keys(audiences) as [Audience, ...Audience[]];

type Place = inferRouterOutputs<AppRouter>['staff']['place']['find'][number];
type Activity = Place['activities'][number];

const num = (v: string): number | null => (v.trim() === '' ? null : Number(v.trim()));
const inRange = (min: number, max: number) => (v: string) => v.trim() === '' || (Number.isFinite(Number(v.trim())) && Number(v) >= min && Number(v) <= max);
const feeOk = (v: string) => v.trim() === '' || /^\d{1,7}$/.test(v.trim());

// ---------------------------------------------------------------- place form (create and update)

interface PlaceValues {
  name: string;
  kind: Kind;
  area: string;
  address: string;
  lat: string;
  lng: string;
  fee: string;
  audiences: Audience[];
  published: boolean;
  /** create only: the first activity */
  activityName: string;
  rules: RuleValues[];
}

const wantsActivity = (v: Pick<PlaceValues, 'activityName' | 'rules'>) => v.activityName.trim() !== '' || v.rules.some((r) => r.days.length > 0 || r.dates.trim() !== '');

function placeSchema(t: TFunction<'staff'>, withActivity: boolean) {
  const rule = ruleSchema(t);
  return z
    .object({
      name: z.string().trim().min(1, t('places.errors.nameRequired')).max(100, t('places.errors.nameTooLong')),
      kind: z.enum(kinds),
      area: z.string().max(100, t('places.errors.textTooLong', { max: 100 })),
      address: z.string().max(200, t('places.errors.textTooLong', { max: 200 })),
      lat: z.string().refine(inRange(20, 46), t('places.errors.lat')),
      lng: z.string().refine(inRange(122, 154), t('places.errors.lng')),
      fee: z.string().refine(feeOk, t('places.errors.fee')),
      audiences: z.array(z.enum(audienceKeys)),
      published: z.boolean(),
      activityName: z.string().max(100, t('places.errors.activityNameTooLong')),
      rules: z.array(z.custom<RuleValues>()).max(20, t('places.errors.scheduleTooMany')),
    })
    .superRefine((v, ctx) => {
      if ((v.lat.trim() === '') !== (v.lng.trim() === '')) ctx.addIssue({ code: 'custom', path: [v.lat.trim() === '' ? 'lat' : 'lng'], message: t('places.errors.latLngPair') });
      if (!withActivity || !wantsActivity(v)) return;
      v.rules.forEach((r, i) => {
        const parsed = rule.safeParse(r);
        if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: ['rules', i, ...issue.path.map(String)], message: issue.message });
      });
    }) as z.ZodType<PlaceValues>;
}

const placeDefaults = (p?: Place): PlaceValues => ({
  name: p?.name ?? '',
  kind: (p?.kind as Kind | undefined) ?? 'ibasho',
  area: p?.area ?? '',
  address: p?.address ?? '',
  lat: p?.lat == null ? '' : String(p.lat),
  lng: p?.lng == null ? '' : String(p.lng),
  fee: p ? (p.feeYen == null ? '' : String(p.feeYen)) : '',
  audiences: p ? (p.audiences as Audience[]) : ['anyone'],
  published: p?.published ?? true,
  activityName: '',
  rules: [emptyRule()],
});

/** What the form does not show is sent back as it was, so an update keeps it. */
const keptPlaceFields = (p: Place) => ({
  kana: p.kana,
  description: p.description,
  organiserName: p.organiserName,
  organisationId: p.organisationId,
  partId: p.partId as never,
  accessibility: p.accessibility as never,
  feeNote: p.feeNote,
  postalCode: p.postalCode,
  phone: p.phone,
  email: p.email,
  url: p.url,
});

function CheckGroup<K extends string>({ legend, options, name, register, idPrefix }: { legend: string; options: Record<K, string>; name: string; register: UseFormRegister<never>; idPrefix: string }) {
  const reg = register as unknown as UseFormRegister<Record<string, string[]>>;
  return (
    <fieldset className="staff-checks">
      <legend>{legend}</legend>
      {(Object.keys(options) as K[]).map((k) => (
        <span key={k} className="staff-check">
          <input id={`${idPrefix}-${k}`} type="checkbox" value={k} {...reg(name)} />
          <label htmlFor={`${idPrefix}-${k}`}>{options[k]}</label>
        </span>
      ))}
    </fieldset>
  );
}

function RulesOf({ control, register, errors, idPrefix }: { control: Control<never>; register: UseFormRegister<never>; errors: unknown; idPrefix: string }) {
  const c = control as unknown as Control<{ rules: RuleValues[] }>;
  const rules = useWatch({ control: c, name: 'rules' });
  return (
    <ScheduleRulesEditor
      control={c}
      register={register as unknown as UseFormRegister<{ rules: RuleValues[] }>}
      errors={errors as never}
      idPrefix={idPrefix}
      frequencyOf={(i): Frequency => rules[i]?.frequency ?? 'weekly'}
    />
  );
}

function PlaceForm({ place, onSaved, onCancel }: { place?: Place; onSaved: (name: string) => void; onCancel?: () => void }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const createPlace = useMutation(trpc.staff.place.create.mutationOptions());
  const createActivity = useMutation(trpc.staff.activity.create.mutationOptions());
  const updatePlace = useMutation(trpc.staff.place.update.mutationOptions());
  const [serverError, setServerError] = useState<unknown>(null);
  const editing = place !== undefined;
  const idPrefix = editing ? `place-${place.id}` : 'new-place';
  const form = useForm<PlaceValues>({ resolver: zodResolver(placeSchema(t, !editing)), defaultValues: placeDefaults(place) });
  const { register, handleSubmit, formState, reset, control } = form;
  const e = formState.errors;

  const onSubmit = handleSubmit(async (v) => {
    setServerError(null);
    const data = { name: v.name.trim(), kind: v.kind, area: v.area, address: v.address, lat: num(v.lat), lng: num(v.lng), audiences: v.audiences, feeYen: num(v.fee), published: v.published };
    try {
      if (place) {
        await updatePlace.mutateAsync({ id: place.id, data: { ...keptPlaceFields(place), ...data } });
      } else {
        const { id } = await createPlace.mutateAsync(data);
        if (wantsActivity(v)) {
          await createActivity.mutateAsync({ placeId: id, data: { name: v.activityName.trim() || data.name, audiences: v.audiences, schedule: v.rules.map(toRule), feeYen: data.feeYen, published: v.published } });
        }
        reset({ ...placeDefaults(), kind: v.kind, audiences: v.audiences, published: v.published });
      }
      onSaved(data.name);
    } catch (err) {
      setServerError(err);
    }
  });

  const titleId = `${idPrefix}-title`;
  return (
    <form className="kasane-card" onSubmit={(ev) => void onSubmit(ev)} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{place ? t('places.editTitle', { name: place.name }) : t('places.save')}</h2>
      <ActionError error={serverError} />
      <TextField label={t('places.name')} required maxLength={100} error={e.name?.message} {...register('name')} />
      <SelectField label={t('places.kind')} {...register('kind')}>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {kindLabels[k]}
          </option>
        ))}
      </SelectField>
      <TextField label={t('places.area')} maxLength={100} error={e.area?.message} {...register('area')} />
      <TextField label={t('places.address')} maxLength={200} error={e.address?.message} {...register('address')} />
      <TextField label={t('places.lat')} hint={t('places.latHint')} inputMode="decimal" error={e.lat?.message} {...register('lat')} />
      <TextField label={t('places.lng')} inputMode="decimal" error={e.lng?.message} {...register('lng')} />
      <TextField label={t('places.fee')} inputMode="numeric" error={e.fee?.message} {...register('fee')} />
      <CheckGroup legend={t('places.audiences')} options={audiences} name="audiences" register={register as never} idPrefix={`${idPrefix}-aud`} />
      {editing ? null : (
        <>
          <h3>{t('places.activityTitle')}</h3>
          <TextField label={t('places.activityName')} maxLength={100} error={e.activityName?.message} {...register('activityName')} />
          <RulesOf control={control as never} register={register as never} errors={e.rules} idPrefix={idPrefix} />
        </>
      )}
      <p className="staff-check">
        <input id={`${idPrefix}-publish`} type="checkbox" {...register('published')} />
        <label htmlFor={`${idPrefix}-publish`}>{t('places.publish')}</label>
      </p>
      <p className="staff-actions">
        <Button type="submit" busy={createPlace.isPending || createActivity.isPending || updatePlace.isPending}>
          {editing ? t('places.update') : t('places.save')}
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

// ---------------------------------------------------------------- activity form (add to a place, update)

interface ActivityValues {
  name: string;
  audiences: Audience[];
  fee: string;
  published: boolean;
  rules: RuleValues[];
}

function activitySchema(t: TFunction<'staff'>): z.ZodType<ActivityValues> {
  return z.object({
    name: z.string().trim().min(1, t('places.errors.activityNameRequired')).max(100, t('places.errors.activityNameTooLong')),
    audiences: z.array(z.enum(audienceKeys)),
    fee: z.string().refine(feeOk, t('places.errors.fee')),
    published: z.boolean(),
    rules: z.array(ruleSchema(t)).min(1, t('places.errors.scheduleRequired')).max(20, t('places.errors.scheduleTooMany')),
  });
}

function ActivityForm({ place, activity, onSaved, onCancel }: { place: Place; activity?: Activity; onSaved: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const create = useMutation(trpc.staff.activity.create.mutationOptions());
  const update = useMutation(trpc.staff.activity.update.mutationOptions());
  const [serverError, setServerError] = useState<unknown>(null);
  const idPrefix = activity ? `activity-${activity.id}` : `new-activity-${place.id}`;
  const { register, handleSubmit, formState, control } = useForm<ActivityValues>({
    resolver: zodResolver(activitySchema(t)),
    defaultValues: {
      name: activity?.name ?? '',
      audiences: (activity?.audiences ?? place.audiences) as Audience[],
      fee: activity ? (activity.feeYen == null ? '' : String(activity.feeYen)) : place.feeYen == null ? '' : String(place.feeYen),
      published: activity?.published ?? place.published,
      rules: activity && activity.schedule.length ? (activity.schedule as ScheduleRule[]).map(fromRule) : [emptyRule()],
    },
  });
  const e = formState.errors;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = handleSubmit(async (v) => {
    setServerError(null);
    const common = { name: v.name.trim(), audiences: v.audiences, schedule: v.rules.map(toRule) as never, feeYen: num(v.fee), published: v.published };
    try {
      if (activity) {
        await update.mutateAsync({ id: activity.id, data: { ...common, description: activity.description, organiserName: activity.organiserName, partId: activity.partId as never, audienceNote: activity.audienceNote, feeNote: activity.feeNote } });
        onSaved(t('places.activityUpdated', { name: common.name }));
      } else {
        await create.mutateAsync({ placeId: place.id, data: common });
        onSaved(t('places.activityAdded', { name: common.name }));
      }
    } catch (err) {
      setServerError(err);
    }
  });

  const titleId = `${idPrefix}-title`;
  return (
    <form className="kasane-card" onSubmit={(ev) => void onSubmit(ev)} noValidate aria-labelledby={titleId}>
      <h3 id={titleId} ref={headingRef} tabIndex={-1} className="staff-editor-heading">
        {activity ? t('places.activityEditTitle', { name: activity.name }) : t('places.activityNewTitle')}
      </h3>
      <ActionError error={serverError} />
      <TextField label={t('places.activityName')} required maxLength={100} error={e.name?.message} {...register('name')} />
      <CheckGroup legend={t('places.audiences')} options={audiences} name="audiences" register={register as never} idPrefix={`${idPrefix}-aud`} />
      <TextField label={t('places.activityFee')} inputMode="numeric" error={e.fee?.message} {...register('fee')} />
      <RulesOf control={control as never} register={register as never} errors={e.rules} idPrefix={idPrefix} />
      <p className="staff-check">
        <input id={`${idPrefix}-publish`} type="checkbox" {...register('published')} />
        <label htmlFor={`${idPrefix}-publish`}>{t('places.activityPublish')}</label>
      </p>
      <p className="staff-actions">
        <Button type="submit" busy={create.isPending || update.isPending}>
          {activity ? t('places.update') : t('places.addActivity')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('places.cancel')}
        </Button>
      </p>
    </form>
  );
}

// ---------------------------------------------------------------- the editor of one place

function PlaceEditor({ place, onClose, onMessage }: { place: Place; onClose: () => void; onMessage: (text: string) => void }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.staff.place.find.queryKey() });
  const removeActivity = useMutation(trpc.staff.activity.delete.mutationOptions());
  const [activityForm, setActivityForm] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [place.id]);

  return (
    <section ref={ref} tabIndex={-1} className="staff-editor" aria-label={t('places.editTitle', { name: place.name })}>
      <PlaceForm
        key={place.id}
        place={place}
        onCancel={onClose}
        onSaved={(name) => {
          onMessage(t('places.updated', { name }));
          refresh();
        }}
      />
      <section className="kasane-card" aria-labelledby={`activities-${place.id}`}>
        <h3 id={`activities-${place.id}`}>{t('places.activities')}</h3>
        <ActionError error={error} />
        {place.activities.length === 0 ? <p>{t('places.noActivities')}</p> : null}
        <ul className="staff-list">
          {place.activities.map((a) => (
            <li key={a.id}>
              <p>
                <strong>{a.name}</strong>：{a.scheduleText.join('／')} <Badge tone={a.published ? 'info' : 'neutral'}>{a.published ? t('places.published') : t('places.unpublished')}</Badge>
              </p>
              <p>
                <RowActions
                  name={a.name}
                  onEdit={() => setActivityForm(a.id)}
                  question={t('places.confirmDelete', { name: a.name })}
                  busy={removeActivity.isPending}
                  onDelete={() => {
                    setError(null);
                    removeActivity.mutate(
                      { id: a.id },
                      {
                        onSuccess: () => {
                          onMessage(t('places.activityDeleted', { name: a.name }));
                          if (activityForm === a.id) setActivityForm(null);
                          refresh();
                        },
                        onError: setError,
                      },
                    );
                  }}
                />
              </p>
              {activityForm === a.id ? (
                <ActivityForm
                  place={place}
                  activity={a}
                  onCancel={() => setActivityForm(null)}
                  onSaved={(text) => {
                    setActivityForm(null);
                    onMessage(text);
                    refresh();
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
        {activityForm === 'new' ? (
          <ActivityForm
            place={place}
            onCancel={() => setActivityForm(null)}
            onSaved={(text) => {
              setActivityForm(null);
              onMessage(text);
              refresh();
            }}
          />
        ) : (
          <Button variant="secondary" onClick={() => setActivityForm('new')}>
            {t('places.addActivity')}
          </Button>
        )}
      </section>
      <p className="staff-actions">
        <Button variant="secondary" onClick={onClose}>
          {t('places.close')}
        </Button>
      </p>
    </section>
  );
}

export function PlacesPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.staff.place.find.queryKey() });
  const places = useQuery(trpc.staff.place.find.queryOptions());
  const publish = useMutation(trpc.staff.place.setPublished.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.staff.place.delete.mutationOptions());
  const [message, setMessage] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const editing = places.data?.find((p) => p.id === editingId);
  const closeEditor = () => {
    const id = editingId;
    setEditingId(null);
    // back to the row's 編集 button
    setTimeout(() => document.getElementById(`edit-place-${id}`)?.focus(), 0);
  };
  return (
    <>
      <PageHeading title={t('places.title')} appName={t('appName')}>
        {t('places.title')}
      </PageHeading>
      <p>{t('places.lead')}</p>
      {message ? <Alert tone="success">{message}</Alert> : null}
      <ActionError error={error} />
      {editing ? (
        <PlaceEditor place={editing} onClose={closeEditor} onMessage={setMessage} />
      ) : (
        <PlaceForm
          onSaved={(name) => {
            setMessage(t('places.saved', { name }));
            refresh();
          }}
        />
      )}
      {places.isPending ? <Loading /> : null}
      {places.isError ? <QueryFailure error={places.error} onRetry={() => void places.refetch()} /> : null}
      {places.data ? (
        <Table
          caption={t('places.caption', { count: places.data.length })}
          rows={places.data}
          rowKey={(p) => p.id}
          empty={t('places.empty')}
          columns={[
            { key: 'name', header: t('places.name'), rowHeader: true, cell: (p) => p.name },
            { key: 'kind', header: t('places.kind'), cell: (p) => kindLabels[p.kind as Kind] ?? p.kind },
            { key: 'schedule', header: t('places.schedule'), cell: (p) => p.activities.map((a) => `${a.name}：${a.scheduleText.join('／')}`).join(' ／ ') },
            { key: 'confirmed', header: t('places.lastConfirmed'), cell: (p) => p.lastConfirmedAt },
            {
              key: 'published',
              header: t('places.published'),
              cell: (p) => (
                <>
                  <Badge tone={p.published ? 'info' : 'neutral'}>{p.published ? t('places.published') : t('places.unpublished')}</Badge>{' '}
                  <Button size="small" variant="secondary" onClick={() => publish.mutate({ id: p.id, published: !p.published })}>
                    {p.published ? t('places.makePrivate') : t('places.makePublic')}
                    <span className="kasane-visually-hidden">（{p.name}）</span>
                  </Button>
                </>
              ),
            },
            {
              key: 'actions',
              header: t('places.actions'),
              cell: (p) => (
                <RowActions
                  name={p.name}
                  editButtonId={`edit-place-${p.id}`}
                  onEdit={() => setEditingId(p.id)}
                  question={p.activities.length ? t('places.confirmDeleteActivities', { name: p.name, count: p.activities.length }) : t('places.confirmDelete', { name: p.name })}
                  busy={remove.isPending}
                  onDelete={() => {
                    setError(null);
                    remove.mutate(
                      { id: p.id },
                      {
                        onSuccess: () => {
                          setMessage(t('places.deleted', { name: p.name }));
                          if (editingId === p.id) setEditingId(null);
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
