import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { disclosedRecordLabel, disclosureDayKey, isDisclosure, startOfTokyoDay } from './disclosure.js';

describe('disclosure ledger rules (C11)', () => {
  it('names what was disclosed in Japanese, also for types it does not know', () => {
    expect(disclosedRecordLabel('Person')).toBe('氏名・生年月日・連絡先などの基本情報');
    expect(disclosedRecordLabel('HouseholdList')).toBe('一覧での表示');
    expect(disclosedRecordLabel('Whatever')).toBe('記録');
  });

  it('reading the ledger is not a disclosure', () => {
    expect(isDisclosure('DisclosureLedger')).toBe(false);
    expect(isDisclosure('Person')).toBe(true);
  });

  it('the day is the day in Japan: 23:59 and 00:00 JST are two days, 00:00 and 23:59 one', () => {
    expect(startOfTokyoDay(new Date('2026-11-29T14:59:59Z')).toISOString()).toBe('2026-11-28T15:00:00.000Z');
    expect(startOfTokyoDay(new Date('2026-11-29T15:00:00Z')).toISOString()).toBe('2026-11-29T15:00:00.000Z');
  });

  it('two reads share a key exactly when organisation, person, basis and Japanese day agree', () => {
    const base = { personId: 'p', recipientOrganisationId: 'o', legalBasis: 'consent', basisRef: 'k', disclosedAt: new Date('2026-11-29T01:00:00Z') };
    fc.assert(
      fc.property(fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }), fc.boolean(), (deltaMs, otherOrg) => {
        const later = { ...base, disclosedAt: new Date(base.disclosedAt.getTime() + deltaMs), ...(otherOrg ? { recipientOrganisationId: 'x' } : {}) };
        const sameDay = startOfTokyoDay(later.disclosedAt).getTime() === startOfTokyoDay(base.disclosedAt).getTime();
        expect(disclosureDayKey(later) === disclosureDayKey(base)).toBe(sameDay && !otherOrg);
      }),
    );
  });
});
