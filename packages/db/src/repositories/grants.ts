// 交付金 by fiscal year (issue #11 item 2): the lines being prepared and the frozen submissions.
// Money is whole yen kept as bigint in the database and handed out as numbers (safe integers, ZYen).
import type { Tx } from '../scope.js';

export interface GrantLineData {
  partId: string;
  standardAmount: number;
  expenditure: number;
  totalCost: number;
  otherIncome: number;
  nationalRate: string | null;
  prefectureRate: string | null;
  adjustmentRate: string | null;
}

const toLine = (r: { partId: string; standardAmount: bigint; expenditure: bigint; totalCost: bigint; otherIncome: bigint; nationalRate: string | null; prefectureRate: string | null; adjustmentRate: string | null }): GrantLineData => ({
  partId: r.partId,
  standardAmount: Number(r.standardAmount),
  expenditure: Number(r.expenditure),
  totalCost: Number(r.totalCost),
  otherIncome: Number(r.otherIncome),
  nationalRate: r.nationalRate,
  prefectureRate: r.prefectureRate,
  adjustmentRate: r.adjustmentRate,
});

export async function listGrantLines(tx: Tx, municipalityCode: string, fiscalYear: number): Promise<GrantLineData[]> {
  const rows = await tx.grantLine.findMany({ where: { municipalityCode, fiscalYear }, orderBy: { partId: 'asc' } });
  return rows.map(toLine);
}

export async function saveGrantLine(tx: Tx, municipalityCode: string, fiscalYear: number, line: GrantLineData, now: Date): Promise<void> {
  const values = {
    standardAmount: BigInt(line.standardAmount), expenditure: BigInt(line.expenditure), totalCost: BigInt(line.totalCost), otherIncome: BigInt(line.otherIncome),
    nationalRate: line.nationalRate, prefectureRate: line.prefectureRate, adjustmentRate: line.adjustmentRate, updatedAt: now,
  };
  await tx.grantLine.upsert({
    where: { municipalityCode_fiscalYear_partId: { municipalityCode, fiscalYear, partId: line.partId } },
    create: { municipalityCode, fiscalYear, partId: line.partId, ...values },
    update: values,
  });
}

export async function deleteGrantLine(tx: Tx, municipalityCode: string, fiscalYear: number, partId: string): Promise<boolean> {
  const r = await tx.grantLine.deleteMany({ where: { municipalityCode, fiscalYear, partId } });
  return r.count === 1;
}

export interface GrantSharesRow {
  partId: string;
  standardAmount: number;
  expenditure: number;
  totalCost: number;
  otherIncome: number;
  base: number;
  national: number;
  nationalAdjustment: number;
  prefecture: number;
  premium: number;
  municipality: number;
  fractions: Record<string, string>;
}

const big = (n: number) => BigInt(n);

export async function createGrantSubmission(
  tx: Tx,
  data: { municipalityCode: string; fiscalYear: number; userId: string; at: Date; lines: GrantSharesRow[] },
): Promise<{ id: string; version: number }> {
  const last = await tx.grantSubmission.findFirst({ where: { municipalityCode: data.municipalityCode, fiscalYear: data.fiscalYear }, orderBy: { version: 'desc' }, select: { version: true } });
  const version = (last?.version ?? 0) + 1;
  const created = await tx.grantSubmission.create({
    data: { municipalityCode: data.municipalityCode, fiscalYear: data.fiscalYear, version, submittedAt: data.at, submittedByUserId: data.userId },
    select: { id: true, version: true },
  });
  await tx.grantSubmissionLine.createMany({
    data: data.lines.map((l) => ({
      submissionId: created.id, municipalityCode: data.municipalityCode, partId: l.partId,
      standardAmount: big(l.standardAmount), expenditure: big(l.expenditure), totalCost: big(l.totalCost), otherIncome: big(l.otherIncome), base: big(l.base),
      national: big(l.national), nationalAdjustment: big(l.nationalAdjustment), prefecture: big(l.prefecture), premium: big(l.premium), municipality: big(l.municipality),
      fractions: l.fractions,
    })),
  });
  return created;
}

/** The standing submission of a year (the one not superseded), if any: it locks the lines. */
export async function getStandingGrantSubmission(tx: Tx, municipalityCode: string, fiscalYear: number) {
  return tx.grantSubmission.findFirst({ where: { municipalityCode, fiscalYear, supersededAt: null }, select: { id: true, version: true, submittedAt: true } });
}

export async function supersedeGrantSubmission(tx: Tx, municipalityCode: string, id: string, at: Date): Promise<boolean> {
  const r = await tx.grantSubmission.updateMany({ where: { municipalityCode, id, supersededAt: null }, data: { supersededAt: at } });
  return r.count === 1;
}

export async function listGrantSubmissions(tx: Tx, municipalityCode: string, fiscalYear: number) {
  const rows = await tx.grantSubmission.findMany({
    where: { municipalityCode, fiscalYear },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, submittedAt: true, supersededAt: true, lines: { orderBy: { partId: 'asc' } } },
  });
  return rows.map((s) => ({
    id: s.id, version: s.version, submittedAt: s.submittedAt, supersededAt: s.supersededAt,
    lines: s.lines.map((l): GrantSharesRow => ({
      partId: l.partId, standardAmount: Number(l.standardAmount), expenditure: Number(l.expenditure), totalCost: Number(l.totalCost), otherIncome: Number(l.otherIncome),
      base: Number(l.base), national: Number(l.national), nationalAdjustment: Number(l.nationalAdjustment), prefecture: Number(l.prefecture), premium: Number(l.premium),
      municipality: Number(l.municipality), fractions: l.fractions as Record<string, string>,
    })),
  }));
}

/** The prefecture's view: per municipality and part, the standing submission's shares (sums in SQL). */
export async function sumStandingGrantsOfPrefecture(tx: Tx, prefectureCode: string, fiscalYear: number) {
  const rows = await tx.$queryRaw<{ municipalityCode: string; partId: string; version: number; base: bigint; national: bigint; prefecture: bigint; premium: bigint; municipality: bigint }[]>`
    SELECT s."municipalityCode", l."partId", s.version, l.base, l.national + l."nationalAdjustment" AS national, l.prefecture, l.premium, l.municipality
    FROM "GrantSubmission" s JOIN "GrantSubmissionLine" l ON l."submissionId" = s.id
    WHERE left(s."municipalityCode", 2) = left(${prefectureCode}, 2) AND s."fiscalYear" = ${fiscalYear} AND s."supersededAt" IS NULL
    ORDER BY s."municipalityCode", l."partId"`;
  return rows.map((r) => ({ municipalityCode: r.municipalityCode, partId: r.partId, version: r.version, base: Number(r.base), national: Number(r.national), prefecture: Number(r.prefecture), premium: Number(r.premium), municipality: Number(r.municipality) }));
}
