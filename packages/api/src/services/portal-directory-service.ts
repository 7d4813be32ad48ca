import { getMunicipality, getPrefecture, listActiveStaffRoles, listPrefectures, searchMunicipalities } from '@kasane/db';
import type { Tx } from '@kasane/db';
import { can, normaliseKana } from '@kasane/domain';

export async function listAllPrefectures(tx: Tx) {
  return listPrefectures(tx);
}

/** Name or reading, as typed (漢字, ひらがな, カタカナ, 半角ｶﾅ), optionally within one prefecture. */
export async function findMunicipalities(tx: Tx, q: { query: string; prefectureCode?: string | undefined; page: number; pageSize: number }) {
  const text = q.query.trim();
  const kanaKey = normaliseKana(text);
  const { items, total } = await searchMunicipalities(tx, {
    text: text || undefined,
    kanaKey: /^[\u30A0-\u30FF]+$/.test(kanaKey) ? kanaKey : undefined,
    prefectureCode: q.prefectureCode,
    includeWards: false,
    skip: (q.page - 1) * q.pageSize,
    take: q.pageSize,
  });
  return { items: items.map(({ code, name, kana, prefectureCode }) => ({ code, name, kana, prefectureCode })), total, page: q.page, pageSize: q.pageSize };
}

/**
 * Whether someone in the municipality will read a request sent from the portal: an enabled staff
 * account whose role receives that kind (the permission table decides, ADR 0012). Where no one
 * does, the portal does not take requests for it (issue #12 item 6).
 */
export async function portalReceivers(tx: Tx, code: string): Promise<{ consultation: boolean; offer: boolean }> {
  const roles = await listActiveStaffRoles(tx, code);
  return { consultation: roles.some((r) => can(r, 'portalRequests.consultations')), offer: roles.some((r) => can(r, 'portalRequests.offers')) };
}

export async function getMunicipalityProfile(tx: Tx, code: string) {
  const m = await getMunicipality(tx, code);
  if (!m) return null;
  const [prefecture, receives] = await Promise.all([getPrefecture(tx, m.prefectureCode), portalReceivers(tx, code)]);
  return { code: m.code, name: m.name, kana: m.kana, prefectureCode: m.prefectureCode, prefectureName: prefecture?.name ?? '', lat: m.lat, lng: m.lng, url: m.url, receives };
}
