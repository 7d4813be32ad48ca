import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, SelectField, Table, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { ActionError } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { useMaySupport } from './may-support.js';

/** 担当者・副担当 of a case, set or transferred with a reason; the history of changes below. */
export function AssignmentSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const view = useQuery(trpc.staff.caseRecord.assignments.queryOptions({ caseId }));
  const maySupport = useMaySupport();
  const [role, setRole] = useState<'main' | 'sub'>('main');
  const [userId, setUserId] = useState('');
  const [reason, setReason] = useState('');
  const assign = useMutation(
    trpc.staff.caseRecord.assign.mutationOptions({
      onSuccess: async () => {
        setUserId('');
        setReason('');
        await queryClient.invalidateQueries({ queryKey: trpc.staff.caseRecord.pathKey() });
      },
    }),
  );
  if (view.isPending) return <Loading />;
  if (view.isError) return <QueryFailure error={view.error} onRetry={() => void view.refetch()} />;
  const a = view.data;
  return (
    <section aria-labelledby="assign-h" className="staff-section">
      <h2 id="assign-h">{t('casework.assignTitle')}</h2>
      <dl className="staff-facts">
        <dt>{t('casework.main')}</dt>
        <dd>{a.main?.name ?? t('casework.none')}</dd>
        <dt>{t('casework.sub')}</dt>
        <dd>{a.sub?.name ?? t('casework.none')}</dd>
      </dl>
      {assign.isSuccess ? <Alert tone="success">{t('casework.assigned')}</Alert> : null}
      <ActionError error={assign.error} />
      {maySupport ? (
      <form
        className="staff-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          assign.mutate({ caseId, role, userId, ...(reason.trim() ? { reason } : {}) });
        }}
      >
        <SelectField label={t('casework.role')} value={role} onChange={(e) => setRole(e.target.value === 'sub' ? 'sub' : 'main')}>
          <option value="main">{t('casework.main')}</option>
          <option value="sub">{t('casework.sub')}</option>
        </SelectField>
        <SelectField label={t('casework.worker')} required value={userId} onChange={(e) => setUserId(e.target.value)}>
          <option value="">{t('casework.choose')}</option>
          {a.candidates.map((u) => (
            <option key={u.userId} value={u.userId}>
              {u.name}
            </option>
          ))}
        </SelectField>
        <TextField label={t('casework.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
        <Button type="submit" busy={assign.isPending}>
          {t('casework.assign')}
        </Button>
      </form>
      ) : null}
      {a.history.length > 0 ? (
        <Table
          caption={t('casework.history')}
          rows={a.history}
          rowKey={(r) => `${r.userId}-${r.role}-${r.startedAtWareki}-${r.endedAtWareki ?? ''}`}
          columns={[
            { key: 'role', header: t('casework.role'), cell: (r) => r.roleLabel },
            { key: 'name', header: t('casework.worker'), cell: (r) => r.name, rowHeader: true },
            { key: 'period', header: t('casework.period'), cell: (r) => `${r.startedAtWareki}〜${r.endedAtWareki ?? ''}` },
            { key: 'by', header: t('casework.assignedBy'), cell: (r) => r.assignedBy },
            { key: 'reason', header: t('casework.reason'), cell: (r) => r.reason ?? '' },
          ]}
        />
      ) : null}
    </section>
  );
}
