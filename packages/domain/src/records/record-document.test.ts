import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { documentToCsv, groupLedger, THIRD_PARTY_MARK } from './record-document.js';

describe('documentToCsv', () => {
  it('writes a BOM, one header per section, quotes commas, quotes and line breaks, and marks third parties', () => {
    const csv = documentToCsv({
      title: '保有個人情報の開示（見本 一郎）',
      sections: [{ title: '支援経過', columns: ['日時', '内容'], rows: [{ cells: ['令和8年11月1日', '電話で確認。\n次回は訪問'], thirdParty: false }, { cells: ['令和8年11月2日', '長男が「働きたい」, と'], thirdParty: true }] }],
    });
    expect(csv.startsWith('\uFEFF保有個人情報の開示（見本 一郎）\r\n')).toBe(true);
    expect(csv).toContain('\r\n区分,日時,内容,第三者情報\r\n');
    expect(csv).toContain('支援経過,令和8年11月1日,"電話で確認。\n次回は訪問",\r\n');
    expect(csv).toContain(`支援経過,令和8年11月2日,"長男が「働きたい」, と",${THIRD_PARTY_MARK}\r\n`);
    expect(documentToCsv({ title: 'a"b', sections: [] })).toBe('\uFEFF"a""b"\r\n');
  });
});

describe('groupLedger (C11)', () => {
  it('groups by recipient, record, purpose and basis with count and first/last date', () => {
    const e = (recipient: string, at: string) => ({ recipient, record: '相談記録', purpose: '支援', basis: '本人の同意', at });
    expect(groupLedger([e('社協', '2026-11-03'), e('包括', '2026-11-01'), e('社協', '2026-11-02')])).toEqual([
      { recipient: '包括', record: '相談記録', purpose: '支援', basis: '本人の同意', count: 1, first: '2026-11-01', last: '2026-11-01' },
      { recipient: '社協', record: '相談記録', purpose: '支援', basis: '本人の同意', count: 2, first: '2026-11-02', last: '2026-11-03' },
    ]);
  });
  test.prop([fc.array(fc.record({ recipient: fc.constantFrom('A', 'B'), record: fc.constantFrom('x', 'y'), purpose: fc.constant('p'), basis: fc.constantFrom('c', 'm'), at: fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01') }))])(
    'every entry is counted exactly once, within its group’s dates',
    (entries) => {
      const groups = groupLedger(entries);
      expect(groups.reduce((n, g) => n + g.count, 0)).toBe(entries.length);
      for (const e of entries) {
        const g = groups.find((x) => x.recipient === e.recipient && x.record === e.record && x.basis === e.basis);
        expect(g && g.first <= e.at && e.at <= g.last).toBe(true);
      }
    },
  );
});
