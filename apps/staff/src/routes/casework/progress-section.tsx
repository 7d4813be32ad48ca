import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, SelectField, TextAreaField, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { ActionError } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { fromJapanLocal, toJapanLocal } from '../../dates.js';
import { useMaySupport } from './may-support.js';

const methods = ['visit_office', 'phone', 'home_visit', 'accompany', 'meeting', 'email', 'other'] as const;
type Method = (typeof methods)[number];
const asMethod = (v: string): Method => (methods as readonly string[]).includes(v) ? (v as Method) : 'other';

interface Values {
  occurredAt: string;
  method: Method;
  counterpart: string;
  actedBy: string;
  content: string;
  nextStep: string;
  nextDate: string;
}
const blank: Values = { occurredAt: '', method: 'phone', counterpart: '', actedBy: '', content: '', nextStep: '', nextDate: '' };

function EntryFields({ v, set }: { v: Values; set: (next: Values) => void }) {
  const { t } = useTranslation('staff');
  return (
    <>
      <TextField label={t('casework.occurredAt')} hint={t('casework.occurredAtHint')} type="datetime-local" required value={v.occurredAt} onChange={(e) => set({ ...v, occurredAt: e.target.value })} />
      <SelectField label={t('casework.method')} required value={v.method} onChange={(e) => set({ ...v, method: asMethod(e.target.value) })}>
        {methods.map((m) => (
          <option key={m} value={m}>
            {t(`casework.methods.${m}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('casework.counterpart')} required value={v.counterpart} onChange={(e) => set({ ...v, counterpart: e.target.value })} />
      <TextField label={t('casework.actedBy')} required value={v.actedBy} onChange={(e) => set({ ...v, actedBy: e.target.value })} />
      <TextAreaField label={t('casework.content')} required rows={4} value={v.content} onChange={(e) => set({ ...v, content: e.target.value })} />
      <TextField label={t('casework.nextStep')} value={v.nextStep} onChange={(e) => set({ ...v, nextStep: e.target.value })} />
      <TextField label={t('casework.nextDate')} type="date" value={v.nextDate} onChange={(e) => set({ ...v, nextDate: e.target.value })} />
    </>
  );
}

const payload = (v: Values) => ({
  occurredAt: fromJapanLocal(v.occurredAt),
  method: v.method,
  counterpart: v.counterpart,
  actedBy: v.actedBy,
  content: v.content,
  ...(v.nextStep.trim() ? { nextStep: v.nextStep } : {}),
  ...(v.nextDate ? { nextDate: v.nextDate } : {}),
});

/** 支援経過記録: entries as the sheet has them; a correction keeps the old text as a version. */
export function ProgressSection({ caseId, personId }: { caseId: string; personId: string | null }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const entries = useQuery(trpc.staff.caseRecord.timeline.queryOptions({ caseId, kinds: ['progress'] }));
  const maySupport = useMaySupport();
  const [draft, setDraft] = useState<Values>(blank);
  const [fix, setFix] = useState<{ recordId: string; version: number; values: Values; reason: string } | null>(null);
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const after = (message: string) => async () => {
    setDone(message);
    await queryClient.invalidateQueries({ queryKey: trpc.staff.caseRecord.pathKey() });
  };
  const add = useMutation(trpc.staff.caseRecord.addEntry.mutationOptions({ onMutate: () => setDone(null), onSuccess: async () => { setDraft(blank); setAdding(false); await after(t('casework.added'))(); } }));
  const correct = useMutation(trpc.staff.caseRecord.correctEntry.mutationOptions({ onMutate: () => setDone(null), onSuccess: async () => { setFix(null); await after(t('casework.corrected'))(); } }));
  if (entries.isPending) return <Loading />;
  if (entries.isError) return <QueryFailure error={entries.error} onRetry={() => void entries.refetch()} />;
  return (
    <section aria-labelledby="progress-h" className="staff-section">
      <h2 id="progress-h">{t('casework.progressTitle')}</h2>
      <p>
        <Link to="/cases/$caseId/timeline" params={{ caseId }}>{t('casework.timelineLink')}</Link>
        {personId ? (
          <>
            {' ・ '}
            <Link to="/persons/$personId/timeline" params={{ personId }}>{t('casework.personTimelineLink')}</Link>
          </>
        ) : null}
      </p>
      {done && !add.isError && !correct.isError ? <Alert tone="success">{done}</Alert> : null}
      <ActionError error={add.error ?? correct.error} onReload={() => void entries.refetch()} />
      {entries.data.items.length === 0 ? <p>{t('casework.empty')}</p> : null}
      <ol className="casework-entries">
        {entries.data.items.map((item) => {
          const current = item.versions?.[0];
          if (!current) return null;
          return (
            <li key={item.id}>
              <p>
                <strong>{current.occurredAtWareki}</strong> {current.method}・{current.counterpart}（{t('casework.actedBy')}：{current.actedBy}）
              </p>
              <p className="casework-text">{current.content}</p>
              {current.nextStep || current.nextDate ? <p>{t('casework.nextStep')}：{[current.nextDate, current.nextStep].filter(Boolean).join(' ')}</p> : null}
              {(item.versions?.length ?? 0) > 1 ? (
                <details>
                  <summary>{t('casework.versions')}</summary>
                  <ol>
                    {item.versions?.slice(1).map((old) => (
                      <li key={old.version}>
                        {t('casework.version', { version: old.version })}：<span className="casework-text">{old.content}</span>（{t('casework.writtenBy', { name: old.writtenBy, at: old.writtenAtWareki })}）
                      </li>
                    ))}
                  </ol>
                  <p>
                    {t('casework.correctionReason')}：{current.correctionReason}
                  </p>
                </details>
              ) : null}
              {maySupport ? (
              <Button
                variant="secondary"
                size="small"
                onClick={() => {
                  setDone(null);
                  setFix({
                    recordId: item.id,
                    version: current.version,
                    reason: '',
                    values: { occurredAt: toJapanLocal(current.occurredAt), method: asMethod(current.methodId), counterpart: current.counterpart, actedBy: current.actedBy, content: current.content, nextStep: current.nextStep ?? '', nextDate: current.nextDate ?? '' },
                  });
                }}
              >
                {t('casework.correct')}
              </Button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {!maySupport ? null : fix ? (
        <form
          className="staff-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            correct.mutate({ recordId: fix.recordId, expectedVersion: fix.version, reason: fix.reason, ...payload(fix.values) });
          }}
        >
          <h3>{t('casework.correcting', { version: fix.version })}</h3>
          <EntryFields v={fix.values} set={(values) => setFix({ ...fix, values })} />
          <TextField label={t('casework.correctionReason')} required value={fix.reason} onChange={(e) => setFix({ ...fix, reason: e.target.value })} />
          <div className="staff-buttons">
            <Button type="submit" busy={correct.isPending}>
              {t('casework.saveCorrection')}
            </Button>
            <Button variant="secondary" onClick={() => setFix(null)}>
              {t('casework.cancel')}
            </Button>
          </div>
        </form>
      ) : adding ? (
        <form
          className="staff-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            add.mutate({ caseId, ...payload(draft) });
          }}
        >
          <h3>{t('casework.newEntry')}</h3>
          <EntryFields v={draft} set={setDraft} />
          <div className="staff-buttons">
            <Button type="submit" busy={add.isPending}>
              {t('casework.add')}
            </Button>
            <Button variant="secondary" onClick={() => setAdding(false)}>
              {t('casework.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <Button
          onClick={() => {
            setDone(null);
            setAdding(true);
          }}
        >
          {t('casework.newEntry')}
        </Button>
      )}
    </section>
  );
}
