// 後方支援の予定 (issue #11 item 11): the prefecture records ブロック会議・情報交換会・セミナー・四者協議 for target
// municipalities and sees each municipality's reply (出席/欠席, how many, which roles).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, SelectField, Table, TextAreaField, TextField, formatDateTimeJst } from '@kasane/ui';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@kasane/api';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { CancelForm } from './cancel-form.js';
import { TargetPicker, checkedCodes, jstInputs, jstInstant } from './target-picker.js';

const kinds = ['block_meeting', 'exchange_meeting', 'seminar', 'four_party', 'other'] as const;
const text = (f: FormData, key: string): string => {
  const v = f.get(key);
  return typeof v === 'string' ? v.trim() : '';
};

type Event = inferRouterOutputs<AppRouter>['prefecture']['event']['list'][number];

/** A new event, or (given `event`) the change of one already sent: the same fields, targets only added. */
function EventForm({ event }: { event?: Event }) {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const refresh = { onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.prefecture.event.pathKey() }) };
  const create = useMutation(trpc.prefecture.event.create.mutationOptions(refresh));
  const update = useMutation(trpc.prefecture.event.update.mutationOptions(refresh));
  const starts = event ? jstInputs(event.startsAt) : null;
  const id = event ? `event-change-${event.id}` : 'event-form-title';
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const date = text(f, 'date');
    const end = text(f, 'endTime');
    setDone(null);
    const fields = {
      kind: text(f, 'kind') as (typeof kinds)[number],
      title: text(f, 'title'),
      startsAt: jstInstant(date, text(f, 'startTime')),
      endsAt: end ? jstInstant(date, end) : null,
      place: text(f, 'place'),
      online: f.get('online') === 'on',
      notes: text(f, 'notes'),
    };
    if (event) update.mutate({ ...fields, id: event.id, addMunicipalityCodes: checkedCodes(f) }, { onSuccess: (r) => setDone(t('change.eventSaved', { count: r.added })) });
    else create.mutate({ ...fields, municipalityCodes: checkedCodes(f) }, { onSuccess: () => { setDone(t('calendar.saved')); form.reset(); } });
  };
  const error = (event ? update.error : create.error)?.message;
  return (
    <form key={event?.updatedAt?.toISOString() ?? 'new'} onSubmit={onSubmit} className="pref-event-form" aria-labelledby={id}>
      <h2 id={id}>{event ? t('change.eventTitle') : t('calendar.new')}</h2>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <SelectField name="kind" label={t('calendar.kind')} required defaultValue={event?.kind}>
        {kinds.map((k) => <option key={k} value={k}>{t(`calendar.kinds.${k}`)}</option>)}
      </SelectField>
      <TextField name="title" label={t('calendar.name')} required maxLength={200} defaultValue={event?.title} />
      <TextField name="date" type="date" label={t('calendar.date')} required defaultValue={starts?.date} />
      <TextField name="startTime" type="time" label={t('calendar.startTime')} defaultValue={starts?.time ?? '13:30'} required />
      <TextField name="endTime" type="time" label={t('calendar.endTime')} defaultValue={event?.endsAt ? jstInputs(event.endsAt).time : undefined} />
      <TextField name="place" label={t('calendar.place')} maxLength={300} defaultValue={event?.place} />
      <label className="pref-check"><input type="checkbox" name="online" defaultChecked={event?.online ?? false} /> {t('calendar.online')}</label>
      <TextAreaField name="notes" label={t('calendar.notes')} rows={2} defaultValue={event?.notes} />
      <TargetPicker legend={event ? t('change.eventAddTargets') : t('calendar.targets')} exclude={event?.municipalities.map((m) => m.code)} />
      <Button type="submit" busy={event ? update.isPending : create.isPending}>{event ? t('change.save') : t('calendar.save')}</Button>
    </form>
  );
}

/** 変更・取り消し of one event, folded away under its attendance table. */
function EventChange({ event }: { event: Event }) {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const cancel = useMutation(trpc.prefecture.event.cancel.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.prefecture.event.pathKey() }) }));
  if (event.cancelledAt) return <p className="pref-cancelled">{t('change.eventCancelled', { at: formatDateTimeJst(event.cancelledAt), reason: event.cancelReason })}</p>;
  return (
    <details className="pref-change">
      <summary>{t('change.changeOf', { title: event.title })}</summary>
      <EventForm event={event} />
      <CancelForm title={t('change.eventCancel')} button={t('change.eventCancelButton')} busy={cancel.isPending} error={cancel.error?.message ?? null} onCancel={(reason) => cancel.mutate({ id: event.id, reason })} />
    </details>
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
          { key: 'title', header: t('calendar.name'), rowHeader: true, cell: (e) => `【${t(`calendar.kinds.${e.kind}`)}】${e.title}${e.cancelledAt ? t('change.cancelledMark') : ''}` },
          { key: 'where', header: t('calendar.where'), cell: where },
          { key: 'summary', header: t('calendar.reply'), cell: (e) => t('calendar.summary', { attending: e.attending, absent: e.absent, attendees: e.attendees }) },
        ]}
      />
      {events.data.map((e) => (
        <section key={e.id} aria-label={e.title}>
        <Table
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
        <EventChange event={e} />
        </section>
      ))}
      <EventForm />
    </>
  );
}
