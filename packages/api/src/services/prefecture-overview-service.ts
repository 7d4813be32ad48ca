import { countConsultationsByMunicipality, countOrganisationsByMunicipality, getPrefecture, listMunicipalitiesOfPrefecture, listProgramStatuses } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { fiscalYearOf, fiscalYearRange, suppressCounts } from '@kasane/domain';
import type { PrefectureActor } from '../context.js';
import { apiError, domainError } from '../errors.js';

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
  const suppressed = suppressCounts(Object.fromEntries(codes.map((c) => [c, consultations.get(c) ?? 0])), threshold);
  if (!suppressed.ok) throw domainError(suppressed.error);
  return {
    prefecture,
    fiscalYear,
    threshold,
    consultationsTotal: suppressed.value.total,
    municipalities: municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      kana: m.kana,
      statuses: statuses.filter((s) => s.municipalityCode === m.code).map(({ fiscalYear: fy, status, source }) => ({ fiscalYear: fy, status, source })),
      organisations: organisations.get(m.code) ?? 0,
      consultations: suppressed.value.counts[m.code] ?? null,
    })),
  };
}
