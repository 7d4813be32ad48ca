// 会議の種類 (SPEC §4, seed 003; issue #4 item 5): the municipality's own meeting bodies, each mapped to its
// legal kind. Everyone sees the list; the municipal administrator adds, edits, retires, restores and
// deletes unused types, and adds the standard bodies prepared for the municipality.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, PageHeading, Table } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { DeleteButton } from '../row-actions.js';
import { ActionError } from './form-kit.js';
import { MeetingTypeForm } from './meeting-type-form.js';
import type { MeetingTypeRow } from './meeting-type-form.js';

export function MeetingTypesPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.staff.meetingType.list.queryOptions());
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.staff.meetingType.pathKey() });
    // the meeting form offers only active types
    await queryClient.invalidateQueries({ queryKey: trpc.staff.meeting.options.queryKey() });
  };
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = list.data?.types.find((ty) => ty.id === editingId);
  const closeEditor = () => {
    const id = editingId;
    setEditingId(null);
    setTimeout(() => document.getElementById(`edit-meeting-type-${id}`)?.focus(), 0);
  };
  /** After a change: say what happened, reload, and (when the clicked button went away) put focus where the work goes on. */
  const done = (text: string, focusId?: string) => {
    setError(null);
    setMessage(text);
    void refresh().then(() => {
      if (focusId) setTimeout(() => document.getElementById(focusId)?.focus(), 0);
    });
  };

  const heading = (
    <PageHeading title={t('meetingTypes.title')} appName={t('appName')}>
      {t('meetingTypes.title')}
    </PageHeading>
  );
  if (list.isPending) return <>{heading}<Loading /></>;
  if (list.isError) return <>{heading}<QueryFailure error={list.error} onRetry={() => void list.refetch()} /></>;
  const data = list.data;

  return (
    <>
      {heading}
      <p>{t('meetingTypes.lead')}</p>
      <p>
        <Link to="/meetings">{t('meetingTypes.backToMeetings')}</Link>
      </p>
      {data.canEdit ? null : <Alert tone="info" live={false}>{t('meetingTypes.readOnly')}</Alert>}
      {message ? (
        <div id="meeting-types-message" tabIndex={-1}>
          <Alert tone="success">{message}</Alert>
        </div>
      ) : null}
      <ActionError error={error} />
      <Table
        caption={t('meetingTypes.caption', { count: data.types.length })}
        rows={data.types}
        rowKey={(ty) => ty.id}
        empty={t('meetingTypes.empty')}
        columns={[
          { key: 'name', header: t('meetingTypes.name'), rowHeader: true, cell: (ty) => ty.name },
          { key: 'kind', header: t('meetingTypes.kind'), cell: (ty) => ty.kindLabel },
          { key: 'frequency', header: t('meetingTypes.frequency'), cell: (ty) => ty.frequency ?? t('meetingTypes.none') },
          { key: 'count', header: t('meetingTypes.meetingCount'), numeric: true, cell: (ty) => ty.meetingCount },
          {
            key: 'state',
            header: t('meetingTypes.state'),
            cell: (ty) => <Badge tone={ty.active ? 'info' : 'neutral'}>{ty.active ? t('meetingTypes.active') : t('meetingTypes.retired')}</Badge>,
          },
          ...(data.canEdit
            ? [{ key: 'actions', header: t('meetingTypes.actions'), cell: (ty: MeetingTypeRow) => <RowActions type={ty} onEdit={() => setEditingId(ty.id)} onDone={done} onError={setError} /> }]
            : []),
        ]}
      />
      {data.canEdit ? (
        <>
          <PresetsButton missing={data.presetsMissing} onDone={done} onError={setError} />
          <div className="staff-section">
            {editing ? (
              <MeetingTypeForm
                key={editing.id}
                list={data}
                type={editing}
                onCancel={closeEditor}
                onSaved={(name) => {
                  done(t('meetingTypes.updated', { name }));
                  closeEditor();
                }}
              />
            ) : (
              <MeetingTypeForm list={data} onSaved={(name) => done(t('meetingTypes.saved', { name }))} />
            )}
          </div>
        </>
      ) : null}
    </>
  );
}

function RowActions({ type, onEdit, onDone, onError }: { type: MeetingTypeRow; onEdit: () => void; onDone: (message: string, focusId?: string) => void; onError: (e: unknown) => void }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const retire = useMutation(trpc.staff.meetingType.retire.mutationOptions());
  const restore = useMutation(trpc.staff.meetingType.restore.mutationOptions());
  const remove = useMutation(trpc.staff.meetingType.delete.mutationOptions());
  const hidden = <span className="kasane-visually-hidden">（{type.name}）</span>;
  return (
    <span className="staff-actions">
      <Button id={`edit-meeting-type-${type.id}`} size="small" variant="secondary" onClick={onEdit}>
        {t('meetingTypes.edit')}
        {hidden}
      </Button>
      {type.active ? (
        <Button
          id={`retire-meeting-type-${type.id}`}
          size="small"
          variant="secondary"
          busy={retire.isPending}
          onClick={() => retire.mutate({ id: type.id }, { onSuccess: (r) => onDone(t('meetingTypes.retiredDone', { name: r.name }), `restore-meeting-type-${type.id}`), onError })}
        >
          {t('meetingTypes.retire')}
          {hidden}
        </Button>
      ) : (
        <Button
          id={`restore-meeting-type-${type.id}`}
          size="small"
          variant="secondary"
          busy={restore.isPending}
          onClick={() => restore.mutate({ id: type.id }, { onSuccess: (r) => onDone(t('meetingTypes.restored', { name: r.name }), `retire-meeting-type-${type.id}`), onError })}
        >
          {t('meetingTypes.restore')}
          {hidden}
        </Button>
      )}
      {type.deletable ? (
        <DeleteButton
          name={type.name}
          question={t('meetingTypes.confirmDelete', { name: type.name })}
          busy={remove.isPending}
          onConfirm={() => remove.mutate({ id: type.id }, { onSuccess: (r) => onDone(t('meetingTypes.deleted', { name: r.name }), 'meeting-types-message'), onError })}
        />
      ) : null}
    </span>
  );
}

function PresetsButton({ missing, onDone, onError }: { missing: number; onDone: (message: string) => void; onError: (e: unknown) => void }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const add = useMutation(
    trpc.staff.meetingType.addPresets.mutationOptions({
      onSuccess: (r) => {
        const parts = [
          !r.hasPresets ? t('meetingTypes.presetsNone') : r.added.length > 0 ? t('meetingTypes.presetsAdded', { names: r.added.join('、') }) : t('meetingTypes.presetsNothingNew'),
          ...(r.nameTaken.length > 0 ? [t('meetingTypes.presetsNameTaken', { names: r.nameTaken.join('、') })] : []),
        ];
        onDone(parts.join(' '));
      },
      onError,
    }),
  );
  return (
    <section aria-labelledby="meeting-type-presets-h" className="staff-section">
      <h2 id="meeting-type-presets-h">{t('meetingTypes.presetsTitle')}</h2>
      <p>
        {t('meetingTypes.addPresetsHint')}
        {missing > 0 ? ` ${t('meetingTypes.presetsMissing', { count: missing })}` : null}
      </p>
      <Button variant="secondary" busy={add.isPending} onClick={() => add.mutate()}>
        {t('meetingTypes.addPresets')}
      </Button>
    </section>
  );
}
