// Demo 地域づくり register, 相談窓口 and 参加支援 resources. 南国市 (392049) carries its weekly programme
// exactly as seed 002 (重層的支援体制整備事業 資料, 南国市の取組) gives it; everything else is invented
// and marked 見本. Seed 002 note: the grid puts the second 独居高齢者の集い on 土曜午後, the text says
// 水曜日・金曜日 14:00～18:00 — the text, which gives the times, is followed.
import type { ScheduleRule } from '@kasane/domain';
import { normaliseKana } from '@kasane/domain';
import { createActivity, createPlace } from '../repositories/places.js';
import type { PlaceData } from '../repositories/places.js';
import { createResource } from '../repositories/participation.js';
import { insertPortalRequest } from '../repositories/portal-requests.js';
import { createWindow } from '../repositories/windows.js';
import type { Tx } from '../scope.js';

const weekly = (days: ScheduleRule['days'], when: { start: string; end: string } | { period: 'morning' | 'afternoon' }): ScheduleRule => ({ frequency: 'weekly', days, ...when });

/** 南国市's weekly timetable (seed 002), one activity per programme. */
export const nankokuProgramme: { name: string; audiences: string[]; audienceNote: string; description: string; schedule: ScheduleRule[] }[] = [
  { name: 'MORITO ROOM（モリトルーム）', audiences: ['hikikomori_experience', 'young_people'], audienceNote: 'ニート、ひきこもりの方、または経験者（概ね18歳～50歳）', description: 'ひきこもり・ニートの社会参加、対人関係構築及び親の不安解消。やりがいを見つけるプログラムや生活能力の向上、運動、自由な活動などを行っています。', schedule: [weekly(['mon'], { start: '10:00', end: '16:00' })] },
  { name: 'カフェ就労（カフェ・ド・ポム）', audiences: ['anyone'], audienceNote: '地域住民、モリトルーム、生活困窮者就労準備支援事業の利用者', description: '他のプログラムと連動し、労働に対する対価を得ることで就労への意欲をもってもらう。トースト、デザート、コーヒーなどを提供。', schedule: [weekly(['tue'], { start: '08:45', end: '12:00' })] },
  { name: 'みんなの居場所', audiences: ['anyone'], audienceNote: '', description: '', schedule: [weekly(['tue'], { period: 'afternoon' })] },
  { name: 'つぐみアカデミー', audiences: ['anyone'], audienceNote: '', description: '', schedule: [weekly(['wed'], { period: 'morning' })] },
  { name: '独居高齢者の集い', audiences: ['older_people', 'living_alone'], audienceNote: '65歳以上の要介護認定を受けていない方で、子どもがいない、または県外にいる方', description: '南国市の独居高齢者の交流の場づくり。買い物、生活支援、夕食を一緒に食べるなど、孤立を防ぎます。', schedule: [weekly(['wed', 'fri'], { start: '14:00', end: '18:00' })] },
  { name: '個別支援', audiences: ['anyone'], audienceNote: '※原則 拠点参加者対象', description: '', schedule: [weekly(['thu'], { period: 'morning' })] },
  { name: '子どもの学習の場（小学3～4年生）', audiences: ['children'], audienceNote: '塾に通っていない小学3～4年生', description: '家庭学習の定着、学習を通して自信や意欲を育む。国語・算数。課外学習（不定期）あり。', schedule: [weekly(['sat', 'sun'], { period: 'morning' })] },
  { name: '子どもの学習の場（小学5～6年生）', audiences: ['children'], audienceNote: '塾に通っていない小学5～6年生', description: '家庭学習の定着、学習を通して自信や意欲を育む。国語・算数・理科・社会。課外学習（不定期）あり。', schedule: [weekly(['sun'], { period: 'afternoon' })] },
];

const place = (over: Partial<PlaceData> & Pick<PlaceData, 'name' | 'kind' | 'lastConfirmedAt'>): PlaceData => ({
  kana: '', kanaKey: normaliseKana(over.kana ?? over.name), description: '', organiserName: '', organisationId: null, partId: null, audiences: [], accessibility: [], feeYen: 0, feeNote: '',
  postalCode: '', address: '', lat: null, lng: null, phone: '', email: '', url: '', area: '', published: true, ...over,
});

const weekdaysHours = (open: string, close: string) => ({ spans: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, open, close })), closedOnHolidays: true });

