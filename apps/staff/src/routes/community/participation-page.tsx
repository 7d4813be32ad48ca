import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, PageHeading, SelectField, TextField, errorText } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';

const statusLabels: Record<string, string> = { proposed: '調整中', started: '参加中', settled: '定着', ended: '終了' };

/**
 * 参加支援 for one person (SPEC §3.8): match to a resource with the reason and the record that
 * existing programmes were considered first; 定着 follow-ups; outcome. Every call goes through the
 * access policy on the server (purpose 'participation') and is audited.
 */
export function ParticipationPage() {
  const { t } = useTranslation('staff');
  const { t: tu } = useTranslation('ui');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const { personId } = useParams({ from: '/authed/persons/$personId/participation' });
  const resources = useQuery(trpc.staff.participation.findResources.queryOptions());
  const matches = useQuery(trpc.staff.participation.findMatches.queryOptions({ personId }));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.staff.participation.findMatches.queryKey({ personId }) });
  const match = useMutation(trpc.staff.participation.match.mutationOptions({ onSuccess: refresh }));
  const status = useMutation(trpc.staff.participation.recordStatus.mutationOptions({ onSuccess: refresh }));
  const followUp = useMutation(trpc.staff.participation.recordFollowUp.mutationOptions({ onSuccess: refresh }));
  const [f, setF] = useState({ resourceId: '', reason: '', considered: false, consideredNote: '', direct: '' });
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const fail = (e: unknown) => setMessage({ tone: 'error', text: errorText(e, tu) });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    try {
      await match.mutateAsync({ personId, resourceId: f.resourceId, reason: f.reason, existingConsidered: f.considered as true, existingConsideredNote: f.consideredNote, directReferralReason: f.direct.trim() || null });
      setMessage({ tone: 'success', text: t('participation.matched') });
    } catch (err) {
      fail(err);
    }
  };

  return (
    <>
      <PageHeading title={t('participation.title')} appName={t('appName')}>
        {t('participation.title')}
      </PageHeading>
      <p>{t('participation.lead')}</p>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {matches.isError ? <QueryFailure error={matches.error} onRetry={() => void matches.refetch()} /> : null}
      <form className="kasane-card" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="match-title">
        <h2 id="match-title">{t('participation.matchTitle')}</h2>
        <SelectField label={t('participation.resource')} value={f.resourceId} onChange={(e) => setF((x) => ({ ...x, resourceId: e.target.value }))}>
          <option value="">{t('participation.chooseResource')}</option>
          {resources.data?.map((r) => (
            <option key={r.id} value={r.id} disabled={r.remaining === 0 || !r.active}>
              {r.isExistingProgramme ? `【${t('resources.existingBadge')}】` : ''}
              {r.name}（{r.kindLabel}
              {r.remaining === null ? '' : `・残り${r.remaining}`}）
            </option>
          ))}
        </SelectField>
        <TextField label={t('participation.reason')} required value={f.reason} maxLength={1000} onChange={(e) => setF((x) => ({ ...x, reason: e.target.value }))} />
        <p className="staff-check">
          <input id="considered" type="checkbox" checked={f.considered} onChange={(e) => setF((x) => ({ ...x, considered: e.target.checked }))} />
          <label htmlFor="considered">{t('participation.considered')}</label>
        </p>
        <TextField label={t('participation.consideredNote')} required value={f.consideredNote} maxLength={1000} onChange={(e) => setF((x) => ({ ...x, consideredNote: e.target.value }))} />
        <TextField label={t('participation.direct')} hint={t('participation.directHint')} value={f.direct} maxLength={1000} onChange={(e) => setF((x) => ({ ...x, direct: e.target.value }))} />
        <Button type="submit" busy={match.isPending}>
          {t('participation.match')}
        </Button>
      </form>
      {matches.isPending ? <Loading /> : null}
      {matches.data?.map((m) => (
        <section key={m.id} className="kasane-card" aria-labelledby={`m-${m.id}`}>
          <h2 id={`m-${m.id}`}>
            {m.resource.name} <Badge tone="info">{statusLabels[m.status] ?? m.status}</Badge>
          </h2>
          <p>
            {t('participation.reason')}：{m.reason}
          </p>
          <p>
            {t('participation.consideredNote')}：{m.existingConsideredNote}
          </p>
          {m.outcome ? (
            <p>
              {t('participation.outcome')}：{m.outcome}
            </p>
          ) : null}
          <ul>
            {m.followUps.map((fu) => (
              <li key={fu.id}>
                {fu.at}：{fu.note}
                {fu.settled ? `（${t('participation.settled')}）` : ''}
              </li>
            ))}
          </ul>
          {m.status !== 'ended' ? (
            <>
              <TextField label={t('participation.note')} value={notes[m.id] ?? ''} maxLength={2000} onChange={(e) => setNotes((n) => ({ ...n, [m.id]: e.target.value }))} />
              <div className="staff-actions">
                {m.status === 'proposed' ? (
                  <Button size="small" variant="secondary" onClick={() => status.mutate({ matchId: m.id, status: 'started' }, { onError: fail })}>
                    {t('participation.start')}
                  </Button>
                ) : null}{' '}
                <Button size="small" variant="secondary" onClick={() => followUp.mutate({ matchId: m.id, note: notes[m.id] ?? '', settled: false }, { onError: fail })}>
                  {t('participation.recordFollowUp')}
                </Button>{' '}
                <Button size="small" variant="secondary" onClick={() => followUp.mutate({ matchId: m.id, note: notes[m.id] ?? '', settled: true }, { onError: fail })}>
                  {t('participation.recordSettled')}
                </Button>{' '}
                <Button size="small" variant="secondary" onClick={() => status.mutate({ matchId: m.id, status: 'ended', outcome: notes[m.id] ?? '' }, { onError: fail })}>
                  {t('participation.end')}
                </Button>
              </div>
            </>
          ) : null}
        </section>
      ))}
    </>
  );
}
