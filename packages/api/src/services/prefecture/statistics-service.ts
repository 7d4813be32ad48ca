// The prefecture's statistics (issue #11 item 8): only closed fiscal years, from the first submitted 実績報告
// of each municipality, published once as a frozen release suppressed with its margins (SPEC §7). Nothing is
// recomputed live, so comparing two days' screens gives nothing away (the 水戸市 case of the issue).
import {
  createStatisticsRelease, getStatisticsRelease, listAnnualReportSubmissionsOfPrefecture, listFirstReportFiguresOfPrefecture, listMunicipalitiesOfPrefecture, listStatisticsReleases,
} from '@kasane/db';
import type { Tx } from '@kasane/db';
import { buildStatisticsRelease, fiscalYearOf, formatFiscalYearJa } from '@kasane/domain';
import type { ReleaseTable } from '@kasane/domain';
import type { PrefectureActor } from '../../context.js';
import { apiError, domainError } from '../../errors.js';
import { excelCsv } from '../backoffice/excel-csv.js';

export async function listReleasesForPrefecture(tx: Tx, actor: PrefectureActor, now: Date) {
  const [releases, submissions, municipalities] = await Promise.all([
    listStatisticsReleases(tx, actor.prefectureCode),
    listAnnualReportSubmissionsOfPrefecture(tx, actor.prefectureCode),
    listMunicipalitiesOfPrefecture(tx, actor.prefectureCode),
  ]);
  const current = fiscalYearOf(now);
  const years = [...new Set([...releases.map((r) => r.fiscalYear), ...submissions.map((s) => s.fiscalYear)])].sort((a, b) => a - b);
  return {
    municipalityCount: municipalities.length,
    years: years.map((fy) => {
      const release = releases.find((r) => r.fiscalYear === fy);
      return {
        fiscalYear: fy,
        fiscalYearLabel: formatFiscalYearJa(fy),
        closed: fy < current,
        submitted: submissions.filter((s) => s.fiscalYear === fy).length,
        released: release ? { publishedAt: release.publishedAt, municipalities: release.municipalityCodes.length, threshold: release.threshold } : null,
      };
    }),
  };
}

export async function publishRelease(tx: Tx, actor: PrefectureActor, fiscalYear: number, threshold: number, now: Date) {
  if (fiscalYear >= fiscalYearOf(now)) throw domainError({ code: 'INVALID_TRANSITION', message: '統計は年度が終わってから公表できます。' });
  if (await getStatisticsRelease(tx, actor.prefectureCode, fiscalYear)) {
    throw domainError({ code: 'INVALID_TRANSITION', message: 'この年度の統計はすでに公表されています。公表した統計は変更できません（差し引きで秘匿した数が分からないようにするためです）。' });
  }
  const figures = await listFirstReportFiguresOfPrefecture(tx, actor.prefectureCode, [fiscalYear]);
  const byCode = new Map<string, { metric: string; key: string; value: number }[]>();
  for (const f of figures) byCode.set(f.municipalityCode, [...(byCode.get(f.municipalityCode) ?? []), { metric: f.metric, key: f.key, value: f.value }]);
  if (byCode.size === 0) throw domainError({ code: 'VALIDATION', message: 'この年度の実績報告はまだ提出されていません。' });
  const release = buildStatisticsRelease({ fiscalYear, threshold, municipalities: [...byCode].map(([code, f]) => ({ code, figures: f })) });
  if (!release.ok) throw domainError(release.error);
  await createStatisticsRelease(tx, { prefectureCode: actor.prefectureCode, fiscalYear, threshold, publishedAt: now, publishedByUserId: actor.userId, municipalityCodes: [...release.value.municipalityCodes], tables: release.value.tables });
  return { fiscalYear, municipalities: release.value.municipalityCodes.length };
}

export async function getReleaseForPrefecture(tx: Tx, actor: PrefectureActor, fiscalYear: number) {
  const [release, municipalities] = await Promise.all([getStatisticsRelease(tx, actor.prefectureCode, fiscalYear), listMunicipalitiesOfPrefecture(tx, actor.prefectureCode)]);
  if (!release) throw apiError('NOT_FOUND');
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  const tables = release.tables as unknown as ReleaseTable[];
  return {
    fiscalYear,
    fiscalYearLabel: formatFiscalYearJa(fiscalYear),
    publishedAt: release.publishedAt,
    threshold: release.threshold,
    tables: tables.map((t) => ({
      family: t.family,
      label: t.label,
      columns: [...t.columns],
      rows: t.rows.map((r) => ({ municipalityCode: r.municipalityCode, municipalityName: names.get(r.municipalityCode) ?? r.municipalityCode, cells: [...r.cells], total: r.total ?? null })),
      hasRowTotals: t.grandTotal !== undefined,
      columnTotals: [...t.columnTotals],
      grandTotal: t.grandTotal ?? null,
    })),
  };
}

/** The trend of one table's prefecture totals over the released years (the released totals, nothing new). */
export async function getTrendForPrefecture(tx: Tx, actor: PrefectureActor) {
  const releases = await listStatisticsReleases(tx, actor.prefectureCode);
  const years = await Promise.all(releases.map((r) => getReleaseForPrefecture(tx, actor, r.fiscalYear)));
  return years.map((y) => ({
    fiscalYear: y.fiscalYear,
    fiscalYearLabel: y.fiscalYearLabel,
    totals: y.tables.map((t) => ({ family: t.family, label: t.label, grandTotal: t.grandTotal, columns: t.columns.map((c, i) => ({ key: c.key, label: c.label, total: t.columnTotals[i] ?? null })) })),
  }));
}

export async function exportReleaseCsv(tx: Tx, actor: PrefectureActor, fiscalYear: number) {
  const r = await getReleaseForPrefecture(tx, actor, fiscalYear);
  const rows: string[][] = [['年度', '表', '市町村コード', '市町村', '項目', '件数']];
  const shown = (v: number | null) => (v === null ? '秘匿' : String(v));
  for (const t of r.tables) {
    for (const row of t.rows) {
      t.columns.forEach((c, i) => rows.push([r.fiscalYearLabel, t.label, row.municipalityCode, row.municipalityName, c.label, shown(row.cells[i] ?? null)]));
      if (t.hasRowTotals) rows.push([r.fiscalYearLabel, t.label, row.municipalityCode, row.municipalityName, '計', shown(row.total)]);
    }
    t.columns.forEach((c, i) => rows.push([r.fiscalYearLabel, t.label, '', '県計', c.label, shown(t.columnTotals[i] ?? null)]));
    if (t.hasRowTotals) rows.push([r.fiscalYearLabel, t.label, '', '県計', '計', shown(t.grandTotal)]);
  }
  return { filename: `statistics-${actor.prefectureCode}-${fiscalYear}.csv`, csv: excelCsv(rows) };
}
