// Loads the 47 prefectures and every municipality and ward from the committed copy of
// localgovjp (data/localgov/ORIGIN.md). Every code's check digit is validated: a bad code stops
// the load rather than entering the tenant key space.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { isValidLgCode, normaliseKana } from '@kasane/domain';
import type { Tx } from '../scope.js';

// Not `new URL(…, import.meta.url)` literally: Vite rewrites that into a served asset URL when
// the apps' component tests load this package (apps/staff/test/accounts-page.test.tsx).
const here = import.meta.url;
const dataDir = new URL('../../data/localgov/', here);

export interface PrefectureRow {
  code: string;
  name: string;
  kana: string;
  nameEn: string;
  lat: number;
  lng: number;
  url: string;
}

export interface MunicipalityRow {
  code: string;
  prefectureCode: string;
  name: string;
  kana: string;
  parentCode: string | null;
  isWard: boolean;
  lat: number;
  lng: number;
  url: string;
  kanaKey: string;
}

async function readCsv(file: string): Promise<Record<string, string>[]> {
  const text = await readFile(new URL(file, dataDir), 'utf8');
  return parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true });
}

function code6(raw: string | undefined, what: string): string {
  const code = (raw ?? '').padStart(6, '0');
  if (!isValidLgCode(code)) throw new Error(`invalid 全国地方公共団体コード ${raw ?? '(empty)'} for ${what}`);
  return code;
}

export async function readReferenceData(): Promise<{ prefectures: PrefectureRow[]; municipalities: MunicipalityRow[] }> {
  const prefRows = await readCsv('prefjp-utf8.csv');
  const prefectures = prefRows.map((r) => ({
    code: code6(r.lgcode, r.pref ?? ''),
    name: r.pref ?? '',
    kana: r.prefkana ?? '',
    nameEn: r.pref_en ?? '',
    lat: Number(r.lat),
    lng: Number(r.lng),
    url: r.url ?? '',
  }));
  const prefectureCodeByNumber = new Map(prefRows.map((r, i) => [r.pid ?? '', prefectures[i]?.code ?? '']));
  const rows = await readCsv('localgovjp-utf8.csv');
  // A ward is written "札幌市 中央区"; its parent is the city row of the same prefecture.
  const cityCode = new Map<string, string>();
  for (const r of rows) if (!(r.city ?? '').includes(' ')) cityCode.set(`${r.pid}:${r.city}`, code6(r.lgcode, r.city ?? ''));
  const municipalities = rows.map((r) => {
    const name = r.city ?? '';
    const isWard = name.includes(' ');
    const prefectureCode = prefectureCodeByNumber.get(r.pid ?? '');
    if (!prefectureCode) throw new Error(`unknown prefecture ${r.pid ?? ''} for ${name}`);
    return {
      code: code6(r.lgcode, name),
      prefectureCode,
      name,
      kana: r.citykana ?? '',
      parentCode: isWard ? (cityCode.get(`${r.pid}:${name.split(' ')[0]}`) ?? null) : null,
      isWard,
      lat: Number(r.lat),
      lng: Number(r.lng),
      url: r.url ?? '',
      kanaKey: normaliseKana(r.citykana ?? ''),
    };
  });
  return { prefectures, municipalities };
}

/** Idempotent: inserts what is missing, leaves existing rows alone. */
export async function loadReferenceData(tx: Tx): Promise<{ prefectures: number; municipalities: number }> {
  const { prefectures, municipalities } = await readReferenceData();
  await tx.prefecture.createMany({ data: prefectures, skipDuplicates: true });
  await tx.municipality.createMany({ data: municipalities, skipDuplicates: true });
  return { prefectures: prefectures.length, municipalities: municipalities.length };
}
