import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, PageHeading, formatFiscalYear, formatFiscalYearWithSeireki } from '@kasane/ui';
import { useTrpc } from '../api.js';
import { MunicipalityTable, statusYears, suppressionNoteId } from './municipality-table.js';
import type { Overview } from './municipality-table.js';
import { Loading, QueryFailure } from './query-state.js';
import { StatusForm } from './backoffice/status-form.js';

function Summary({ overview }: { overview: Overview }) {
  const { t } = useTranslation('prefecture');
  const latest = statusYears(overview).at(-1);
  if (latest === undefined) return null;
  const count = (status: string) => overview.municipalities.filter((m) => m.statuses.some((s) => s.fiscalYear === latest && s.status === status)).length;
  return (
    <p>
      {t('dashboard.summary', {
        fiscalYear: formatFiscalYear(latest),
        total: overview.municipalities.length,
        implementing: count('implementing'),
        transition: count('transition'),
      })}
    </p>
  );
}

export function DashboardPage() {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const overview = useQuery(trpc.prefecture.municipality.find.queryOptions());
  const heading = (
    <PageHeading title={t('dashboard.title')} appName={t('appName')}>
      {t('dashboard.title')}
    </PageHeading>
  );
  if (overview.isPending) return <>{heading}<Loading /></>;
  if (overview.isError) return <>{heading}<QueryFailure error={overview.error} onRetry={() => void overview.refetch()} /></>;
  const data = overview.data;

  return (
    <>
      {heading}
      <p>{t('dashboard.lead', { prefecture: data.prefecture.name, fiscalYear: data.fiscalYear === null ? t('dashboard.noRelease') : formatFiscalYearWithSeireki(data.fiscalYear) })}</p>
      <Summary overview={data} />
      <Alert tone="info" live={false} title={t('suppression.title')}>
        <p id={suppressionNoteId}>{t('suppression.body', { threshold: data.threshold })}</p>
      </Alert>
      <MunicipalityTable overview={data} />
      <StatusForm municipalities={data.municipalities} />
    </>
  );
}
