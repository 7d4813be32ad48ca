// The back office's one CSV form: UTF-8 with a BOM (Excel opens UTF-8 only with one) and CRLF line ends.
import { stringify } from 'csv-stringify/sync';

export const excelCsv = (rows: string[][]): string => stringify(rows, { record_delimiter: '\r\n', bom: true });
