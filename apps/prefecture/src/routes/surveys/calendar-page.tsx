// 後方支援の予定 (issue #11 item 11): the prefecture records ブロック会議・情報交換会・セミナー・四者協議 for target
// municipalities and sees each municipality's reply (出席/欠席, how many, which roles).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, SelectField, Table, TextAreaField, TextField, formatDateTimeJst } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { TargetPicker, checkedCodes, jstInstant } from './target-picker.js';

const kinds = ['block_meeting', 'exchange_meeting', 'seminar', 'four_party', 'other'] as const;
const text = (f: FormData, key: string): string => {
  const v = f.get(key);
  return typeof v === 'string' ? v.trim() : '';
};

function EventForm() {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const [done, setDone] = useState(false);
  const create = useMutation(trpc.prefecture.event.create.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.prefecture.event.pathKey() }) }));
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const date = text(f, 'date');
    const end = text(f, 'endTime');
    setDone(false);
    create.mutate(
      {
        kind: text(f, 'kind') as (typeof kinds)[number],
        title: text(f, 'title'),
        startsAt: jstInstant(date, text(f, 'startTime')),
        endsAt: end ? jstInstant(date, end) : null,
        place: text(f, 'place'),
        online: f.get('online') === 'on',
        notes: text(f, 'notes'),
        municipalityCodes: checkedCodes(f),
      },
      { onSuccess: () => { setDone(true); form.reset(); } },
    );
  };
  return (
    <form onSubmit={onSubmit} className="pref-event-form" aria-labelledby="event-form-title">
      <h2 id="event-form-title">{t('calendar.new')}</h2>
      {done ? <Alert tone="success">{t('calendar.saved')}</Alert> : null}
      {create.error ? <Alert tone="error">{create.error.message}</Alert> : null}
      <SelectField name="kind" label={t('calendar.kind')} required>
        {kinds.map((k) => <option key={k} value={k}>{t(`calendar.kinds.${k}`)}</option>)}
      </SelectField>
      <TextField name="title" label={t('calendar.name')} required maxLength={200} />
      <TextField name="date" type="date" label={t('calendar.date')} required />
      <TextField name="startTime" type="time" label={t('calendar.startTime')} defaultValue="13:30" required />
      <TextField name="endTime" type="time" label={t('calendar.endTime')} />
      <TextField name="place" label={t('calendar.place')} maxLength={300} />
      <label className="pref-check"><input type="checkbox" name="online" /> {t('calendar.online')}</label>
      <TextAreaField name="notes" label={t('calendar.notes')} rows={2} />
      <TargetPicker legend={t('calendar.targets')} />
      <Button type="submit" busy={create.isPending}>{t('calendar.save')}</Button>
    </form>
  );
}

export function CalendarPage() {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const events = useQuery(trpc.prefecture.event.list.queryOptions());
  const heading = (
    <PageHeading title={t('calendar.title')} appName={t('appName')}>
      {t('calendar.title')}
    </PageHeading>
  );
  if (events.isPending) return <>{heading}<Loading /></>;
  if (events.isError) return <>{heading}<QueryFailure error={events.error} onRetry={() => void events.refetch()} /></>;
  const where = (e: { place: string; online: boolean }) => [e.place, e.online ? t('calendar.onlineLabel') : ''].filter(Boolean).join('／');
  return (
    <>
      {heading}
      <p>{t('calendar.lead')}</p>
      <Table
        caption={t('calendar.events')}
        rows={events.data}
        rowKey={(e) => e.id}
        empty={t('calendar.empty')}
        columns={[
          { key: 'when', header: t('calendar.when'), cell: (e) => `${formatDateTimeJst(e.startsAt)}${e.endsAt ? `〜${formatDateTimeJst(e.endsAt).slice(-5)}` : ''}` },
          { key: 'title', header: t('calendar.name'), rowHeader: true, cell: (e) => `【${t(`calendar.kinds.${e.kind}`)}】${e.title}` },
          { key: 'where', header: t('calendar.where'), cell: where },
          { key: 'summary', header: t('calendar.reply'), cell: (e) => t('calendar.summary', { attending: e.attending, absent: e.absent, attendees: e.attendees }) },
        ]}
      />
      {events.data.map((e) => (
        <Table
          key={e.id}
          caption={t('calendar.attendanceOf', { title: e.title })}
          rows={e.municipalities}
          rowKey={(m) => m.code}
          columns={[
            { key: 'name', header: t('calendar.municipality'), rowHeader: true, cell: (m) => m.name },
            { key: 'reply', header: t('calendar.reply'), cell: (m) => t(`calendar.replies.${m.reply}`) },
            { key: 'n', header: t('calendar.attendees'), numeric: true, cell: (m) => (m.reply === 'attending' ? m.attendees : '—') },
            { key: 'roles', header: t('calendar.roles'), cell: (m) => m.roles || '—' },
          ]}
        />
      ))}
      <EventForm />
    </>
  );
}
