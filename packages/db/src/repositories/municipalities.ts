import type { Tx } from '../scope.js';

export interface MunicipalityRow {
  code: string;
  prefectureCode: string;
  name: string;
  kana: string;
  isWard: boolean;
  parentCode: string | null;
  lat: number;
  lng: number;
  url: string;
}

const select = { code: true, prefectureCode: true, name: true, kana: true, isWard: true, parentCode: true, lat: true, lng: true, url: true } as const;

export async function getMunicipality(tx: Tx, code: string): Promise<MunicipalityRow | null> {
  return tx.municipality.findUnique({ where: { code }, select });
}

export async function listPrefectures(tx: Tx): Promise<{ code: string; name: string; kana: string; nameEn: string }[]> {
  return tx.prefecture.findMany({ select: { code: true, name: true, kana: true, nameEn: true }, orderBy: { code: 'asc' } });
}

export async function getPrefecture(tx: Tx, code: string): Promise<{ code: string; name: string; kana: string; nameEn: string } | null> {
  return tx.prefecture.findUnique({ where: { code }, select: { code: true, name: true, kana: true, nameEn: true } });
}

/** Search by name (substring) or reading (katakana key prefix/substring), optionally in one prefecture. */
export async function searchMunicipalities(
  tx: Tx,
  q: { text?: string; kanaKey?: string; prefectureCode?: string; includeWards: boolean; skip: number; take: number },
): Promise<{ items: MunicipalityRow[]; total: number }> {
  const or = [
    ...(q.text ? [{ name: { contains: q.text } }] : []),
    ...(q.kanaKey ? [{ kanaKey: { contains: q.kanaKey } }] : []),
  ];
  const where = {
    ...(q.prefectureCode ? { prefectureCode: q.prefectureCode } : {}),
    ...(q.includeWards ? {} : { isWard: false }),
    ...(or.length ? { OR: or } : {}),
  };
  const [items, total] = await Promise.all([
    tx.municipality.findMany({ where, select, orderBy: { code: 'asc' }, skip: q.skip, take: q.take }),
    tx.municipality.count({ where }),
  ]);
  return { items, total };
}

export async function listMunicipalitiesOfPrefecture(tx: Tx, prefectureCode: string): Promise<MunicipalityRow[]> {
  return tx.municipality.findMany({ where: { prefectureCode, isWard: false }, select, orderBy: { code: 'asc' } });
}

export async function listProgramStatuses(tx: Tx, codes: string[]): Promise<{ municipalityCode: string; fiscalYear: number; status: string; source: string }[]> {
  return tx.municipalityProgramStatus.findMany({ where: { municipalityCode: { in: codes } }, orderBy: [{ municipalityCode: 'asc' }, { fiscalYear: 'asc' }] });
}

/** Every municipality with its prefecture's name (routing and address normalisation of a national HSDS file). */
export async function listMunicipalityNames(tx: Tx): Promise<{ code: string; name: string; prefectureName: string }[]> {
  const rows = await tx.municipality.findMany({ select: { code: true, name: true, prefecture: { select: { name: true } } } });
  return rows.map((r) => ({ code: r.code, name: r.name.replace(/\s+/g, ''), prefectureName: r.prefecture.name }));
}

/** Municipalities that use Kasane (some staff account): the national directory load leaves their windows for them to publish. */
export async function municipalitiesUsingKasane(tx: Tx): Promise<Set<string>> {
  const rows = await tx.user.findMany({ where: { municipalityCode: { not: null } }, distinct: ['municipalityCode'], select: { municipalityCode: true } });
  return new Set(rows.flatMap((r) => (r.municipalityCode ? [r.municipalityCode] : [])));
}
