// 県の後方支援の予定 (issue #11 item 11): the prefecture's events for this municipality, upcoming first; the
// administrator replies 出席/欠席 with the number of attendees and their roles (「福祉総務課 2名」), never names.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, TextField } from '@kasane/ui';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@kasane/api';
import { useTrpc } from '../../api.js';
import { formText } from '../backoffice/kit.js';
import { ActionError } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { formatDateTime } from '../../dates.js';

type Event = inferRouterOutputs<AppRouter>['staff']['supportEvent']['list']['upcoming'][number];
type Kind = 'block_meeting' | 'exchange_meeting' | 'seminar' | 'four_party' | 'other';
type Reply = 'pending' | 'attending' | 'absent';

function ReplyForm({ event }: { event: Event }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const [reply, setReply] = useState<'attending' | 'absent'>(event.reply === 'absent' ? 'absent' : 'attending');
  const [done, setDone] = useState(false);
  const save = useMutation(trpc.staff.supportEvent.reply.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.supportEvent.pathKey() }) }));
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const attendees = reply === 'absent' ? 0 : Number(formText(f, 'attendees'));
    setDone(false);
    save.mutate({ eventId: event.id, reply, attendees, roles: reply === 'absent' ? '' : formText(f, 'roles') }, { onSuccess: () => setDone(true) });
  };
  return (
    <form onSubmit={onSubmit} className="staff-form" aria-label={t('supportEvents.replyTitle', { title: event.title })}>
      {done ? <Alert tone="success">{t('supportEvents.saved')}</Alert> : null}
      <ActionError error={save.error} />
      <fieldset className="staff-checks">
        <legend>{t('supportEvents.reply')}</legend>
        {(['attending', 'absent'] as const).map((r) => (
          <label key={r} className="staff-check">
            <input type="radio" name={`reply-${event.id}`} value={r} checked={reply === r} onChange={() => setReply(r)} /> {t(`supportEvents.${r}`)}
          </label>
        ))}
      </fieldset>
      {reply === 'attending' ? (
        <>
          <TextField name="attendees" type="number" min={1} max={999} label={t('supportEvents.attendees')} defaultValue={event.attendees > 0 ? String(event.attendees) : '1'} required />
          <TextField name="roles" label={t('supportEvents.roles')} hint={t('supportEvents.rolesHint')} defaultValue={event.roles} maxLength={500} required />
        </>
      ) : null}
      <Button type="submit" busy={save.isPending}>{t('supportEvents.save')}</Button>
    </form>
  );
}

function EventCard({ event, canReply }: { event: Event; canReply: boolean }) {
  const { t } = useTranslation('staff');
  const where = [event.place, event.online ? t('supportEvents.onlineLabel') : ''].filter(Boolean).join('／');
  const current = event.reply === 'attending' ? t('supportEvents.currentAttending', { count: event.attendees, roles: event.roles }) : t('supportEvents.current', { reply: t(`supportEvents.replies.${event.reply as Reply}`) });
  return (
    <article className="staff-section" aria-labelledby={`event-${event.id}`}>
      <h3 id={`event-${event.id}`}>【{t(`supportEvents.kinds.${event.kind as Kind}`)}】{event.title}{event.cancelledAt ? t('supportEvents.cancelledMark') : ''}</h3>
      <dl>
        <dt>{t('supportEvents.when')}</dt>
        <dd>{formatDateTime(event.startsAt)}{event.endsAt ? `〜${formatDateTime(event.endsAt).slice(-5)}` : ''}</dd>
        <dt>{t('supportEvents.where')}</dt>
        <dd>{where || '—'}</dd>
      </dl>
      {event.cancelledAt ? <Alert tone="warning" live={false} title={t('supportEvents.cancelled', { at: formatDateTime(event.cancelledAt) })}>{t('supportEvents.cancelReason', { reason: event.cancelReason })}</Alert> : null}
      {event.updatedAt && !event.cancelledAt ? <p>{t('supportEvents.updated', { at: formatDateTime(event.updatedAt) })}</p> : null}
      {event.notes ? <p>{event.notes}</p> : null}
      <p>{current}</p>
      {canReply && !event.past && !event.cancelledAt ? <ReplyForm event={event} /> : null}
    </article>
  );
}

export function SupportEventsPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const events = useQuery(trpc.staff.supportEvent.list.queryOptions());
  const heading = (
    <PageHeading title={t('supportEvents.title')} appName={t('appName')}>
      {t('supportEvents.title')}
    </PageHeading>
  );
  if (events.isPending) return <>{heading}<Loading /></>;
  if (events.isError) return <>{heading}<QueryFailure error={events.error} onRetry={() => void events.refetch()} /></>;
  const { upcoming, past, canReply } = events.data;
  return (
    <>
      {heading}
      <p>{t('supportEvents.lead')}</p>
      <h2>{t('supportEvents.upcoming')}</h2>
      {upcoming.length === 0 ? <p>{t('supportEvents.empty')}</p> : upcoming.map((e) => <EventCard key={e.id} event={e} canReply={canReply} />)}
      <h2>{t('supportEvents.past')}</h2>
      {past.length === 0 ? <p>{t('supportEvents.empty')}</p> : past.map((e) => <EventCard key={e.id} event={e} canReply={false} />)}
    </>
  );
}
