// A 支援会議 may take up someone who is not a case (法第106条の6): an アウトリーチ subject known by a nickname,
// or a person described by whoever reported them (a 民生委員). Shown for a 支援会議 only: other kinds refuse it.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, SelectField, TextAreaField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { ActionError } from './form-kit.js';

export function MeetingSubjectForm({ meetingId, onChanged }: { meetingId: string; onChanged: () => Promise<void> }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const session = useQuery(trpc.auth.session.queryOptions());
  // only the organisation doing the outreach holds its records (and brings them); others are not sent to ask
  const outreach = useQuery(trpc.staff.outreach.find.queryOptions(undefined, { enabled: session.data?.staffAreas.includes('outreach') ?? false }));
  const add = useMutation(trpc.staff.meeting.addAgendaItem.mutationOptions({ onSuccess: onChanged }));
  const [kind, setKind] = useState<'outreach' | 'description'>('description');
  const [subjectId, setSubjectId] = useState('');
  const [description, setDescription] = useState('');
  const [notes, setNotes] = useState('');
  const subjects = outreach.data ?? [];
  return (
    <form
      className="staff-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        const subject = kind === 'outreach' ? { outreachSubjectId: subjectId } : { description };
        add.mutate({ meetingId, ...subject, ...(notes.trim() ? { notes } : {}) }, { onSuccess: () => (setDescription(''), setNotes(''), setSubjectId('')) });
      }}
    >
      <h3>{t('meetingRecord.subjectTitle')}</h3>
      <p className="kasane-muted">{t('meetingRecord.subjectLead')}</p>
      <ActionError error={add.error} />
      <SelectField label={t('meetingRecord.subjectKind')} value={kind} onChange={(e) => setKind(e.target.value === 'outreach' ? 'outreach' : 'description')}>
        <option value="description">{t('meetingRecord.subjectDescription')}</option>
        {subjects.length ? <option value="outreach">{t('meetingRecord.subjectOutreach')}</option> : null}
      </SelectField>
      {kind === 'outreach' ? (
        <SelectField label={t('meetingRecord.subjectOutreach')} required value={subjectId} onChange={(e) => setSubjectId(e.target.value)}>
          <option value="">{t('coordination.choose')}</option>
          {subjects.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </SelectField>
      ) : (
        <TextAreaField label={t('meetingRecord.subjectDescriptionLabel')} hint={t('meetingRecord.subjectDescriptionHint')} required rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      )}
      <TextAreaField label={t('meetings.notes')} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <Button type="submit" variant="secondary" busy={add.isPending}>
        {t('meetings.addAgenda')}
      </Button>
    </form>
  );
}
