import type { Tx } from '../scope.js';

// The prefecture reads no tenant rows (ADR 0019): these call count-only SECURITY DEFINER functions
// that count for the transaction's own prefecture (app.prefecture), whatever the caller asks.

/** Consultations received per municipality of the scope's prefecture in [from, to). Counts only. */
export async function countConsultationsByMunicipality(tx: Tx, prefectureCode: string, from: Date, to: Date): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ municipalityCode: string; n: bigint }[]>`
    SELECT "municipalityCode", n FROM kasane_prefecture_consultation_counts(${from}::timestamptz, ${to}::timestamptz)
    WHERE left("municipalityCode", 2) = left(${prefectureCode}, 2)`;
  return new Map(rows.map((r) => [r.municipalityCode, Number(r.n)]));
}

/** Organisations registered per municipality of the scope's prefecture. */
export async function countOrganisationsByMunicipality(tx: Tx, prefectureCode: string): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ municipalityCode: string; n: bigint }[]>`
    SELECT "municipalityCode", n FROM kasane_prefecture_organisation_counts()
    WHERE left("municipalityCode", 2) = left(${prefectureCode}, 2)`;
  return new Map(rows.map((r) => [r.municipalityCode, Number(r.n)]));
}
