import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, Table, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { ActionError, SubmitCancel } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';

/** Sets or transfers the 担当者 or 副担当 of a case, with a reason (opened on demand from the case summary). */
export function AssignmentForm({ caseId, candidates, onDone }: { caseId: string; candidates: readonly { userId: string; name: string }[]; onDone: () => void }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<'main' | 'sub'>('main');
  const [userId, setUserId] = useState('');
  const [reason, setReason] = useState('');
  const assign = useMutation(
    trpc.staff.caseRecord.assign.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.staff.caseRecord.pathKey() });
        onDone();
      },
    }),
  );
  return (
    <form
      className="staff-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        assign.mutate({ caseId, role, userId, ...(reason.trim() ? { reason } : {}) });
      }}
    >
      <ActionError error={assign.error} />
      <SelectField label={t('casework.role')} value={role} onChange={(e) => setRole(e.target.value === 'sub' ? 'sub' : 'main')}>
        <option value="main">{t('casework.main')}</option>
        <option value="sub">{t('casework.sub')}</option>
      </SelectField>
      <SelectField label={t('casework.worker')} required value={userId} onChange={(e) => setUserId(e.target.value)}>
        <option value="">{t('casework.choose')}</option>
        {candidates.map((u) => (
          <option key={u.userId} value={u.userId}>
            {u.name}
          </option>
        ))}
      </SelectField>
      <TextField label={t('casework.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      <SubmitCancel label={t('casework.assign')} busy={assign.isPending} onCancel={onDone} />
    </form>
  );
}

/** The history of 担当者・副担当 changes of a case. */
export function AssignmentHistory({ caseId }: { caseId: string }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const view = useQuery(trpc.staff.caseRecord.assignments.queryOptions({ caseId }));
  if (view.isPending) return <Loading />;
  if (view.isError) return <QueryFailure error={view.error} onRetry={() => void view.refetch()} />;
  const a = view.data;
  return (
    <section aria-labelledby="assign-h" className="staff-section">
      <h2 id="assign-h">{t('casework.assignTitle')}</h2>
      {a.history.length === 0 ? <p>{t('casework.none')}</p> : (
        <Table
          caption={t('casework.history')}
          rows={a.history}
          rowKey={(r) => `${r.userId}-${r.role}-${r.startedAtWareki}-${r.endedAtWareki ?? ''}`}
          columns={[
            { key: 'role', nowrap: true, header: t('casework.role'), cell: (r) => r.roleLabel },
            { key: 'name', nowrap: true, header: t('casework.worker'), cell: (r) => r.name, rowHeader: true },
            { key: 'period', nowrap: true, header: t('casework.period'), cell: (r) => `${r.startedAtWareki}〜${r.endedAtWareki ?? ''}` },
            { key: 'by', header: t('casework.assignedBy'), cell: (r) => r.assignedBy },
            { key: 'reason', header: t('casework.reason'), cell: (r) => r.reason ?? '' },
          ]}
        />
      )}
    </section>
  );
}
