import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { Fragment, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, PageHeading, SelectField, TextField, errorText } from '@kasane/ui';
import { matchStatusLabels } from '@kasane/domain';
import type { MatchStatus } from '@kasane/domain';
import { useTrpc } from '../../api.js';
import { formatDate } from '../../dates.js';
import { Loading, QueryFailure } from '../query-state.js';

/**
 * 参加支援 for one person (SPEC §3.8): match to a resource with the reason and the record that
 * existing programmes were considered first; 参加開始 with its note; 定着 follow-ups; outcome. The person
 * is named from the server's audited read (purpose 'participation'); the page links back to the case,
 * household and consents so a worker never has to type a URL.
 */
export function ParticipationPage() {
  const { t } = useTranslation('staff');
  const { t: tu } = useTranslation('ui');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const { personId } = useParams({ from: '/authed/persons/$personId/participation' });
  const { caseId } = useSearch({ from: '/authed/persons/$personId/participation' });
  const resources = useQuery(trpc.staff.participation.findResources.queryOptions());
  const view = useQuery(trpc.staff.participation.findMatches.queryOptions({ personId }));
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.staff.participation.findMatches.queryKey({ personId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.staff.participation.findResources.queryKey() });
  };
  const match = useMutation(trpc.staff.participation.match.mutationOptions({ onSuccess: refresh }));
  const status = useMutation(trpc.staff.participation.recordStatus.mutationOptions({ onSuccess: refresh }));
  const followUp = useMutation(trpc.staff.participation.recordFollowUp.mutationOptions({ onSuccess: refresh }));
  const empty = { resourceId: '', reason: '', considered: false, consideredNote: '', direct: '' };
  const [f, setF] = useState(empty);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const fail = (e: unknown) => setMessage({ tone: 'error', text: errorText(e, tu) });
  const done = (matchId: string, text: string) => () => {
    setNotes((n) => ({ ...n, [matchId]: '' }));
    setMessage({ tone: 'success', text });
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    try {
      await match.mutateAsync({ personId, caseId: caseId ?? null, resourceId: f.resourceId, reason: f.reason, existingConsidered: f.considered as true, existingConsideredNote: f.consideredNote, directReferralReason: f.direct.trim() || null });
      setF(empty);
      setMessage({ tone: 'success', text: t('participation.matched') });
    } catch (err) {
      fail(err);
    }
  };

  const person = view.data?.person;
  const title = person ? t('participation.titleOf', { name: person.name }) : t('participation.title');
  return (
    <>
      <PageHeading title={title} appName={t('appName')}>
        {title}
      </PageHeading>
      {person ? (
        <>
          <p>{t('participation.forPerson', { name: person.name, kana: person.kana })}</p>
          <ul className="staff-links">
            {caseId ? (
              <li>
                <Link to="/coordination/$caseId" params={{ caseId }}>
                  {t('participation.theCase')}
                </Link>
              </li>
            ) : null}
            <li>
              <Link to="/households/$householdId" params={{ householdId: person.householdId }}>
                {t('participation.household')}
              </Link>
            </li>
            <li>
              <Link to="/persons/$personId/consents" params={{ personId }}>
                {t('participation.consents')}
              </Link>
            </li>
            <li>
              <Link to="/persons/$personId/timeline" params={{ personId }}>
                {t('participation.timeline')}
              </Link>
            </li>
          </ul>
        </>
      ) : null}
      <p>{t('participation.lead')}</p>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {view.isError ? <QueryFailure error={view.error} onRetry={() => void view.refetch()} /> : null}
      <form className="kasane-card" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="match-title">
        <h2 id="match-title">{t('participation.matchTitle')}</h2>
        <SelectField label={t('participation.resource')} value={f.resourceId} onChange={(e) => setF((x) => ({ ...x, resourceId: e.target.value }))}>
          <option value="">{t('participation.chooseResource')}</option>
          {resources.data?.map((r) => (
            <option key={r.id} value={r.id} disabled={r.remaining === 0 || !r.active}>
              {r.isExistingProgramme ? `【${t('resources.existingBadge')}】` : ''}
              {r.name}（{r.kindLabel}
              {r.capacity === null ? '' : `・${t('resources.remaining', { remaining: r.remaining, capacity: r.capacity })}`}）
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
      {view.isPending ? <Loading /> : null}
      {view.data?.matches.length === 0 ? <p>{t('participation.none')}</p> : null}
      {view.data?.matches.map((m) => (
        <section key={m.id} className="kasane-card" aria-labelledby={`m-${m.id}`}>
          <h2 id={`m-${m.id}`}>
            {m.resource.name} <Badge tone="info">{matchStatusLabels[m.status as MatchStatus] ?? m.status}</Badge>
          </h2>
          <dl className="staff-facts">
            {(
              [
                [t('participation.reason'), m.reason],
                [t('participation.consideredNote'), m.existingConsideredNote],
                [t('participation.fromCase'), m.caseId ? <Link to="/coordination/$caseId" params={{ caseId: m.caseId }}>{t('participation.theCase')}</Link> : null],
                [t('participation.startedAt'), m.startedAt ? formatDate(m.startedAt) : null],
                [t('participation.startNote'), m.startNote],
                [t('participation.endedAt'), m.endedAt ? formatDate(m.endedAt) : null],
                [t('participation.outcome'), m.outcome],
              ] as const
            ).map(([label, value]) =>
              value ? (
                <Fragment key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </Fragment>
              ) : null,
            )}
          </dl>
          <ul>
            {m.followUps.map((fu) => (
              <li key={fu.id}>
                {formatDate(fu.at)}：{fu.note}
                {fu.settled ? `（${t('participation.settled')}）` : ''}
              </li>
            ))}
          </ul>
          {m.status !== 'ended' ? (
            <>
              <TextField label={t('participation.note')} value={notes[m.id] ?? ''} maxLength={2000} onChange={(e) => setNotes((n) => ({ ...n, [m.id]: e.target.value }))} />
              <div className="staff-actions">
                {m.status === 'proposed' ? (
                  <Button size="small" variant="secondary" onClick={() => status.mutate({ matchId: m.id, status: 'started', note: notes[m.id] ?? '' }, { onError: fail, onSuccess: done(m.id, t('participation.started')) })}>
                    {t('participation.start')}
                  </Button>
                ) : null}{' '}
                <Button size="small" variant="secondary" onClick={() => followUp.mutate({ matchId: m.id, note: notes[m.id] ?? '', settled: false }, { onError: fail, onSuccess: done(m.id, t('participation.recorded')) })}>
                  {t('participation.recordFollowUp')}
                </Button>{' '}
                {m.status === 'started' || m.status === 'settled' ? (
                  <Button size="small" variant="secondary" onClick={() => followUp.mutate({ matchId: m.id, note: notes[m.id] ?? '', settled: true }, { onError: fail, onSuccess: done(m.id, t('participation.recorded')) })}>
                    {t('participation.recordSettled')}
                  </Button>
                ) : null}{' '}
                <Button size="small" variant="secondary" onClick={() => status.mutate({ matchId: m.id, status: 'ended', outcome: notes[m.id] ?? '' }, { onError: fail, onSuccess: done(m.id, t('participation.recorded')) })}>
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
