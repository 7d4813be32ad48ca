import { describe, expect, it } from 'vitest';
import { fieldsOf, getIssue, issueCatalogue, isComplex } from './taxonomy.js';

describe('issue taxonomy', () => {
  it('has the seed vocabulary with Japanese labels', () => {
    const labels = issueCatalogue.map((i) => i.label);
    for (const l of ['家計', '仕事', '住まい', '心身の健康', '介護', '障害', '子育て', 'DV', '社会的孤立', '近隣トラブル', 'ひきこもり', 'ダブルケア', 'ヤングケアラー', '8050', 'ごみ屋敷', '狭間のニーズ', '生活保護']) {
      expect(labels).toContain(l);
    }
    expect(new Set(issueCatalogue.map((i) => i.id)).size).toBe(issueCatalogue.length);
  });

  it('fieldsOf gives the distinct fields in catalogue order', () => {
    expect(fieldsOf(['childrearing', 'elderly_care', 'dementia'])).toEqual(['elderly', 'child']);
    expect(fieldsOf([])).toEqual([]);
  });

  it('複合: two fields, or intrinsically composite (SPEC §3.2)', () => {
    expect(isComplex(['household_finance'])).toBe(false);
    expect(isComplex(['household_finance', 'work'])).toBe(false); // both 困窮
    expect(isComplex(['household_finance', 'elderly_care'])).toBe(true);
    expect(isComplex(['eight_fifty'])).toBe(true);
    expect(isComplex(['young_carer'])).toBe(true);
    expect(isComplex(['hoarding'])).toBe(true);
    expect(isComplex(['hikikomori'])).toBe(false);
    expect(getIssue('double_care').fields).toEqual(['elderly', 'child']);
  });
});
