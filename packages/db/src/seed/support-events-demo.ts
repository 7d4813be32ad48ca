// 茨城県's 後方支援 events for the demo, from seed 002's 年間スケジュール (ブロック別市町村連携推進会議, 情報交換会,
// 地域福祉推進セミナー), placed around the demo's "now" so that one is past and two are coming.
import type { Tx } from '../scope.js';

const day = 86_400_000;

/** `days` after `now`, at hh:mm in JST. */
function jstAt(now: Date, days: number, time: string): Date {
  const date = new Date(now.getTime() + days * day + 9 * 3_600_000).toISOString().slice(0, 10);
  return new Date(`${date}T${time}:00+09:00`);
}

export async function loadSupportEventsDemo(tx: Tx, options: { prefectureCode: string; municipalityCodes: string[]; officialUserId: string; now: Date }): Promise<void> {
  const { now } = options;
  const events = [
    { kind: 'block_meeting', title: 'ブロック別市町村連携推進会議（県南ブロック）', startsAt: jstAt(now, -60, '13:30'), endsAt: jstAt(now, -60, '16:00'), place: '茨城県土浦合同庁舎 会議室', online: false, notes: '重層的支援体制整備事業等の説明' },
    { kind: 'exchange_meeting', title: '第2回 重層的支援体制整備事業 実施に向けた情報交換会', startsAt: jstAt(now, 30, '13:30'), endsAt: jstAt(now, 30, '16:30'), place: '茨城県庁 会議室', online: true, notes: '重層的支援体制を実施するための具体的な取り組み内容の協議' },
    { kind: 'seminar', title: '地域福祉推進セミナー', startsAt: jstAt(now, 45, '10:00'), endsAt: jstAt(now, 45, '12:00'), place: '', online: true, notes: '各市町村への先進事例の紹介' },
  ];
  for (const e of events) {
    await tx.supportEvent.create({
      data: { ...e, prefectureCode: options.prefectureCode, createdAt: now, createdByUserId: options.officialUserId, attendances: { create: options.municipalityCodes.map((municipalityCode) => ({ municipalityCode })) } },
    });
  }
}
