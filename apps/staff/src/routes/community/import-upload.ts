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

function post(query: Record<string, string>, file: Blob, onProgress: (p: UploadProgress) => void, responseType: 'text' | 'blob'): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const started = Date.now();
    xhr.open('POST', `/api/directory/import?${new URLSearchParams(query).toString()}`);
    xhr.responseType = responseType;
    xhr.setRequestHeader('content-type', query.format === 'csv' ? 'text/csv' : 'application/json');
    for (const [k, v] of Object.entries(csrfHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => onProgress({ sent: e.loaded, total: e.total || file.size, secondsLeft: secondsLeft(e.loaded, e.total || file.size, Date.now() - started) });
    xhr.onerror = () => reject(new UploadRefused(''));
    xhr.onload = async () => {
      const text = responseType === 'blob' ? (xhr.status >= 200 && xhr.status < 300 ? '' : await (xhr.response as Blob).text()) : xhr.responseText;
      if (xhr.status >= 200 && xhr.status < 300) return resolve(responseType === 'blob' ? xhr.response : text);
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: the generic message
      }
      reject(new UploadRefused((body as { error?: { message?: string } } | null)?.error?.message ?? ''));
    };
    xhr.send(file);
  });
}

export async function uploadHsds<T>(query: Record<string, string>, file: Blob, onProgress: (p: UploadProgress) => void): Promise<T> {
  const text = (await post(query, file, onProgress, 'text')) as string;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new UploadRefused('');
  }
}

/** The refused rows and the rows of other municipalities, each as uploaded with its reason, in the upload's own format (the server reads the file again). */
export async function refusedRowsFile(query: { format: string; target: string }, file: Blob, onProgress: (p: UploadProgress) => void): Promise<Blob> {
  return (await post({ ...query, mode: 'refused' }, file, onProgress, 'blob')) as Blob;
}
