// アクセス記録 (issue #9): the 監査担当 asks who read or changed a person's data, what one member of
// staff looked at in a period, and downloads it for Excel. The API audits every look at the log.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, PageHeading, SelectField, Table, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { ActionError } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { formatDateTime } from '../../dates.js';

interface Filter {
  personId?: string;
  actorUserId?: string;
  action?: string;
  from?: string;
  to?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const PAGE_SIZE = 50;

function download(filename: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

export function AuditLogPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const [filter, setFilter] = useState<Filter>(() => {
    const personId = new URLSearchParams(window.location.search).get('personId');
    return personId && UUID.test(personId) ? { personId } : {};
  });
  const [page, setPage] = useState(1);
  const [personError, setPersonError] = useState<string | undefined>();
  const options = useQuery(trpc.staff.auditLog.options.queryOptions());
  const log = useQuery(trpc.staff.auditLog.find.queryOptions({ ...filter, page, pageSize: PAGE_SIZE }));
  const exportCsv = useMutation(trpc.staff.auditLog.exportCsv.mutationOptions({ onSuccess: (file) => download(file.filename, file.csv) }));

  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const value = (k: string) => {
      const raw = data.get(k);
      const v = typeof raw === 'string' ? raw.trim() : '';
      return v === '' ? undefined : v;
    };
    const personId = value('personId');
    if (personId !== undefined && !UUID.test(personId)) {
      setPersonError(t('auditLog.personIdInvalid'));
      return;
    }
    setPersonError(undefined);
    const next: Filter = {};
    for (const k of ['personId', 'actorUserId', 'action', 'from', 'to'] as const) {
      const v = k === 'personId' ? personId : value(k);
      if (v !== undefined) next[k] = v;
    }
    setFilter(next);
    setPage(1);
  };

  return (
    <>
      <PageHeading title={t('auditLog.title')} appName={t('appName')}>
        {t('auditLog.title')}
      </PageHeading>
      <p>{t('auditLog.lead')}</p>
      <form className="staff-form staff-filter" onSubmit={apply} aria-label={t('auditLog.filters')} noValidate>
        <TextField name="personId" label={t('auditLog.personId')} hint={t('auditLog.personIdHint')} defaultValue={filter.personId ?? ''} error={personError} autoComplete="off" />
        <SelectField name="actorUserId" label={t('auditLog.actor')} defaultValue={filter.actorUserId ?? ''}>
          <option value="">{t('auditLog.any')}</option>
          {options.data?.users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </SelectField>
        <SelectField name="action" label={t('auditLog.action')} defaultValue={filter.action ?? ''}>
          <option value="">{t('auditLog.any')}</option>
          {options.data?.actions.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </SelectField>
        <TextField name="from" type="date" label={t('auditLog.from')} defaultValue={filter.from ?? ''} />
        <TextField name="to" type="date" label={t('auditLog.to')} defaultValue={filter.to ?? ''} />
        <div className="staff-actions">
          <Button type="submit">{t('auditLog.apply')}</Button>
          <Button type="button" variant="secondary" busy={exportCsv.isPending} onClick={() => exportCsv.mutate(filter)}>
            {t('auditLog.export')}
          </Button>
        </div>
      </form>
      <ActionError error={exportCsv.error} />
      {exportCsv.data?.truncated ? <p role="status">{t('auditLog.truncated', { count: exportCsv.data.rows })}</p> : null}
      {log.isPending ? <Loading /> : log.isError ? <QueryFailure error={log.error} onRetry={() => void log.refetch()} /> : (
        <>
          <Table<(typeof log.data.items)[number]>
            caption={t('auditLog.caption', { total: log.data.total, from: log.data.total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1, to: (page - 1) * PAGE_SIZE + log.data.items.length })}
            rows={log.data.items}
            rowKey={(r) => r.seq}
            empty={t('auditLog.empty')}
            columns={[
              { key: 'at', nowrap: true, header: t('auditLog.at'), rowHeader: true, cell: (r) => formatDateTime(r.at) },
              { key: 'actor', header: t('auditLog.actor'), cell: (r) => `${r.actor}${r.organisation ? `／${r.organisation}` : ''}` },
              { key: 'action', header: t('auditLog.action'), cell: (r) => r.actionLabel },
              { key: 'record', header: t('auditLog.record'), cell: (r) => `${r.recordLabel}（${r.recordId.length > 40 ? `${r.recordId.slice(0, 40)}…` : r.recordId}）` },
              { key: 'basis', header: t('auditLog.basis'), cell: (r) => `${r.legalBasisLabel}${r.basisRef ? `：${r.basisRef.length > 60 ? `${r.basisRef.slice(0, 60)}…` : r.basisRef}` : ''}` },
            ]}
          />
          <nav className="staff-pager" aria-label={t('auditLog.pages')}>
            <Button variant="secondary" size="small" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
              {t('auditLog.previous')}
            </Button>
            <Button variant="secondary" size="small" disabled={page * PAGE_SIZE >= log.data.total} onClick={() => setPage((p) => p + 1)}>
              {t('auditLog.next')}
            </Button>
          </nav>
        </>
      )}
    </>
  );
}
