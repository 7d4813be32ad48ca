import type { Tx } from '../scope.js';

export async function getPersonRecord(tx: Tx, municipalityCode: string, personId: string) {
  return tx.person.findFirst({
    where: { municipalityCode, id: personId },
    select: {
      id: true,
      householdId: true,
      familyName: true,
      givenName: true,
      familyNameKana: true,
      givenNameKana: true,
      birthDate: true,
      relationship: true,
      phone: true,
      household: { select: { address: true, onPublicAssistance: true } },
    },
  });
}
