import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useRouteContext } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button, PageHeading, SelectField, Table, TextAreaField, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { ActionError, fieldError, zodResolver } from './form-kit.js';
import { formatDateTime, fromJapanLocal } from '../../dates.js';

type NewMeeting = { meetingTypeId: string; title: string; scheduledAt: string; place: string; jointBodyId: string; jointNote: string };

export function MeetingsPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const { actor } = useRouteContext({ from: '/authed' });
  const meetings = useQuery(trpc.staff.meeting.find.queryOptions());
  const organiser = actor.role === 'coordinator' || actor.role === 'municipal_admin';
  const heading = (
    <PageHeading title={t('meetings.title')} appName={t('appName')}>
      {t('meetings.title')}
    </PageHeading>
  );
  if (meetings.isPending) return <>{heading}<Loading /></>;
  if (meetings.isError) return <>{heading}<QueryFailure error={meetings.error} onRetry={() => void meetings.refetch()} /></>;
  return (
    <>
      {heading}
      <p>
        {t('meetings.lead')} <Link to="/meeting-types">{t('meetings.typesLink')}</Link>
      </p>
      <Table
        caption={t('meetings.caption', { count: meetings.data.length })}
        rows={meetings.data}
        rowKey={(m) => m.id}
        empty={t('meetings.empty')}
        columns={[
          {
            key: 'title',
            header: t('meetings.name'),
            rowHeader: true,
            cell: (m) => (
              <Link to="/meetings/$meetingId" params={{ meetingId: m.id }}>
                {m.title}
              </Link>
            ),
          },
          { key: 'type', header: t('meetings.type'), cell: (m) => `${m.typeName}（${m.kindLabel}）` },
          { key: 'when', nowrap: true, header: t('meetings.when'), cell: (m) => formatDateTime(m.scheduledAt) },
          { key: 'joint', header: t('meetings.joint'), cell: (m) => m.jointBody ?? '—' },
          { key: 'agenda', header: t('meetings.agendaCount'), numeric: true, cell: (m) => m.agendaCount },
        ]}
      />
      {organiser ? <NewMeetingForm /> : null}
    </>
  );
}

function NewMeetingForm() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const options = useQuery(trpc.staff.meeting.options.queryOptions());
  const create = useMutation(
    trpc.staff.meeting.create.mutationOptions({
      onSuccess: async (r) => {
        await queryClient.invalidateQueries({ queryKey: trpc.staff.meeting.pathKey() });
        await navigate({ to: '/meetings/$meetingId', params: { meetingId: r.id } });
      },
    }),
  );
  const schema = z.object({
    meetingTypeId: z.string().min(1, t('meetings.typeRequired')),
    title: z.string().trim().min(1, t('meetings.titleRequired')),
    scheduledAt: z.string().min(1, t('meetings.whenRequired')),
    place: z.string(),
    jointBodyId: z.string(),
    jointNote: z.string(),
  });
  const { register, handleSubmit, formState } = useForm<NewMeeting>({ resolver: zodResolver(schema), defaultValues: { meetingTypeId: '', title: '', scheduledAt: '', place: '', jointBodyId: '', jointNote: '' } });
  const e = formState.errors;
  const submit = (v: NewMeeting) =>
    create.mutate({
      meetingTypeId: v.meetingTypeId,
      title: v.title,
      scheduledAt: fromJapanLocal(v.scheduledAt),
      ...(v.place.trim() ? { place: v.place } : {}),
      ...(v.jointBodyId ? { jointBodyId: v.jointBodyId as 'community_care_meeting', jointNote: v.jointNote } : {}),
    });
  return (
    <section aria-labelledby="new-meeting-h" className="staff-section">
      <h2 id="new-meeting-h">{t('meetings.createTitle')}</h2>
      <ActionError error={create.error} />
      <form noValidate className="staff-form" onSubmit={(ev) => void handleSubmit(submit)(ev)}>
        <SelectField label={t('meetings.type')} required error={fieldError(e.meetingTypeId)} {...register('meetingTypeId')}>
          <option value="">{t('coordination.choose')}</option>
          {(options.data?.types ?? []).map((ty) => (
            <option key={ty.id} value={ty.id}>
              {ty.name}（{ty.kindLabel}）
            </option>
          ))}
        </SelectField>
        <TextField label={t('meetings.name')} required error={fieldError(e.title)} {...register('title')} />
        <TextField type="datetime-local" label={t('meetings.when')} required error={fieldError(e.scheduledAt)} {...register('scheduledAt')} />
        <TextField label={t('meetings.place')} {...register('place')} />
        <SelectField label={t('meetings.joint')} {...register('jointBodyId')}>
          <option value="">{t('meetings.jointNone')}</option>
          {(options.data?.jointBodies ?? []).map((b) => (
            <option key={b.id} value={b.id}>
              {b.label}
            </option>
          ))}
        </SelectField>
        <TextAreaField label={t('meetings.jointNote')} hint={t('meetings.jointNoteHint')} rows={2} {...register('jointNote')} />
        <Button type="submit" busy={create.isPending}>
          {t('meetings.create')}
        </Button>
      </form>
    </section>
  );
}
