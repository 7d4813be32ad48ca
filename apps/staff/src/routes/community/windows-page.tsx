import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, PageHeading, Table, TextField, errorText } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';

const days = { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' } as const;
type Day = keyof typeof days;
const topics = { anything: 'どんな相談でも', elderly_care: '介護・高齢', disability: '障害', child_rearing: '子育て', living_hardship: '生活の困りごと', work: '仕事', housing: '住まい', hikikomori: 'ひきこもり', dv: 'DV・暴力', debt: '借金・お金', health: '健康' } as const;
type Topic = keyof typeof topics;

/** 相談窓口: hours per weekday (祝日 closed flag), contact, position, languages, topics; publish switch. */
export function WindowsPage() {
  const { t } = useTranslation('staff');
  const { t: tu } = useTranslation('ui');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.staff.window.find.queryOptions());
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.staff.window.find.queryKey() });
  const create = useMutation(trpc.staff.window.create.mutationOptions({ onSuccess: refresh }));
  const update = useMutation(trpc.staff.window.update.mutationOptions({ onSuccess: refresh }));
  const [f, setF] = useState({ name: '', phone: '', address: '', lat: '', lng: '', languages: 'ja', open: '08:30', close: '17:15', note: '', publish: true, holidays: true });
  const [dayList, setDayList] = useState<Day[]>(['mon', 'tue', 'wed', 'thu', 'fri']);
  const [topicList, setTopicList] = useState<Topic[]>(['anything']);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const num = (v: string) => (v.trim() === '' ? null : Number(v));
    try {
      await create.mutateAsync({
        name: f.name,
        phone: f.phone,
        address: f.address,
        lat: num(f.lat),
        lng: num(f.lng),
        languages: f.languages.split(/[,\s、]+/).filter(Boolean),
        topics: topicList,
        note: f.note,
        published: f.publish,
        hours: { spans: dayList.map((day) => ({ day, open: f.open, close: f.close })), closedOnHolidays: f.holidays },
      });
      setMessage({ tone: 'success', text: t('windows.saved', { name: f.name }) });
      setF((x) => ({ ...x, name: '' }));
    } catch (err) {
      setMessage({ tone: 'error', text: errorText(err, tu) });
    }
  };

  return (
    <>
      <PageHeading title={t('windows.title')} appName={t('appName')}>
        {t('windows.title')}
      </PageHeading>
      <p>{t('windows.lead')}</p>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <form className="kasane-card" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="new-window-title">
        <h2 id="new-window-title">{t('windows.add')}</h2>
        <TextField label={t('windows.name')} required value={f.name} onChange={set('name')} maxLength={100} />
        <TextField label={t('windows.phone')} value={f.phone} onChange={set('phone')} inputMode="tel" />
        <TextField label={t('places.address')} value={f.address} onChange={set('address')} maxLength={200} />
        <TextField label={t('places.lat')} hint={t('places.latHint')} inputMode="decimal" value={f.lat} onChange={set('lat')} />
        <TextField label={t('places.lng')} inputMode="decimal" value={f.lng} onChange={set('lng')} />
        <fieldset className="staff-checks">
          <legend>{t('windows.days')}</legend>
          {(Object.keys(days) as Day[]).map((d) => (
            <span key={d} className="staff-check">
              <input id={`wday-${d}`} type="checkbox" checked={dayList.includes(d)} onChange={(e) => setDayList((l) => (e.target.checked ? [...l, d] : l.filter((x) => x !== d)))} />
              <label htmlFor={`wday-${d}`}>{days[d]}</label>
            </span>
          ))}
        </fieldset>
        <TextField label={t('windows.open')} value={f.open} onChange={set('open')} />
        <TextField label={t('windows.close')} value={f.close} onChange={set('close')} />
        <p className="staff-check">
          <input id="holidays" type="checkbox" checked={f.holidays} onChange={(e) => setF((x) => ({ ...x, holidays: e.target.checked }))} />
          <label htmlFor="holidays">{t('windows.closedOnHolidays')}</label>
        </p>
        <TextField label={t('windows.languages')} hint={t('windows.languagesHint')} value={f.languages} onChange={set('languages')} />
        <fieldset className="staff-checks">
          <legend>{t('windows.topics')}</legend>
          {(Object.keys(topics) as Topic[]).map((k) => (
            <span key={k} className="staff-check">
              <input id={`topic-${k}`} type="checkbox" checked={topicList.includes(k)} onChange={(e) => setTopicList((l) => (e.target.checked ? [...l, k] : l.filter((x) => x !== k)))} />
              <label htmlFor={`topic-${k}`}>{topics[k]}</label>
            </span>
          ))}
        </fieldset>
        <TextField label={t('windows.note')} value={f.note} onChange={set('note')} maxLength={500} />
        <p className="staff-check">
          <input id="wpublish" type="checkbox" checked={f.publish} onChange={(e) => setF((x) => ({ ...x, publish: e.target.checked }))} />
          <label htmlFor="wpublish">{t('places.publish')}</label>
        </p>
        <Button type="submit" busy={create.isPending}>
          {t('windows.add')}
        </Button>
      </form>
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
          ]}
        />
      ) : null}
    </>
  );
}
