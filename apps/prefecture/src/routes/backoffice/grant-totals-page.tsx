// 交付金の集計 (issue #11 item 9): the standing submissions per municipality and part, the prefecture's share.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, PageHeading, Table } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { YearSelect, useFiscalYear, yen } from './year-select.js';

export function GrantTotalsPage() {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const [fiscalYear, setFiscalYear] = useFiscalYear();
  const totals = useQuery(trpc.prefecture.grant.totals.queryOptions({ fiscalYear }));
  const heading = (
    <PageHeading title={t('grantTotals.title')} appName={t('appName')}>
      {t('grantTotals.title')}
    </PageHeading>
  );
  const picker = <YearSelect value={fiscalYear} onChange={setFiscalYear} label={t('statistics.year')} />;
  if (totals.isPending) return <>{heading}{picker}<Loading /></>;
  if (totals.isError) return <>{heading}{picker}<QueryFailure error={totals.error} onRetry={() => void totals.refetch()} /></>;
  const g = totals.data;
  return (
    <>
      {heading}
      <p>{t('grantTotals.lead')}</p>
      {picker}
      <Button variant="secondary" className="pref-no-print" onClick={() => window.print()}>{t('grantTotals.print')}</Button>
      <p>{t('grantTotals.total', { amount: yen(g.prefectureTotal) })}</p>
      <Table
        caption={`${g.fiscalYearLabel} ${t('grantTotals.byPart')}`}
        rows={g.byPart}
        rowKey={(p) => p.partId}
        empty={t('grantTotals.empty')}
        columns={[
          { key: 'part', header: t('grantTotals.part'), rowHeader: true, cell: (p) => p.partLabel },
          { key: 'n', header: t('grantTotals.municipalities'), numeric: true, cell: (p) => p.municipalities },
          { key: 'base', header: t('grantTotals.base'), numeric: true, cell: (p) => yen(p.base) },
          { key: 'national', header: t('grantTotals.national'), numeric: true, cell: (p) => yen(p.national) },
          { key: 'prefecture', header: t('grantTotals.prefecture'), numeric: true, cell: (p) => yen(p.prefecture) },
        ]}
      />
      <Table
        caption={`${g.fiscalYearLabel} ${t('grantTotals.lines')}`}
        rows={g.lines}
        rowKey={(l) => `${l.municipalityCode}:${l.partId}`}
        empty={t('grantTotals.empty')}
        columns={[
          { key: 'm', header: t('grantTotals.municipality'), rowHeader: true, cell: (l) => `${l.municipalityName}（第${l.version}版）` },
          { key: 'part', header: t('grantTotals.part'), cell: (l) => l.partLabel },
          { key: 'base', header: t('grantTotals.base'), numeric: true, cell: (l) => yen(l.base) },
          { key: 'national', header: t('grantTotals.national'), numeric: true, cell: (l) => yen(l.national) },
          { key: 'prefecture', header: t('grantTotals.prefecture'), numeric: true, cell: (l) => yen(l.prefecture) },
        ]}
      />
    </>
  );
}
