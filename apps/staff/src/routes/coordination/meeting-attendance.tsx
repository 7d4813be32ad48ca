// 出欠 per member and guests who are not users (issue #10 item 5). A 支援会議 guest's paper undertaking is noted
// before the guest may be recorded present (法第106条の6第5項); the API refuses otherwise, and says why.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, SelectField, Table, TextField } from '@kasane/ui';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@kasane/api';
import { useTrpc } from '../../api.js';
import { ActionError } from './form-kit.js';
import { todayInJapan } from '../../dates.js';

type MeetingView = inferRouterOutputs<AppRouter>['staff']['meeting']['get'];
type Attendance = 'present' | 'absent' | 'late';
const attendances: Attendance[] = ['present', 'absent', 'late'];

function AttendanceSelect({ label, value, onChange }: { label: string; value: string; onChange: (v: Attendance | '') => void }) {
  const { t } = useTranslation('staff');
  return (
    <SelectField label={label} value={value} onChange={(e) => onChange(e.target.value as Attendance | '')}>
      <option value="">{t('meetingRecord.unrecorded')}</option>
      {attendances.map((a) => (
        <option key={a} value={a}>
          {t(`meetingRecord.${a}`)}
        </option>
      ))}
    </SelectField>
  );
}

export function MeetingAttendance({ meeting: m, onChanged }: { meeting: MeetingView; onChanged: () => Promise<void> }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const [members, setMembers] = useState<Record<string, string>>(Object.fromEntries(m.members.map((x) => [x.userId, x.attendance ?? ''])));
  const [guests, setGuests] = useState<Record<string, string>>(Object.fromEntries(m.guests.map((g) => [g.id, g.attendance ?? ''])));
  const save = useMutation(trpc.staff.meeting.recordAttendance.mutationOptions({ onSuccess: onChanged }));
  const chosen = <K extends string>(map: Record<string, string>, key: K) =>
    Object.entries(map)
      .filter(([, a]) => a !== '')
      .map(([id, a]) => ({ [key]: id, attendance: a as Attendance }) as Record<K, string> & { attendance: Attendance });
  return (
    <section aria-labelledby="attendance-h" className="staff-section">
      <h2 id="attendance-h">{t('meetingRecord.attendanceTitle')}</h2>
      {save.isSuccess ? <Alert tone="success">{t('meetingRecord.attendanceSaved')}</Alert> : null}
      <ActionError error={save.error} />
      <form
        className="staff-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          save.mutate({ meetingId: m.id, members: chosen(members, 'userId'), guests: chosen(guests, 'guestId') });
        }}
      >
        <div className="staff-grid">
          {m.members.map((x) => (
            <AttendanceSelect key={x.userId} label={`${x.name}（${x.organisationName}）`} value={members[x.userId] ?? ''} onChange={(v) => setMembers({ ...members, [x.userId]: v })} />
          ))}
          {m.guests.map((g) => (
            <AttendanceSelect key={g.id} label={`${g.name}（${g.organisationName}）`} value={guests[g.id] ?? ''} onChange={(v) => setGuests({ ...guests, [g.id]: v })} />
          ))}
        </div>
        <Button type="submit" busy={save.isPending}>
          {t('meetingRecord.saveAttendance')}
        </Button>
      </form>
    </section>
  );
}

export function MeetingGuests({ meeting: m, onChanged }: { meeting: MeetingView; onChanged: () => Promise<void> }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const add = useMutation(trpc.staff.meeting.addGuest.mutationOptions({ onSuccess: onChanged }));
  const note = useMutation(trpc.staff.meeting.noteGuestUndertaking.mutationOptions({ onSuccess: onChanged }));
  const [form, setForm] = useState({ name: '', organisationName: '', roleNote: '', undertakingOnPaperOn: '' });
  const [noteDay, setNoteDay] = useState(todayInJapan());
  const shien = m.kind === 'shien';
  return (
    <section aria-labelledby="guests-h" className="staff-section">
      <h2 id="guests-h">{t('meetingRecord.guestsTitle')}</h2>
      <p>{shien ? t('meetingRecord.guestsShienLead') : t('meetingRecord.guestsLead')}</p>
      <Table
        caption={t('meetingRecord.guestsTitle')}
        rows={m.guests}
        rowKey={(g) => g.id}
        empty={t('meetingRecord.noGuests')}
        columns={[
          { key: 'name', header: t('meetingRecord.guestName'), rowHeader: true, cell: (g) => g.name },
          { key: 'org', header: t('meetingRecord.guestOrganisation'), cell: (g) => g.organisationName },
          { key: 'role', header: t('meetingRecord.guestRole'), cell: (g) => g.roleNote ?? '—' },
          { key: 'attendance', header: t('meetingRecord.attendance'), cell: (g) => g.attendanceLabel ?? t('meetingRecord.unrecorded') },
          ...(shien
            ? [
                {
                  key: 'undertaking',
                  header: t('meetingRecord.guestUndertaking'),
                  cell: (g: MeetingView['guests'][number]) =>
                    g.undertakingOnPaperOn ?? (
                      <Button size="small" variant="secondary" busy={note.isPending} onClick={() => note.mutate({ meetingId: m.id, guestId: g.id, on: noteDay })}>
                        {t('meetingRecord.noteUndertaking')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {shien ? <TextField label={t('meetingRecord.guestUndertakingOn')} type="date" value={noteDay} onChange={(e) => setNoteDay(e.target.value)} /> : null}
      <ActionError error={note.error ?? add.error} />
      <form
        className="staff-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          add.mutate(
            {
              meetingId: m.id,
              name: form.name,
              organisationName: form.organisationName,
              ...(form.roleNote.trim() ? { roleNote: form.roleNote } : {}),
              ...(shien && form.undertakingOnPaperOn ? { undertakingOnPaperOn: form.undertakingOnPaperOn } : {}),
            },
            { onSuccess: () => setForm({ name: '', organisationName: '', roleNote: '', undertakingOnPaperOn: '' }) },
          );
        }}
      >
        <div className="staff-grid">
          <TextField label={t('meetingRecord.guestName')} required autoComplete="off" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          <TextField label={t('meetingRecord.guestOrganisation')} required value={form.organisationName} onChange={(e) => setForm({ ...form, organisationName: e.target.value })} />
          <TextField label={t('meetingRecord.guestRole')} value={form.roleNote} onChange={(e) => setForm({ ...form, roleNote: e.target.value })} />
          {shien ? <TextField label={t('meetingRecord.guestUndertakingOn')} type="date" value={form.undertakingOnPaperOn} onChange={(e) => setForm({ ...form, undertakingOnPaperOn: e.target.value })} /> : null}
        </div>
        <Button type="submit" variant="secondary" busy={add.isPending}>
          {t('meetingRecord.addGuest')}
        </Button>
      </form>
    </section>
  );
}