export async function loadCommunityDemo(
  tx: Tx,
  municipality: { code: string; name: string },
  org: { city: string; houkatsu: string; shakyo: string; child: string },
  now: Date,
): Promise<void> {
  const ref = await tx.municipality.findUnique({ where: { code: municipality.code }, select: { lat: true, lng: true } });
  const m = { ...municipality, lat: ref?.lat ?? 35.68, lng: ref?.lng ?? 139.76 };
  const day = 86_400_000;
  const date = (daysAgo: number) => new Date(`${new Date(now.getTime() - daysAgo * day).toISOString().slice(0, 10)}T00:00:00Z`);
  const near = (dLat: number, dLng: number) => ({ lat: Math.round((m.lat + dLat) * 1e6) / 1e6, lng: Math.round((m.lng + dLng) * 1e6) / 1e6 });

  await createWindow(tx, m.code, { organisationId: org.city, name: `${m.name}役所 福祉総合相談窓口`, kana: '', hours: weekdaysHours('08:30', '17:15'), phone: '000-0000-0001', fax: '', email: '', postalCode: '', address: `${m.name}見本町1-1（市役所1階）`, ...near(0, 0), languages: ['ja', 'en'], topics: ['anything', 'living_hardship', 'child_rearing'], note: 'どんな相談でも受け止めます。', published: true, lastConfirmedAt: date(10) });
  await createWindow(tx, m.code, { organisationId: org.houkatsu, name: `${m.name}中央地域包括支援センター`, kana: '', hours: { ...weekdaysHours('08:30', '17:30'), spans: [...weekdaysHours('08:30', '17:30').spans, { day: 'sat' as const, open: '09:00', close: '12:00' }] }, phone: '000-0000-0002', fax: '', email: '', postalCode: '', address: `${m.name}見本町3-5`, ...near(0.012, -0.01), languages: ['ja'], topics: ['anything', 'elderly_care'], note: '', published: true, lastConfirmedAt: date(40) });
  await createWindow(tx, m.code, { organisationId: org.shakyo, name: `${m.name}社会福祉協議会 くらしの相談窓口`, kana: '', hours: weekdaysHours('09:00', '17:00'), phone: '000-0000-0003', fax: '', email: '', postalCode: '', address: `${m.name}見本町8-2`, ...near(-0.015, 0.02), languages: ['ja'], topics: ['anything', 'living_hardship', 'work', 'debt'], note: '', published: true, lastConfirmedAt: date(200) });

  if (m.code === '392049') {
    const base = await createPlace(tx, m.code, place({ name: '南国市 地域の拠点（見本）', kana: 'なんこくし ちいきのきょてん', kind: 'ibasho', description: '南国市の重層的支援体制整備事業の取組（資料の週間予定表）にもとづく見本データです。', organiserName: `${m.name}社会福祉協議会`, organisationId: org.shakyo, partId: 'community.poverty', audiences: ['anyone'], accessibility: ['wheelchair', 'parking'], address: `${m.name}見本町5-1`, ...near(0.004, 0.006), phone: '000-0000-0010', area: '見本中学校区', lastConfirmedAt: date(20) }));
    for (const a of nankokuProgramme) {
      await createActivity(tx, m.code, base.id, { name: a.name, description: a.description, organiserName: '', partId: null, audiences: a.audiences, audienceNote: a.audienceNote, schedule: a.schedule, feeYen: 0, feeNote: '', published: true, lastConfirmedAt: date(20) });
    }
  }
  const hiroba = await createPlace(tx, m.code, place({ name: `${m.name}子育てひろば（見本）`, kind: 'kosodate_hiroba', organiserName: `${m.name}子育て支援センター`, organisationId: org.child, partId: 'community.child', audiences: ['parents_with_children'], accessibility: ['nursing_room', 'accessible_toilet'], address: `${m.name}見本町2-4`, ...near(-0.008, -0.012), area: '見本中学校区', lastConfirmedAt: date(30) }));
  await createActivity(tx, m.code, hiroba.id, { name: 'ひろば開放', description: '0～3歳の子どもと保護者が自由に過ごせます。', organiserName: '', partId: 'community.child', audiences: ['parents_with_children'], audienceNote: '', schedule: [{ frequency: 'weekly', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '10:00', end: '15:00' }], feeYen: 0, feeNote: '', published: true, lastConfirmedAt: date(30) });
  const shokudo = await createPlace(tx, m.code, place({ name: `みほん子ども食堂（見本）`, kind: 'kodomo_shokudo', organiserName: 'NPO法人 見本ささえあいネット', audiences: ['children', 'anyone'], feeYen: 300, feeNote: '子どもは無料、大人300円', address: `${m.name}見本町7-7`, ...near(0.02, 0.015), area: '東中学校区', lastConfirmedAt: date(220) }));
  await createActivity(tx, m.code, shokudo.id, { name: 'みんなの夕ごはん', description: '', organiserName: '', partId: null, audiences: ['children', 'anyone'], audienceNote: '', schedule: [{ frequency: 'monthly_nth', days: ['sat'], nth: [1, 3], start: '17:00', end: '19:30' }], feeYen: 300, feeNote: '子どもは無料、大人300円', published: true, lastConfirmedAt: date(220) });
  // Not published: must never reach the portal.
  await createPlace(tx, m.code, place({ name: `準備中サロン（非公開・見本）`, kind: 'salon', published: false, address: `${m.name}見本町9-9`, ...near(0.001, 0.001), lastConfirmedAt: date(5) }));

  await createResource(tx, m.code, { name: 'ハローワーク 就労準備支援事業（既存事業）', kind: 'work_experience', organisationId: org.shakyo, placeId: null, isExistingProgramme: true, capacity: 10, conditions: '生活困窮者自立支援法の対象となる方', active: true });
  await createResource(tx, m.code, { name: '見本農園 就労体験', kind: 'work_experience', organisationId: null, placeId: null, isExistingProgramme: false, capacity: 2, conditions: '週1回から。送迎なし。', active: true });
  await createResource(tx, m.code, { name: '見守りボランティア', kind: 'watching_over', organisationId: org.shakyo, placeId: null, isExistingProgramme: false, capacity: null, conditions: '', active: true });

  await insertPortalRequest(tx, m.code, { kind: 'consultation', reference: `DEMO-${m.code}-1`, name: null, contactMethod: 'phone', contact: '000-0000-9999', preferredTime: '平日の夜', message: '（見本）家族のことで相談したいです。', doNotContactHome: true, area: '', receivedAt: new Date(now.getTime() - 2 * day) });
  await insertPortalRequest(tx, m.code, { kind: 'offer', reference: `DEMO-${m.code}-2`, name: '見本 花子', contactMethod: 'email', contact: 'hanako@example.jp', preferredTime: '', message: '（見本）週末に子どもの宿題を見るボランティアをしたいです。', doNotContactHome: false, area: '見本中学校区', receivedAt: new Date(now.getTime() - 5 * day) });
}
