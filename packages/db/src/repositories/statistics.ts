import type { Tx } from '../scope.js';

// The prefecture reads no tenant rows (ADR 0019): this calls a count-only SECURITY DEFINER function
// that counts for the transaction's own prefecture (app.prefecture), whatever the caller asks.
// Consultations are never counted live for it (ADR 0022: releases only).

/** Organisations registered per municipality of the scope's prefecture. */
export async function countOrganisationsByMunicipality(tx: Tx, prefectureCode: string): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ municipalityCode: string; n: bigint }[]>`
    SELECT "municipalityCode", n FROM kasane_prefecture_organisation_counts()
    WHERE left("municipalityCode", 2) = left(${prefectureCode}, 2)`;
  return new Map(rows.map((r) => [r.municipalityCode, Number(r.n)]));
}
