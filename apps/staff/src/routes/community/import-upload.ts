import { csrfHeaders } from '@kasane/ui';

// The HSDS file goes to POST /api/directory/import (its own body limit; /api/trpc stops at 1 MiB) as
// it is on disk: the browser streams the File, and XMLHttpRequest reports the bytes sent, so the bar
// and its time estimate are measured, not guessed.

export interface ImportRowError {
  row: number;
  id: string;
  name: string;
  messages: string[];
}

export interface ElsewhereRow {
  row: number;
  id: string;
  name: string;
  municipalityCode: string;
  municipalityName: string;
}

export interface ImportCheck {
  rows: number;
  valid: number;
  errorCount: number;
  errors: ImportRowError[];
  elsewhereCount: number;
  elsewhereMunicipalities: number;
  elsewhere: ElsewhereRow[];
}

export interface ImportDone {
  places: number;
  activities: number;
  windows: number;
  updated: number;
  refused: number;
  elsewhere: number;
  milliseconds: number;
}

export interface UploadProgress {
  sent: number;
  total: number;
  /** seconds left at the rate measured so far; null before there is a rate */
  secondsLeft: number | null;
}

export class UploadRefused extends Error {}

export function secondsLeft(sent: number, total: number, elapsedMs: number): number | null {
  if (sent <= 0 || elapsedMs <= 0 || sent >= total) return sent >= total ? 0 : null;
  return Math.ceil(((total - sent) / sent) * (elapsedMs / 1000));
}

export function uploadHsds<T>(query: Record<string, string>, file: Blob, onProgress: (p: UploadProgress) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const started = Date.now();
    xhr.open('POST', `/api/directory/import?${new URLSearchParams(query).toString()}`);
    xhr.setRequestHeader('content-type', query.format === 'csv' ? 'text/csv' : 'application/json');
    for (const [k, v] of Object.entries(csrfHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => onProgress({ sent: e.loaded, total: e.total || file.size, secondsLeft: secondsLeft(e.loaded, e.total || file.size, Date.now() - started) });
    xhr.onerror = () => reject(new UploadRefused(''));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: the message below
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(new UploadRefused((body as { error?: { message?: string } } | null)?.error?.message ?? ''));
    };
    xhr.send(file);
  });
}

const cell = (v: string | number) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** The refused rows and the rows of other municipalities as a CSV to keep, fix and send again. */
export function refusedRowsCsv(check: ImportCheck, labels: { row: string; id: string; name: string; reason: string; otherMunicipality: string }): string {
  const lines = [[labels.row, labels.id, labels.name, labels.reason]];
  for (const e of check.errors) lines.push([String(e.row), e.id, e.name, e.messages.join(' ／ ')]);
  for (const e of check.elsewhere) lines.push([String(e.row), e.id, e.name, `${labels.otherMunicipality}: ${e.municipalityName || e.municipalityCode}`]);
  return `\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}
