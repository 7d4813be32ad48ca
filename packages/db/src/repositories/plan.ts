// 実施計画 text and the municipality's declared status (issue #11 items 4, 5; ADR 0026).
// Municipality code in every where; both tables have row-level security.
import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../scope.js';

const planSelect = { fiscalYear: true, sections: true, version: true, updatedAt: true } as const;

export async function getPlanText(tx: Tx, municipalityCode: string, fiscalYear: number) {
  return tx.implementationPlanText.findUnique({ where: { municipalityCode_fiscalYear: { municipalityCode, fiscalYear } }, select: planSelect });
}

/** Saves the year's sections; every save is a new version of the year's text. */
export async function savePlanText(tx: Tx, municipalityCode: string, fiscalYear: number, sections: Record<string, string>, userId: string, now: Date) {
  const values = { sections: sections as Prisma.InputJsonValue, updatedAt: now, updatedByUserId: userId };
  return tx.implementationPlanText.upsert({
    where: { municipalityCode_fiscalYear: { municipalityCode, fiscalYear } },
    create: { municipalityCode, fiscalYear, ...values },
    update: { ...values, version: { increment: 1 } },
    select: planSelect,
  });
}

export async function addStatusDeclaration(tx: Tx, data: { municipalityCode: string; fiscalYear: number; status: string; declaredAt: Date; declaredByUserId: string }) {
  await tx.programStatusDeclaration.create({ data });
}

/** Every declaration of these municipalities, oldest first (the latest of a year wins). */
export async function listStatusDeclarations(tx: Tx, municipalityCodes: string[]) {
  return tx.programStatusDeclaration.findMany({
    where: { municipalityCode: { in: municipalityCodes } },
    select: { municipalityCode: true, fiscalYear: true, status: true, declaredAt: true },
    orderBy: [{ municipalityCode: 'asc' }, { fiscalYear: 'asc' }, { declaredAt: 'asc' }],
  });
}
