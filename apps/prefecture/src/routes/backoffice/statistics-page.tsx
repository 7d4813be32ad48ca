// 実績報告の統計 (issue #11 item 8): frozen releases of closed fiscal years, suppressed cells shown as 秘匿.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, Table, formatDateTimeJst } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { CountCell, suppressionNoteId } from '../municipality-table.js';
import { Loading, QueryFailure } from '../query-state.js';
import { TrendChart } from './trend-chart.js';

export function download(filename: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

function Release({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const release = useQuery(trpc.prefecture.statistics.get.queryOptions({ fiscalYear }));
  const csv = useMutation(trpc.prefecture.statistics.exportCsv.mutationOptions({ onSuccess: (f) => download(f.filename, f.csv) }));
  if (release.isPending) return <Loading />;
  if (release.isError) return <QueryFailure error={release.error} onRetry={() => void release.refetch()} />;
  const r = release.data;
  return (
    <section aria-labelledby="release-heading">
      <h2 id="release-heading">{r.fiscalYearLabel}</h2>
      <p id={suppressionNoteId}>{t('suppression.body', { threshold: r.threshold })}</p>
      <Button variant="secondary" onClick={() => csv.mutate({ fiscalYear })}>{t('statistics.csv')}</Button>
      {r.tables.map((table) => {
        const rows = [
          ...table.rows.map((row) => ({ key: row.municipalityCode, name: row.municipalityName, cells: row.cells, total: row.total })),
          { key: 'total', name: t('statistics.prefectureTotal'), cells: table.columnTotals, total: table.grandTotal },
        ];
        return (
          <Table
            key={table.family}
            caption={`${r.fiscalYearLabel} ${table.label}`}
            rows={rows}
            rowKey={(row) => row.key}
            columns={[
              { key: 'name', header: t('statistics.municipality'), rowHeader: true, cell: (row) => row.name },
              ...table.columns.map((c, i) => ({ key: c.key, header: c.label, numeric: true, cell: (row: (typeof rows)[number]) => <CountCell value={row.cells[i] ?? null} /> })),
              ...(table.hasRowTotals ? [{ key: 'total', header: t('statistics.total'), numeric: true, cell: (row: (typeof rows)[number]) => <CountCell value={row.total} /> }] : []),
            ]}
          />
        );
      })}
    </section>
  );
}

export function StatisticsPage() {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const releases = useQuery(trpc.prefecture.statistics.releases.queryOptions());
  const publish = useMutation(trpc.prefecture.statistics.publish.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.prefecture.statistics.pathKey() }) }));
  const [shown, setShown] = useState<number | null>(null);
  const heading = (
    <PageHeading title={t('statistics.title')} appName={t('appName')}>
      {t('statistics.title')}
    </PageHeading>
  );
  if (releases.isPending) return <>{heading}<Loading /></>;
  if (releases.isError) return <>{heading}<QueryFailure error={releases.error} onRetry={() => void releases.refetch()} /></>;
  return (
    <>
      {heading}
      <p>{t('statistics.lead')}</p>
      {publish.error ? <Alert tone="error">{publish.error.message}</Alert> : null}
      <Table
        caption={t('statistics.years')}
        rows={releases.data.years}
        rowKey={(y) => String(y.fiscalYear)}
        empty={t('statistics.empty')}
        columns={[
          { key: 'year', header: t('statistics.year'), rowHeader: true, cell: (y) => y.fiscalYearLabel },
          { key: 'submitted', header: t('statistics.submitted'), numeric: true, cell: (y) => `${y.submitted} / ${releases.data.municipalityCount}` },
          {
            key: 'released',
            header: t('statistics.released'),
            cell: (y) =>
              y.released ? (
                <>
                  {t('statistics.releasedAt', { at: formatDateTimeJst(y.released.publishedAt), count: y.released.municipalities })}{' '}
                  <Button variant="secondary" size="small" onClick={() => setShown(y.fiscalYear)}>{t('statistics.show')}</Button>
                </>
              ) : y.closed ? (
                <Button size="small" onClick={() => publish.mutate({ fiscalYear: y.fiscalYear })}>{t('statistics.publish')}</Button>
              ) : (
                t('statistics.notClosed')
              ),
          },
        ]}
      />
      <TrendChart />
      {shown === null ? null : <Release fiscalYear={shown} />}
    </>
  );
}
