import { countConsultationsByMunicipality, countOrganisationsByMunicipality, getPrefecture, listMunicipalitiesOfPrefecture, listProgramStatuses } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { fiscalYearOf, fiscalYearRange, suppressCounts } from '@kasane/domain';
import type { PrefectureActor } from '../context.js';
import { apiError } from '../errors.js';

/**
 * The prefecture's municipalities side by side: program status by fiscal year, how many
 * organisations each has registered, and this fiscal year's consultations with small counts
 * suppressed (SPEC §7) — never personal data.
 */
export async function getPrefectureOverview(tx: Tx, actor: PrefectureActor, now: Date, threshold: number) {
  const prefecture = await getPrefecture(tx, actor.prefectureCode);
  if (!prefecture) throw apiError('NOT_FOUND');
  const fiscalYear = fiscalYearOf(now);
  const range = fiscalYearRange(fiscalYear);
  const municipalities = await listMunicipalitiesOfPrefecture(tx, actor.prefectureCode);
  const codes = municipalities.map((m) => m.code);
  const [statuses, organisations, consultations] = await Promise.all([
    listProgramStatuses(tx, codes),
    countOrganisationsByMunicipality(tx, actor.prefectureCode),
    countConsultationsByMunicipality(tx, actor.prefectureCode, new Date(`${range.start}T00:00:00+09:00`), new Date(`${range.end}T24:00:00+09:00`)),
  ]);
  const suppressed = suppressCounts(
    codes.map((c) => consultations.get(c) ?? 0),
    threshold,
  );
  return {
    prefecture,
    fiscalYear,
    threshold,
    consultationsTotal: suppressed.total,
    municipalities: municipalities.map((m, i) => ({
      code: m.code,
      name: m.name,
      kana: m.kana,
      statuses: statuses.filter((s) => s.municipalityCode === m.code).map(({ fiscalYear: fy, status, source }) => ({ fiscalYear: fy, status, source })),
      organisations: organisations.get(m.code) ?? 0,
      consultations: suppressed.cells[i] ?? null,
    })),
  };
}
