// 体制の比較 (issue #11 item 7): 2–6 municipalities side by side, seed 003's rows; printable.
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, PageHeading, Table } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';
import { YearSelect, useFiscalYear } from './year-select.js';

export function ComparePage() {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const [fiscalYear, setFiscalYear] = useFiscalYear();
  const [codes, setCodes] = useState<string[]>([]);
  const overview = useQuery(trpc.prefecture.municipality.find.queryOptions());
  const compare = useQuery(trpc.prefecture.structure.compare.queryOptions({ codes, fiscalYear }, { enabled: codes.length >= 2 && codes.length <= 6 }));
  const heading = (
    <PageHeading title={t('compare.title')} appName={t('appName')}>
      {t('compare.title')}
    </PageHeading>
  );
  if (overview.isPending) return <>{heading}<Loading /></>;
  if (overview.isError) return <>{heading}<QueryFailure error={overview.error} onRetry={() => void overview.refetch()} /></>;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setCodes(new FormData(e.currentTarget).getAll('code').map(String).slice(0, 6));
  };
  const c = compare.data;
  type M = NonNullable<typeof c>['municipalities'][number];
  const rows: { key: string; label: string; cell: (m: M) => string }[] = [
    { key: 'population', label: t('compare.population'), cell: (m) => (m.population === null ? '—' : `${m.population.toLocaleString('ja-JP')}人`) },
    { key: 'lead', label: t('compare.leadBy'), cell: (m) => m.lead || '—' },
    { key: 'coordinators', label: t('compare.coordinators'), cell: (m) => m.coordinators || '—' },
    { key: 'participation', label: t('compare.participation'), cell: (m) => m.participationApproach || '—' },
    { key: 'community', label: t('compare.community'), cell: (m) => m.communityApproach || '—' },
    {
      key: 'deliveries',
      label: t('compare.deliveries'),
      cell: (m) => m.deliveries.map((d) => `${d.partLabel}：${t(`compare.${d.mode === 'entrusted' ? 'entrusted' : 'direct'}`)}${d.organisationName ? `（${d.organisationName}）` : ''}`).join(' ／ ') || '—',
    },
    { key: 'notes', label: t('compare.notes'), cell: (m) => m.notes || '—' },
  ];
  return (
    <>
      {heading}
      <p>{t('compare.lead')}</p>
      <YearSelect value={fiscalYear} onChange={setFiscalYear} label={t('statistics.year')} />
      <form onSubmit={onSubmit} className="pref-compare-form">
        <fieldset>
          <legend>{t('compare.choose')}</legend>
          {overview.data.municipalities.map((m) => (
            <label key={m.code} className="pref-check">
              <input type="checkbox" name="code" value={m.code} defaultChecked={codes.includes(m.code)} /> {m.name}
            </label>
          ))}
        </fieldset>
        <Button type="submit">{t('compare.show')}</Button>
      </form>
      {compare.isError ? <QueryFailure error={compare.error} onRetry={() => void compare.refetch()} /> : null}
      {c ? <Button variant="secondary" className="pref-no-print" onClick={() => window.print()}>{t('compare.print')}</Button> : null}
      {c ? (
        <Table
          caption={`${c.fiscalYearLabel} ${t('compare.title')}`}
          rows={rows}
          rowKey={(r) => r.key}
          columns={[
            { key: 'item', header: t('compare.item'), rowHeader: true, cell: (r) => r.label },
            ...c.municipalities.map((m) => ({ key: m.code, header: m.name, cell: (r: (typeof rows)[number]) => r.cell(m) })),
          ]}
        />
      ) : null}
    </>
  );
}
