import type { Tx } from '../scope.js';

/** Consultations received per municipality of one prefecture in [from, to). Counts only. */
export async function countConsultationsByMunicipality(tx: Tx, prefectureCode: string, from: Date, to: Date): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ municipalityCode: string; n: bigint }[]>`
    SELECT "municipalityCode", count(*) AS n FROM "Consultation"
    WHERE left("municipalityCode", 2) = left(${prefectureCode}, 2) AND "receivedAt" >= ${from} AND "receivedAt" < ${to}
    GROUP BY "municipalityCode"`;
  return new Map(rows.map((r) => [r.municipalityCode, Number(r.n)]));
}

export async function countOrganisationsByMunicipality(tx: Tx, prefectureCode: string): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ municipalityCode: string; n: bigint }[]>`
    SELECT "municipalityCode", count(*) AS n FROM "Organisation"
    WHERE left("municipalityCode", 2) = left(${prefectureCode}, 2)
    GROUP BY "municipalityCode"`;
  return new Map(rows.map((r) => [r.municipalityCode, Number(r.n)]));
}
