// Splits an HSDS file into parts the server checks one after another (staff.directory.previewImport
// with `part`), so the screen can show how many rows are checked. Each part is a file of the same
// format that the server parses with its own parser: JSON parts are slices of the service array,
// CSV parts are the header line plus a run of the file's own record lines, unchanged. The import
// itself still sends the whole file in one call (all or nothing, one transaction).

export interface ImportPart {
  content: string;
  /** rows before this part in the file */
  offset: number;
  rows: number;
}

export interface SplitImport {
  /** the file's rows (services) */
  total: number;
  parts: ImportPart[];
}

export const rowsPerPart = 500;

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The CSV's records, split where a line break is outside quotes (RFC 4180: a doubled quote inside a
 * quoted field toggles twice, so counting quotes is enough). Lines with no content are dropped, as
 * the server drops them.
 */
export function csvRecords(text: string): string[] {
  const s = text.replace(/^\uFEFF/, '');
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      records.push(s.slice(start, i));
      if (c === '\r' && s[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  records.push(s.slice(start));
  return records.filter((r) => !/^(?:"")?(?:,(?:"")?)*$/.test(r));
}

function servicesOf(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data as unknown[];
  if (typeof data === 'object' && data !== null) {
    const o = data as Record<string, unknown>;
    if (Array.isArray(o.services)) return o.services as unknown[];
    if (typeof o.service === 'object' && o.service !== null) return [o.service];
  }
  return null;
}

/**
 * The file in parts of `size` rows, or null when it cannot be split (JSON that does not parse or has
 * no service list): then it is checked in one call and the server says what is wrong.
 */
export function splitImport(format: 'json' | 'csv', content: string, size = rowsPerPart): SplitImport | null {
  if (format === 'csv') {
    const [header, ...records] = csvRecords(content);
    if (header === undefined || records.length === 0) return null;
    const parts = chunk(records, size).map((rows, i) => ({ content: `${header}\r\n${rows.join('\r\n')}\r\n`, offset: i * size, rows: rows.length }));
    return { total: records.length, parts };
  }
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return null;
  }
  const services = servicesOf(data);
  if (!services || services.length === 0) return null;
  return { total: services.length, parts: chunk(services, size).map((rows, i) => ({ content: JSON.stringify(rows), offset: i * size, rows: rows.length })) };
}

/** Reads a file as text, reporting the bytes read so far (File.stream where there is one). */
export async function readFileText(file: File, onProgress: (loaded: number, total: number) => void): Promise<string> {
  if (typeof file.stream !== 'function') {
    const text = await file.text();
    onProgress(file.size, file.size);
    return text;
  }
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  let text = '';
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    text += decoder.decode(value, { stream: true });
    onProgress(loaded, file.size);
  }
  text += decoder.decode();
  onProgress(file.size, file.size);
  return text;
}
