import { z } from 'zod';

// Vocabulary of the 地域づくり register, the windows and 参加支援 (SPEC §3.8, §3.9). Ids are stable
// keys; the Japanese labels are the ones staff use. The portal translates ids through its own resources.

export const placeKinds = ['ibasho', 'salon', 'kodomo_shokudo', 'kayoi_no_ba', 'kosodate_hiroba', 'chiiki_katsudo_shien', 'community_cafe', 'learning_support', 'employment_experience', 'other'] as const;
export const ZPlaceKind = z.enum(placeKinds);
export type PlaceKind = z.infer<typeof ZPlaceKind>;
export const placeKindLabels: Readonly<Record<PlaceKind, string>> = {
  ibasho: '居場所',
  salon: 'サロン',
  kodomo_shokudo: '子ども食堂',
  kayoi_no_ba: '通いの場',
  kosodate_hiroba: '子育てひろば',
  chiiki_katsudo_shien: '地域活動支援センター',
  community_cafe: 'コミュニティカフェ',
  learning_support: '学習支援',
  employment_experience: '就労体験の場',
  other: 'その他',
};

export const audiences = ['anyone', 'children', 'parents_with_children', 'older_people', 'disabled_people', 'young_people', 'hikikomori_experience', 'living_alone', 'foreign_residents'] as const;
export const ZAudience = z.enum(audiences);
export type Audience = z.infer<typeof ZAudience>;
export const audienceLabels: Readonly<Record<Audience, string>> = {
  anyone: '誰でも',
  children: '子ども',
  parents_with_children: '子育て中の親子',
  older_people: '高齢者',
  disabled_people: '障害のある方',
  young_people: '若者',
  hikikomori_experience: 'ひきこもり経験者',
  living_alone: 'ひとり暮らしの方',
  foreign_residents: '外国にルーツのある方',
};

export const accessibilityFeatures = ['wheelchair', 'parking', 'accessible_toilet', 'elevator', 'hearing_loop', 'sign_language', 'braille', 'nursing_room', 'quiet_room'] as const;
export const ZAccessibilityFeature = z.enum(accessibilityFeatures);
export type AccessibilityFeature = z.infer<typeof ZAccessibilityFeature>;
export const accessibilityLabels: Readonly<Record<AccessibilityFeature, string>> = {
  wheelchair: '車いすで利用できる',
  parking: '駐車場あり',
  accessible_toilet: '多目的トイレ',
  elevator: 'エレベーター',
  hearing_loop: 'ヒアリングループ',
  sign_language: '手話対応',
  braille: '点字資料',
  nursing_room: '授乳室',
  quiet_room: '静かな部屋',
};

export const participationResourceKinds = ['work_experience', 'volunteering', 'ibasho', 'watching_over', 'housing_support', 'learning', 'other'] as const;
export const ZParticipationResourceKind = z.enum(participationResourceKinds);
export type ParticipationResourceKind = z.infer<typeof ZParticipationResourceKind>;
export const participationResourceKindLabels: Readonly<Record<ParticipationResourceKind, string>> = {
  work_experience: '就労体験',
  volunteering: 'ボランティア',
  ibasho: '居場所',
  watching_over: '見守り',
  housing_support: '居住支援',
  learning: '学び直し・学習',
  other: 'その他',
};

export const windowTopics = ['anything', 'elderly_care', 'disability', 'child_rearing', 'living_hardship', 'work', 'housing', 'hikikomori', 'dv', 'debt', 'health'] as const;
export const ZWindowTopic = z.enum(windowTopics);
export type WindowTopic = z.infer<typeof ZWindowTopic>;
export const windowTopicLabels: Readonly<Record<WindowTopic, string>> = {
  anything: 'どんな相談でも',
  elderly_care: '介護・高齢',
  disability: '障害',
  child_rearing: '子育て',
  living_hardship: '生活の困りごと',
  work: '仕事',
  housing: '住まい',
  hikikomori: 'ひきこもり',
  dv: 'DV・暴力',
  debt: '借金・お金',
  health: '健康',
};

/** 参加支援 match lifecycle: proposed → started → settled (定着) / ended. */
export const matchStatuses = ['proposed', 'started', 'settled', 'ended'] as const;
export const ZMatchStatus = z.enum(matchStatuses);
export type MatchStatus = z.infer<typeof ZMatchStatus>;
export const matchStatusLabels: Readonly<Record<MatchStatus, string>> = { proposed: '調整中', started: '参加中', settled: '定着', ended: '終了' };

/** Published entries must be re-confirmed; older than this they appear on the staff list (issue #5). */
export const CONFIRMATION_MAX_AGE_DAYS = 180;
