// 地図 (issue #11 item 6; ADR 0026): the prefecture's municipalities coloured by status for a fiscal year,
// or by a figure of that year's statistics release (one year select drives both layers; the legend names it); the same figures as a table for keyboard and
// screen-reader users; suppressed figures shown as 「秘匿」, never as zero.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading, SelectField, Table, formatFiscalYear } from '@kasane/ui';
import type { Column } from '@kasane/ui';
import type { Topology } from '@kasane/ui/maps';
import { useTrpc } from '../../api.js';
import { CountCell, suppressionNoteId } from '../municipality-table.js';
import type { Overview } from '../municipality-table.js';
import { Loading, QueryFailure } from '../query-state.js';
import { loadBoundaries } from './boundary-file.js';
import { Choropleth } from './choropleth.js';
import type { MapClass } from './choropleth.js';
import { classBreaks, classOfFigure } from './classes.js';
import type { Figure } from './classes.js';

const statusKeys = ['implementing', 'transition', 'not_implementing', 'unknown', 'none'] as const;

function useBoundaries(prefectureCode: string | undefined) {
  return useQuery({ queryKey: ['boundaries', prefectureCode], queryFn: () => loadBoundaries(prefectureCode ?? ''), enabled: prefectureCode !== undefined, staleTime: Infinity });
}

type Municipality = Overview['municipalities'][number];

/** The map and, under it, the same figures as a table (the map's alternative for keyboard and screen readers). */
function MapAndTable({ overview, topology, classOf, classes, title, fiscalYear, columns }: { overview: Overview; topology: Topology; classOf: (code: string) => string; classes: MapClass[]; title: string; fiscalYear: number; columns: Column<Municipality>[] }) {
  const { t } = useTranslation('prefecture');
  return (
    <>
      <Choropleth topology={topology} municipalities={overview.municipalities} classOf={classOf} classes={classes} title={title} legendTitle={t('map.legend', { fiscalYear: formatFiscalYear(fiscalYear) })} />
      <Table
        caption={t('map.tableCaption', { title })}
        rows={overview.municipalities}
        rowKey={(m) => m.code}
        columns={[{ key: 'name', header: t('dashboard.municipality'), rowHeader: true, cell: (m) => m.name }, ...columns]}
      />
    </>
  );
}

type Release = { fiscalYear: number; fiscalYearLabel: string; threshold: number; tables: { family: string; label: string; columns: { key: string; label: string }[]; rows: { municipalityCode: string; cells: (number | null)[]; total: number | null }[]; hasRowTotals: boolean }[] };

/** Every figure a release lets one map: each column of each table, and the row total where there is one. */
function measures(release: Release) {
  return release.tables.flatMap((t) => [
    ...(t.hasRowTotals ? [{ key: `${t.family}:total`, label: `${t.label}（計）`, table: t, column: -1 }] : []),
    ...t.columns.map((c, i) => ({ key: `${t.family}:${c.key}`, label: `${t.label}：${c.label}`, table: t, column: i })),
  ]);
}

function StatusMap({ overview, topology, year }: { overview: Overview; topology: Topology; year: number }) {
  const { t } = useTranslation('prefecture');
  const statusOf = (m: Municipality | undefined) => m?.statuses.find((s) => s.fiscalYear === year);
  const classOf = (code: string) => statusOf(overview.municipalities.find((m) => m.code === code))?.status ?? 'none';
  const classes: MapClass[] = statusKeys.map((k) => ({ key: k, label: k === 'none' ? t('map.noStatus') : t(`status.${k}`), className: `pref-map--${k}` }));
  const title = t('map.statusTitle', { prefecture: overview.prefecture.name, fiscalYear: formatFiscalYear(year) });
  return (
    <MapAndTable
      overview={overview}
      topology={topology}
      classOf={classOf}
      classes={classes}
      title={title}
      fiscalYear={year}
      columns={[
        { key: 'status', header: t('map.status'), cell: (m) => { const s = statusOf(m); return s ? t(`status.${s.status}`, { defaultValue: s.status }) : t('map.noStatus'); } },
        { key: 'source', header: t('map.source'), cell: (m) => { const s = statusOf(m); return s ? `${s.source}${s.sourceDate ? `（${s.sourceDate}）` : ''}` : ''; } },
      ]}
    />
  );
}

