import { countOrganisationsByMunicipality, getPrefecture, getStatisticsRelease, listMunicipalitiesOfPrefecture, listStatisticsReleases } from '@kasane/db';
import type { Tx } from '@kasane/db';
import type { ReleaseTable } from '@kasane/domain';
import type { PrefectureActor } from '../context.js';
import { apiError } from '../errors.js';
import { effectiveStatuses, statusYearsUntil } from './prefecture/backoffice-service.js';

/**
 * The prefecture's municipalities side by side: program status by fiscal year (seeded lists with the
 * prefecture's own changes on top), how many organisations each has registered, and the consultations of
 * the latest published release — never a live count: two live counts a day apart gave a suppressed cell
 * away by differencing (issue #11 item 8). Never personal data.
 */
export async function getPrefectureOverview(tx: Tx, actor: PrefectureActor, now: Date, threshold: number) {
  const prefecture = await getPrefecture(tx, actor.prefectureCode);
  if (!prefecture) throw apiError('NOT_FOUND');
  const municipalities = await listMunicipalitiesOfPrefecture(tx, actor.prefectureCode);
  const codes = municipalities.map((m) => m.code);
  const [{ statuses }, organisations, releases] = await Promise.all([
    effectiveStatuses(tx, codes),
    countOrganisationsByMunicipality(tx, actor.prefectureCode),
    listStatisticsReleases(tx, actor.prefectureCode),
  ]);
  const latest = releases.at(-1);
  const release = latest ? await getStatisticsRelease(tx, actor.prefectureCode, latest.fiscalYear) : null;
  const table = release ? (release.tables as unknown as ReleaseTable[]).find((t) => t.family === 'consultations') : undefined;
  return {
    prefecture,
    fiscalYear: release?.fiscalYear ?? null,
    statusYears: statusYearsUntil(now),
    threshold: release?.threshold ?? threshold,
    consultationsTotal: table?.grandTotal ?? null,
    municipalities: municipalities.map((m) => {
      const row = table?.rows.find((r) => r.municipalityCode === m.code);
      return {
        code: m.code,
        name: m.name,
        kana: m.kana,
        statuses: statuses.filter((s) => s.municipalityCode === m.code).map(({ fiscalYear: fy, status, source, sourceDate, origin }) => ({ fiscalYear: fy, status, source, sourceDate, origin })),
        organisations: organisations.get(m.code) ?? 0,
        /** in the release: null = suppressed; not in it (no report submitted): reported false */
        reported: row !== undefined,
        consultations: row?.total ?? null,
      };
    }),
  };
}
