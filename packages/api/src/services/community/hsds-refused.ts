import { stringify } from 'csv-stringify/sync';
import { str } from './hsds-read.js';
import type { Json } from './hsds-read.js';
import type { ParsedImport } from './hsds-import-service.js';

// The refused rows and the rows of other municipalities, each as it was uploaded with the reason beside
// it, in the upload's own format: the file to keep, fix and send again (the added columns/properties
// are ignored by the import).

export const REASON_COLUMN = 'kasane_refusal_reason';
export const ROW_COLUMN = 'kasane_refusal_row';

function reasons(parsed: ParsedImport): Map<number, string> {
  const out = new Map<number, string>();
  for (const e of parsed.errors) out.set(e.row, e.messages.join(' ／ '));
  for (const e of parsed.elsewhere) out.set(e.row, `他の市区町村の行です（${e.municipalityName || e.municipalityCode}・${e.municipalityCode}）。取り込みませんでした。`);
  return new Map([...out].sort(([a], [b]) => a - b));
}

export function refusedRowsFile(format: 'json' | 'csv', parsed: ParsedImport): { fileName: string; contentType: string; content: string } {
  const refused = [...reasons(parsed)];
  const original = (row: number): Json => parsed.originals[row - 1] ?? {};
  if (format === 'csv') {
    const header = [...parsed.columns, ROW_COLUMN, REASON_COLUMN];
    const rows = refused.map(([row, reason]) => [...parsed.columns.map((c) => str(original(row)[c])), String(row), reason]);
    return { fileName: 'hsds-refused-rows.csv', contentType: 'text/csv; charset=utf-8', content: `\uFEFF${stringify([header, ...rows], { record_delimiter: '\r\n' })}` };
  }
  const services = refused.map(([row, reason]) => ({ ...original(row), [ROW_COLUMN]: row, [REASON_COLUMN]: reason }));
  return { fileName: 'hsds-refused-rows.json', contentType: 'application/json; charset=utf-8', content: JSON.stringify({ services }, null, 1) };
}
