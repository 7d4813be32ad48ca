// 実績報告 (issue #11 item 3): the year's figures from the records, CSV for Excel (UTF-8 with BOM, or
// Shift_JIS), print, and submission to the prefecture once the year is closed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, Table } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { ActionError } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { FiscalYearSelect, PrintButton, csvBlob, downloadBlob, useFiscalYear } from './kit.js';
import { formatDateTime, formatNumber } from '../../dates.js';

export function AnnualReportPage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const [fiscalYear, setFiscalYear] = useFiscalYear();
  const report = useQuery(trpc.staff.annualReport.get.queryOptions({ fiscalYear }));
  const exportCsv = useMutation(trpc.staff.annualReport.exportCsv.mutationOptions({ onSuccess: (file) => downloadBlob(file.filename, csvBlob(file.content, file.encoding)) }));
  const submit = useMutation(trpc.staff.annualReport.submit.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.annualReport.pathKey() }) }));

  const heading = (
    <PageHeading title={t('annualReport.title')} appName={t('appName')}>
      {t('annualReport.title')}
    </PageHeading>
  );
  const picker = <FiscalYearSelect value={fiscalYear} onChange={setFiscalYear} />;
  if (report.isPending) return <>{heading}{picker}<Loading /></>;
  if (report.isError) return <>{heading}{picker}<QueryFailure error={report.error} onRetry={() => void report.refetch()} /></>;
  const r = report.data;
  const latest = r.submissions[0];

  return (
    <>
      {heading}
      <p>{t('annualReport.lead')}</p>
      {picker}
      <div className="staff-no-print">
        <Button variant="secondary" onClick={() => exportCsv.mutate({ fiscalYear, encoding: 'utf-8' })}>{t('annualReport.csv')}</Button>{' '}
        <Button variant="secondary" onClick={() => exportCsv.mutate({ fiscalYear, encoding: 'shift_jis' })}>{t('annualReport.csvSjis')}</Button>{' '}
        <PrintButton />
      </div>
      <ActionError error={exportCsv.error ?? submit.error} />
      {latest ? <Alert tone="success" live={false}>{t('annualReport.submitted', { version: latest.version, at: formatDateTime(latest.submittedAt) })}</Alert> : null}
      <Table
        caption={t('annualReport.caption', { municipality: r.municipalityName, year: r.fiscalYearLabel })}
        rows={r.rows}
        rowKey={(x) => `${x.metric}|${x.key}`}
        columns={[
          { key: 'metric', header: t('annualReport.metric'), rowHeader: true, cell: (x) => x.metricLabel },
          { key: 'key', header: t('annualReport.key'), cell: (x) => x.keyLabel || '—' },
          { key: 'value', header: t('annualReport.value'), cell: (x) => formatNumber(x.value) },
        ]}
      />
      {r.canSubmit ? (
        r.closed ? (
          <Button onClick={() => submit.mutate({ fiscalYear })} busy={submit.isPending}>{t('annualReport.submit')}</Button>
        ) : (
          <p>{t('annualReport.notClosed')}</p>
        )
      ) : null}
    </>
  );
}
