import { describe, expect, it } from 'vitest';
import { districtOf } from './address-district.js';

describe('districtOf', () => {
  it.each([
    ['土浦市見本町1-1', '土浦市', '見本町'],
    ['土浦市見本町１－１ 見本荘101', '土浦市', '見本町'],
    ['見本町三丁目4番5号', undefined, '見本町'],
    ['大字見本 字東', undefined, '大字見本'],
    ['古河市', '古河市', ''],
    ['見本町', '', '見本町'],
  ])('%s → %s', (address, municipality, expected) => {
    expect(districtOf(address, municipality)).toBe(expected);
  });
});
