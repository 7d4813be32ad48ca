// What can be done to the case at its stage: the stage buttons, and the steps that need more (referral, 引継ぎ,
// 再開, 支援決定, 終結) each in the app's own dialog, opened on demand.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { AppDialog } from '../app-dialog.js';
import { CloseCaseDialog, DecideSupportDialog } from './case-decision-dialogs.js';
import { HandOverForm, ReferForm, ReopenForm } from './case-action-forms.js';
import type { CaseView } from './case-view.js';
import { ActionError } from './form-kit.js';

const simple = ['decide_support', 'start_assessment', 'start_monitoring', 'start_review', 'continue_monitoring', 'close'] as const;
type Simple = (typeof simple)[number];
const isSimple = (type: string): type is Simple => (simple as readonly string[]).includes(type);
type Dialog = 'decide_support' | 'close' | 'refer' | 'hand_over' | 'reopen';

export function CaseActions({ c, organisations }: { c: CaseView; organisations: { id: string; name: string }[] }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const [done, setDone] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [note, setNote] = useState('');
  const options = {
    onMutate: () => setDone(false),
    onSuccess: async () => {
      setDone(true);
      setDialog(null);
      setNote('');
      await queryClient.invalidateQueries({ queryKey: trpc.staff.coordination.pathKey() });
    },
  };
  const refer = useMutation(trpc.staff.coordination.referToCoordination.mutationOptions(options));
  const advance = useMutation(trpc.staff.coordination.advance.mutationOptions({ ...options, onSettled: () => setDialog(null) }));
  const handOver = useMutation(trpc.staff.coordination.handOver.mutationOptions(options));
  const reopen = useMutation(trpc.staff.coordination.reopen.mutationOptions(options));
  const all = [refer, advance, handOver, reopen];
  // the dialogs show their own refusals; a stage step's (and 支援決定's, 終結's) shows here
  const error = advance.error;
  const events = c.allowedEvents.map((e) => e.type as string);
  const stage = c.allowedEvents.filter((e) => isSimple(e.type));
  const canRefer = events.includes('triage') || events.includes('record_consent');
  const open = (d: Dialog) => {
    setDone(false);
    for (const m of all) m.reset();
    setDialog(d);
  };
  const base = { caseId: c.id, expectedVersion: c.version };
  const withNote = note.trim() ? { note } : {};
  const buttons = [
    ...(canRefer ? [{ key: 'refer', label: t('coordination.referTitle'), run: () => open('refer') }] : []),
    ...stage.map((e) => ({
      key: e.type,
      label: e.label,
      // 支援決定 and 終結 are confirmed in their own dialog, with their day (and the 終結理由)
      run: () => (e.type === 'decide_support' || e.type === 'close' ? open(e.type) : isSimple(e.type) ? advance.mutate({ ...base, event: e.type, ...withNote }) : undefined),
    })),
    ...(events.includes('hand_over') ? [{ key: 'hand_over', label: t('coordination.handOverTitle'), run: () => open('hand_over') }] : []),
    ...(events.includes('reopen') ? [{ key: 'reopen', label: t('coordination.reopenTitle'), run: () => open('reopen') }] : []),
  ];
  return (
    <section aria-labelledby="actions-h" className="case-actions">
      <h2 id="actions-h">{t('coordination.actions')}</h2>
      {done && !error ? <Alert tone="success">{t('coordination.done')}</Alert> : null}
      <ActionError
        error={error}
        onReload={() => {
          advance.reset();
          void queryClient.invalidateQueries({ queryKey: trpc.staff.coordination.pathKey() });
        }}
      />
      {buttons.length === 0 ? <p>{t('coordination.noActions')}</p> : null}
      {stage.some((e) => e.type !== 'decide_support' && e.type !== 'close') ? <TextField label={t('coordination.note')} value={note} onChange={(e) => setNote(e.target.value)} /> : null}
      <div className="staff-buttons">
        {buttons.map((b) => (
          <Button key={b.key} variant="secondary" busy={advance.isPending} onClick={b.run}>
            {b.label}
          </Button>
        ))}
      </div>
      <DecideSupportDialog open={dialog === 'decide_support'} busy={advance.isPending} onCancel={() => setDialog(null)} onConfirm={(decidedOn) => advance.mutate({ ...base, event: 'decide_support', decidedOn, ...withNote })} />
      <CloseCaseDialog open={dialog === 'close'} busy={advance.isPending} onCancel={() => setDialog(null)} onConfirm={(closure) => advance.mutate({ ...base, event: 'close', closure })} />
      <AppDialog open={dialog === 'refer'} title={t('coordination.referTitle')} onClose={() => setDialog(null)}>
        <ActionError error={refer.error} />
        <ReferForm options={c.coordinationOrganisations} busy={refer.isPending} onCancel={() => setDialog(null)} onSubmit={(id) => refer.mutate({ ...base, coordinatorOrganisationId: id })} />
      </AppDialog>
      <AppDialog open={dialog === 'hand_over'} title={t('coordination.handOverTitle')} onClose={() => setDialog(null)}>
        <ActionError error={handOver.error} />
        <HandOverForm options={organisations} busy={handOver.isPending} onCancel={() => setDialog(null)} onSubmit={(id) => handOver.mutate({ ...base, leadOrganisationId: id })} />
      </AppDialog>
      <AppDialog open={dialog === 'reopen'} title={t('coordination.reopenTitle')} onClose={() => setDialog(null)}>
        <ActionError error={reopen.error} />
        <ReopenForm busy={reopen.isPending} onCancel={() => setDialog(null)} onSubmit={(reason) => reopen.mutate({ ...base, reason })} />
      </AppDialog>
    </section>
  );
}