function FigureMap({ overview, topology, release }: { overview: Overview; topology: Topology; release: Release }) {
  const { t } = useTranslation('prefecture');
  const options = measures(release);
  const [key, setKey] = useState(options[0]?.key ?? '');
  const measure = options.find((o) => o.key === key) ?? options[0];
  if (!measure) return <p>{t('map.noFigures')}</p>;
  const figureOf = (code: string): Figure => {
    const row = measure.table.rows.find((r) => r.municipalityCode === code);
    if (!row) return { kind: 'absent' };
    const v = measure.column === -1 ? row.total : (row.cells[measure.column] ?? null);
    return v === null ? { kind: 'suppressed' } : { kind: 'value', value: v };
  };
  const figures = new Map(overview.municipalities.map((m) => [m.code, figureOf(m.code)]));
  const breaks = classBreaks([...figures.values()].flatMap((f) => (f.kind === 'value' ? [f.value] : [])));
  const classes: MapClass[] = [
    ...breaks.map((b, i) => ({ key: `q${i}`, label: t('map.upTo', { from: i === 0 ? 0 : (breaks[i - 1] ?? 0) + 1, to: b }), className: `pref-map--q${i}` })),
    { key: 'suppressed', label: t('suppression.cell'), className: 'pref-map--suppressed' },
    { key: 'absent', label: t('dashboard.notReported'), className: 'pref-map--none' },
  ];
  const title = t('map.figureTitle', { prefecture: overview.prefecture.name, release: release.fiscalYearLabel, measure: measure.label });
  return (
    <>
      <SelectField name="map-measure" label={t('map.measure')} value={measure.key} onChange={(e) => setKey(e.target.value)}>
        {options.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}
      </SelectField>
      <p id={suppressionNoteId}>{t('suppression.body', { threshold: release.threshold })}</p>
      <MapAndTable
        overview={overview}
        topology={topology}
        classOf={(code) => classOfFigure(figures.get(code) ?? { kind: 'absent' }, breaks)}
        classes={classes}
        title={title}
        fiscalYear={release.fiscalYear}
        columns={[
          {
            key: 'value',
            header: measure.label,
            numeric: true,
            cell: (m) => { const f = figures.get(m.code); return !f || f.kind === 'absent' ? t('dashboard.notReported') : <CountCell value={f.kind === 'value' ? f.value : null} />; },
          },
        ]}
      />
    </>
  );
}

/** The statistic layer of the chosen year: drawn only from that year's frozen release, never from live counts. */
function YearFigureMap({ overview, topology, year, released }: { overview: Overview; topology: Topology; year: number; released: boolean }) {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const release = useQuery(trpc.prefecture.statistics.get.queryOptions({ fiscalYear: year }, { enabled: released }));
  if (!released) return <p>{t('map.noRelease', { fiscalYear: formatFiscalYear(year) })}</p>;
  if (release.isPending) return <Loading />;
  if (release.isError) return <QueryFailure error={release.error} onRetry={() => void release.refetch()} />;
  return <FigureMap key={year} overview={overview} topology={topology} release={release.data} />;
}

export function MapPage() {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const overview = useQuery(trpc.prefecture.municipality.find.queryOptions());
  const releases = useQuery(trpc.prefecture.statistics.releases.queryOptions());
  const boundaries = useBoundaries(overview.data?.prefecture.code);
  const [mode, setMode] = useState<'status' | 'figure'>('status');
  const [chosenYear, setYear] = useState<number | null>(null);
  const heading = (
    <PageHeading title={t('map.title')} appName={t('appName')}>
      {t('map.title')}
    </PageHeading>
  );
  if (overview.isPending || boundaries.isPending || releases.isPending) return <>{heading}<Loading /></>;
  if (overview.isError) return <>{heading}<QueryFailure error={overview.error} onRetry={() => void overview.refetch()} /></>;
  if (releases.isError) return <>{heading}<QueryFailure error={releases.error} onRetry={() => void releases.refetch()} /></>;
  if (boundaries.isError) return <>{heading}<QueryFailure error={boundaries.error} onRetry={() => void boundaries.refetch()} /></>;
  const years = overview.data.statusYears;
  const year = chosenYear ?? years.at(-1) ?? 2021;
  const released = releases.data.years.some((y) => y.fiscalYear === year && y.released !== null);
  return (
    <>
      {heading}
      <p>{t('map.lead')}</p>
      <SelectField name="map-year" label={t('map.year')} value={String(year)} onChange={(e) => setYear(Number(e.target.value))}>
        {years.map((y) => <option key={y} value={y}>{formatFiscalYear(y)}</option>)}
      </SelectField>
      <SelectField name="map-mode" label={t('map.mode')} value={mode} onChange={(e) => setMode(e.target.value === 'figure' ? 'figure' : 'status')}>
        <option value="status">{t('map.byStatus')}</option>
        <option value="figure">{t('map.byFigure')}</option>
      </SelectField>
      {mode === 'status' ? (
        <StatusMap overview={overview.data} topology={boundaries.data} year={year} />
      ) : (
        <YearFigureMap overview={overview.data} topology={boundaries.data} year={year} released={released} />
      )}
    </>
  );
}
