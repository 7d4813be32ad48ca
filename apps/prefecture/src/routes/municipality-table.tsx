import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Table, formatFiscalYear } from '@kasane/ui';
import { formatWareki } from '@kasane/domain';
import type { Column } from '@kasane/ui';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@kasane/api';

export type Overview = inferRouterOutputs<AppRouter>['prefecture']['municipality']['find'];
type MunicipalityRow = Overview['municipalities'][number];

export const suppressionNoteId = 'suppression-note';

/** 令和3年度 to the current fiscal year, oldest first (issue #11 item 5); a year with no known status shows 「—」. */
export function statusYears(overview: Overview): number[] {
  return overview.statusYears;
}

/** The sources behind the status columns, numbered for the ※ notes under the table. */
export function statusSources(overview: Overview): string[] {
  return [...new Set(overview.municipalities.flatMap((m) => m.statuses.map((s) => s.source)))];
}

/** A count, or 「秘匿」 tied to the note that explains it (SPEC §7). */
export function CountCell({ value }: { value: number | null }): ReactNode {
  const { t } = useTranslation('prefecture');
  if (value === null) {
    return (
      <span className="pref-suppressed" aria-describedby={suppressionNoteId} data-suppressed="true">
        {t('suppression.cell')}
      </span>
    );
  }
  return value.toLocaleString('ja-JP');
}

function StatusCell({ row, fiscalYear, sources }: { row: MunicipalityRow; fiscalYear: number; sources: string[] }) {
  const { t } = useTranslation('prefecture');
  const status = row.statuses.find((s) => s.fiscalYear === fiscalYear);
  if (!status) {
    return (
      <>
        <span aria-hidden="true">{t('status.none')}</span>
        <span className="kasane-visually-hidden">{t('status.noneSr')}</span>
      </>
    );
  }
  const note = sources.indexOf(status.source) + 1;
  return (
    <span className={`pref-status--${status.status}`}>
      {t(`status.${status.status}`, { defaultValue: status.status })}
      {note > 0 ? <sup>※{note}</sup> : null}
      {/* the municipality's own word (ADR 0026), dated, shown over the lists and the prefecture's changes */}
      {status.origin === 'municipality' && status.sourceDate ? <span className="pref-declared">{t('status.declared', { date: formatWareki(status.sourceDate) })}</span> : null}
    </span>
  );
}

export function MunicipalityTable({ overview }: { overview: Overview }) {
  const { t } = useTranslation('prefecture');
  const years = statusYears(overview);
  const sources = statusSources(overview);
  const fy = overview.fiscalYear === null ? null : formatFiscalYear(overview.fiscalYear);
  const totalOrganisations = overview.municipalities.reduce((sum, m) => sum + m.organisations, 0);

  const columns: Column<MunicipalityRow>[] = [
    {
      key: 'name',
      header: t('dashboard.municipality'),
      rowHeader: true,
      cell: (m) => (
        <>
          {m.name}
          <span className="pref-kana">{m.kana}</span>
        </>
      ),
    },
    ...(years.length > 0
      ? years.map((year) => ({
          key: `status-${year}`,
          header: t('dashboard.status', { fiscalYear: formatFiscalYear(year) }),
          cell: (m: MunicipalityRow) => <StatusCell row={m} fiscalYear={year} sources={sources} />,
        }))
      : [{ key: 'status', header: t('dashboard.statusNone'), cell: () => t('status.none') }]),
    { key: 'organisations', header: t('dashboard.organisations'), numeric: true, cell: (m) => m.organisations.toLocaleString('ja-JP') },
    {
      key: 'consultations',
      header: fy === null ? t('dashboard.consultationsNone') : t('dashboard.consultations', { fiscalYear: fy }),
      numeric: true,
      cell: (m) => (m.reported ? <CountCell value={m.consultations} /> : t('dashboard.notReported')),
    },
  ];

  return (
    <>
      <Table
        caption={t('dashboard.caption', { prefecture: overview.prefecture.name, count: overview.municipalities.length })}
        columns={columns}
        rows={overview.municipalities}
        rowKey={(m) => m.code}
        empty={t('dashboard.noMunicipalities')}
        footer={
          <tr>
            <th scope="row">{t('dashboard.total')}</th>
            {(years.length > 0 ? years : [0]).map((y) => (
              <td key={y} />
            ))}
            <td className="kasane-num">{totalOrganisations.toLocaleString('ja-JP')}</td>
            <td className="kasane-num">
              <CountCell value={overview.consultationsTotal} />
            </td>
          </tr>
        }
      />
      {sources.length > 0 ? (
        <div className="pref-notes">
          <p>{t('sources.title')}</p>
          <ol>
            {sources.map((s, i) => (
              <li key={s} value={i + 1}>
                ※{i + 1} {s}
              </li>
            ))}
          </ol>
          <p>{t('sources.partial')}</p>
        </div>
      ) : null}
    </>
  );
}
