// A record as a readable document (issue #10 item 11, 個人情報保護法 開示請求): sections of labelled rows, each row
// saying whether it carries a third party's information (another household member) to be considered for redaction.
// The same document prints as HTML and downloads as CSV.

export type DocumentRow = { readonly cells: readonly string[]; readonly thirdParty: boolean };
export type DocumentSection = { readonly title: string; readonly columns: readonly string[]; readonly rows: readonly DocumentRow[] };
export type RecordDocument = { readonly title: string; readonly sections: readonly DocumentSection[] };

export const THIRD_PARTY_MARK = '第三者情報（不開示の検討）';

const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const line = (cells: readonly string[]): string => cells.map(quote).join(',');

/**
 * RFC 4180 CSV with a BOM so that spreadsheet software opens it as UTF-8: one header per section
 * (区分, its columns, 第三者情報), then its rows; cells keep their line breaks inside quotes.
 */
export function documentToCsv(doc: RecordDocument): string {
  const lines = [line([doc.title])];
  for (const s of doc.sections) {
    lines.push('', line(['区分', ...s.columns, '第三者情報']));
    for (const r of s.rows) lines.push(line([s.title, ...r.cells, r.thirdParty ? THIRD_PARTY_MARK : '']));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export type LedgerEntry = { readonly recipient: string; readonly record: string; readonly purpose: string; readonly basis: string; readonly at: string };
export type LedgerGroup = { readonly recipient: string; readonly record: string; readonly purpose: string; readonly basis: string; readonly count: number; readonly first: string; readonly last: string };

/**
 * C11 開示記録 grouped for the person: one row per recipient, kind of record, purpose and basis, with how many times
 * and the first and last date — a ledger of hundreds of reads becomes a page a person can read. `at` sorts as text (ISO).
 */
export function groupLedger(entries: readonly LedgerEntry[]): LedgerGroup[] {
  const groups = new Map<string, LedgerGroup>();
  for (const e of entries) {
    const key = JSON.stringify([e.recipient, e.record, e.purpose, e.basis]);
    const g = groups.get(key);
    groups.set(
      key,
      g ? { ...g, count: g.count + 1, first: e.at < g.first ? e.at : g.first, last: e.at > g.last ? e.at : g.last } : { recipient: e.recipient, record: e.record, purpose: e.purpose, basis: e.basis, count: 1, first: e.at, last: e.at },
    );
  }
  return [...groups.values()].sort((a, b) => a.first.localeCompare(b.first) || a.recipient.localeCompare(b.recipient));
}
