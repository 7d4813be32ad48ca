import { z } from 'zod';
import { ZMeetingKind } from '../access/types.js';
import { ZJointBodyId } from './kinds.js';

// SPEC §4 (seed 003): each municipality names its own layered meetings; each maps to one legal kind.
export const ZMeetingType = z.object({
  id: z.string().min(1),
  municipalityCode: z.string().regex(/^\d{6}$/),
  name: z.string().min(1),
  kind: ZMeetingKind,
  frequency: z.string().optional(),
  jointBodyIds: z.array(ZJointBodyId).optional(),
  note: z.string().optional(),
});
export type MeetingType = z.infer<typeof ZMeetingType>;

/** Examples from seed 003, for a new municipality to start from; each municipality edits its own. */
export const meetingTypePresets: readonly MeetingType[] = [
  // 土浦市: 公民館 → スクラムネット（支援会議） → ふれあい調整会議.
  { id: 'tsuchiura.scrumnet', municipalityCode: '082031', name: 'スクラムネット', kind: 'shien', frequency: '月1回', note: '公民館で解決が難しいケースを関係団体と検討（R6年度 年約100件）' },
  // The seed does not name the legal kind of ふれあい調整会議; 'other' until the city says otherwise,
  // so no identifiable data goes there without consent.
  { id: 'tsuchiura.fureai', municipalityCode: '082031', name: 'ふれあい調整会議', kind: 'other', frequency: '隔月', note: '医療機関を含む多機関で検討（R6年度 年50件弱）' },
  // 古河市: a small core meeting prepares the bimonthly 重層的支援会議.
  { id: 'koga.jusoteki', municipalityCode: '082040', name: '重層的支援会議', kind: 'jusoteki', frequency: '2か月に1回', note: '毎回約10名のケース' },
  { id: 'koga.core', municipalityCode: '082040', name: 'コアメンバー会議', kind: 'other', note: '重層的支援会議の前段の小規模な事前協議' },
  // 遠野市: both statutory meetings monthly.
  { id: 'tono.jusoteki', municipalityCode: '032085', name: '重層的支援会議', kind: 'jusoteki', frequency: '月1回' },
  { id: 'tono.shien', municipalityCode: '032085', name: '支援会議', kind: 'shien', frequency: '月1回' },
  // 松本市: five bodies with separate aims, none of them a case meeting under the statute.
  { id: 'matsumoto.managers', municipalityCode: '202029', name: '課長会議', kind: 'other', frequency: '年1回', note: '事業全体の計画・重点取組を決める' },
  { id: 'matsumoto.internal_consultation', municipalityCode: '202029', name: '包括的相談支援 庁内推進チーム', kind: 'other', frequency: '年2〜3回' },
  { id: 'matsumoto.internal_community', municipalityCode: '202029', name: '地域つながりづくり 庁内支援チーム', kind: 'other', frequency: '年2〜3回' },
  { id: 'matsumoto.external_agencies', municipalityCode: '202029', name: '外部機関連絡会', kind: 'other', frequency: '年2回', note: '困難事例の共有（個人が特定されない形か、同意の範囲で）' },
  { id: 'matsumoto.external_community', municipalityCode: '202029', name: '地域つながりづくり 関係者連絡会', kind: 'other', frequency: '年2回', note: '孤独・孤立対策協議会を兼ねる' },
];

export const meetingTypesOf = (municipalityCode: string, types: readonly MeetingType[] = meetingTypePresets): readonly MeetingType[] =>
  types.filter((t) => t.municipalityCode === municipalityCode);
