import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, PageHeading, SelectField, Table, TextField, errorText } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';

const kinds = ['ibasho', 'salon', 'kodomo_shokudo', 'kayoi_no_ba', 'kosodate_hiroba', 'chiiki_katsudo_shien', 'community_cafe', 'learning_support', 'employment_experience', 'other'] as const;
const kindLabels: Record<(typeof kinds)[number], string> = { ibasho: '居場所', salon: 'サロン', kodomo_shokudo: '子ども食堂', kayoi_no_ba: '通いの場', kosodate_hiroba: '子育てひろば', chiiki_katsudo_shien: '地域活動支援センター', community_cafe: 'コミュニティカフェ', learning_support: '学習支援', employment_experience: '就労体験の場', other: 'その他' };
const audiences = { anyone: '誰でも', children: '子ども', parents_with_children: '子育て中の親子', older_people: '高齢者', disabled_people: '障害のある方', young_people: '若者', hikikomori_experience: 'ひきこもり経験者', living_alone: 'ひとり暮らしの方', foreign_residents: '外国にルーツのある方' } as const;
const days = { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' } as const;
type Day = keyof typeof days;
type Audience = keyof typeof audiences;

function CheckGroup<K extends string>({ legend, options, value, onChange, name }: { legend: string; options: Record<K, string>; value: K[]; onChange: (v: K[]) => void; name: string }) {
  return (
    <fieldset className="staff-checks">
      <legend>{legend}</legend>
      {(Object.keys(options) as K[]).map((k) => (
        <span key={k} className="staff-check">
          <input id={`${name}-${k}`} type="checkbox" checked={value.includes(k)} onChange={(e) => onChange(e.target.checked ? [...value, k] : value.filter((x) => x !== k))} />
          <label htmlFor={`${name}-${k}`}>{options[k]}</label>
        </span>
      ))}
    </fieldset>
  );
}

function NewPlaceForm({ onSaved }: { onSaved: (name: string) => void }) {
  const { t } = useTranslation('staff');
  const { t: tu } = useTranslation('ui');
  const trpc = useTrpc();
  const [f, setF] = useState({ name: '', kind: 'ibasho' as (typeof kinds)[number], area: '', address: '', lat: '', lng: '', fee: '0', activityName: '', start: '', end: '', period: '', frequency: 'weekly', nth: '1,3', anchorDate: '', publish: true });
  const [aud, setAud] = useState<Audience[]>(['anyone']);
  const [dayList, setDayList] = useState<Day[]>([]);
  const [error, setError] = useState<string | null>(null);
  const createPlace = useMutation(trpc.staff.place.create.mutationOptions());
  const createActivity = useMutation(trpc.staff.activity.create.mutationOptions());
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const num = (v: string) => (v.trim() === '' ? null : Number(v));
      const { id } = await createPlace.mutateAsync({ name: f.name, kind: f.kind, area: f.area, address: f.address, lat: num(f.lat), lng: num(f.lng), audiences: aud, feeYen: num(f.fee), published: f.publish });
      if (f.activityName.trim() || dayList.length) {
        const rule = {
          frequency: f.frequency as 'weekly' | 'alternate_weeks' | 'monthly_nth',
          days: dayList,
          ...(f.start ? { start: f.start } : {}),
          ...(f.end ? { end: f.end } : {}),
          ...(!f.start && f.period ? { period: f.period as 'morning' | 'afternoon' | 'evening' } : {}),
          ...(f.frequency === 'monthly_nth' ? { nth: f.nth.split(/[,、\s]+/).filter(Boolean).map(Number) } : {}),
          ...(f.frequency === 'alternate_weeks' ? { anchorDate: f.anchorDate } : {}),
        };
        await createActivity.mutateAsync({ placeId: id, data: { name: f.activityName.trim() || f.name, audiences: aud, schedule: [rule], feeYen: num(f.fee), published: f.publish } });
      }
      onSaved(f.name);
      setF((x) => ({ ...x, name: '', activityName: '', start: '', end: '' }));
      setDayList([]);
    } catch (err) {
      setError(errorText(err, tu));
    }
  };

  return (
    <form className="kasane-card" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="new-place-title">
      <h2 id="new-place-title">{t('places.save')}</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TextField label={t('places.name')} required value={f.name} onChange={set('name')} maxLength={100} />
      <SelectField label={t('places.kind')} value={f.kind} onChange={set('kind')}>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {kindLabels[k]}
          </option>
        ))}
      </SelectField>
      <TextField label={t('places.area')} value={f.area} onChange={set('area')} maxLength={100} />
      <TextField label={t('places.address')} value={f.address} onChange={set('address')} maxLength={200} />
      <TextField label={t('places.lat')} hint={t('places.latHint')} inputMode="decimal" value={f.lat} onChange={set('lat')} />
      <TextField label={t('places.lng')} inputMode="decimal" value={f.lng} onChange={set('lng')} />
      <TextField label={t('places.fee')} inputMode="numeric" value={f.fee} onChange={set('fee')} />
      <CheckGroup legend={t('places.audiences')} options={audiences} value={aud} onChange={setAud} name="aud" />
      <h3>{t('places.activityTitle')}</h3>
      <TextField label={t('places.activityName')} value={f.activityName} onChange={set('activityName')} maxLength={100} />
      <SelectField label={t('places.frequency')} value={f.frequency} onChange={set('frequency')}>
        <option value="weekly">{t('places.frequencyWeekly')}</option>
        <option value="alternate_weeks">{t('places.frequencyAlternate')}</option>
        <option value="monthly_nth">{t('places.frequencyMonthly')}</option>
      </SelectField>
      {f.frequency === 'monthly_nth' ? <TextField label={t('places.nth')} value={f.nth} onChange={set('nth')} /> : null}
      {f.frequency === 'alternate_weeks' ? <TextField label={t('places.anchorDate')} value={f.anchorDate} onChange={set('anchorDate')} /> : null}
      <CheckGroup legend={t('places.days')} options={days} value={dayList} onChange={setDayList} name="day" />
      <TextField label={t('places.start')} hint={t('places.timeHint')} value={f.start} onChange={set('start')} placeholder="10:00" />
      <TextField label={t('places.end')} value={f.end} onChange={set('end')} placeholder="12:00" />
      <SelectField label={t('places.period')} value={f.period} onChange={set('period')}>
        <option value="">{t('places.periodNone')}</option>
        <option value="morning">午前</option>
        <option value="afternoon">午後</option>
        <option value="evening">夜</option>
      </SelectField>
      <p className="staff-check">
        <input id="publish" type="checkbox" checked={f.publish} onChange={(e) => setF((x) => ({ ...x, publish: e.target.checked }))} />
        <label htmlFor="publish">{t('places.publish')}</label>
      </p>
      <Button type="submit" busy={createPlace.isPending || createActivity.isPending}>
        {t('places.save')}
      </Button>
    </form>
  );
}

export function PlacesPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const places = useQuery(trpc.staff.place.find.queryOptions());
  const publish = useMutation(trpc.staff.place.setPublished.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.staff.place.find.queryKey() }) }));
  const [saved, setSaved] = useState<string | null>(null);
  const heading = (
    <PageHeading title={t('places.title')} appName={t('appName')}>
      {t('places.title')}
    </PageHeading>
  );
  return (
    <>
      {heading}
      <p>{t('places.lead')}</p>
      {saved ? <Alert tone="success">{t('places.saved', { name: saved })}</Alert> : null}
      <NewPlaceForm
        onSaved={(name) => {
          setSaved(name);
          void queryClient.invalidateQueries({ queryKey: trpc.staff.place.find.queryKey() });
        }}
      />
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
            { key: 'kind', header: t('places.kind'), cell: (p) => kindLabels[p.kind as (typeof kinds)[number]] ?? p.kind },
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
          ]}
        />
      ) : null}
    </>
  );
}
