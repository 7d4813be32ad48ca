// 推移 (issue #11 item 8): each table's prefecture total over the released fiscal years, as a line chart
// (ECharts, loaded only when shown) and as a table with the same figures; a suppressed total is a gap in
// the line and 「秘匿」 in the table, never zero.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Table } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { CountCell } from '../municipality-table.js';
import { Loading, QueryFailure } from '../query-state.js';

type Series = { name: string; data: (number | null)[] };

function Chart({ years, series, label }: { years: string[]; series: Series[]; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    import('./echarts-setup.js')
      .then(({ init }) => {
        if (disposed || !ref.current) return;
        const chart = init(ref.current, null, { renderer: 'svg' });
        chart.setOption({
          animation: false,
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { top: 48, left: 56, right: 16, bottom: 32 },
          xAxis: { type: 'category', data: years },
          yAxis: { type: 'value', minInterval: 1 },
          series: series.map((s) => ({ type: 'line', name: s.name, data: s.data, connectNulls: false })),
        });
        dispose = () => chart.dispose();
      })
      .catch(() => setFailed(true));
    return () => {
      disposed = true;
      dispose();
    };
  }, [years, series]);
  // the chart is a picture of the table below it
  return failed ? null : <div ref={ref} className="pref-trend-chart" role="img" aria-label={label} />;
}

export function TrendChart() {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const trend = useQuery(trpc.prefecture.statistics.trend.queryOptions());
  if (trend.isPending) return <Loading />;
  if (trend.isError) return <QueryFailure error={trend.error} onRetry={() => void trend.refetch()} />;
  if (trend.data.length === 0) return null;
  const years = trend.data.map((y) => y.fiscalYearLabel);
  const families = [...new Map(trend.data.flatMap((y) => y.totals.map((x) => [x.family, x.label] as const))).entries()];
  const series: Series[] = families.map(([family, name]) => ({ name, data: trend.data.map((y) => y.totals.find((x) => x.family === family)?.grandTotal ?? null) }));
  return (
    <section aria-labelledby="trend-heading">
      <h2 id="trend-heading">{t('statistics.trend')}</h2>
      <Chart years={years} series={series} label={t('statistics.trendChart')} />
      <Table
        caption={t('statistics.trendTable')}
        rows={series}
        rowKey={(s) => s.name}
        columns={[
          { key: 'name', header: t('statistics.table'), rowHeader: true, cell: (s) => s.name },
          ...years.map((y, i) => ({ key: `y${i}`, header: y, numeric: true, cell: (s: Series) => <CountCell value={s.data[i] ?? null} /> })),
        ]}
      />
    </section>
  );
}
