// Demo data for the embedded default: four municipalities in three prefectures, each with its
// organisations, a staff account for every role and fictional households. Every person is
// fictional: family names are words like 見本 (sample) and 仮名 (pseudonym), and addresses use
// 「見本町」. Loaded on the first start of the embedded default only (never on a server).

export interface DemoMunicipality {
  code: string;
  slug: string;
  name: string;
  /** household family names: each municipality has its own, so data never looks shared */
  familyNames: readonly [string, string][];
}

export const demoMunicipalities: readonly DemoMunicipality[] = [
  { code: '082031', slug: 'tsuchiura', name: '土浦市', familyNames: [['見本', 'ミホン'], ['試験', 'シケン'], ['仮名', 'カメイ'], ['架空', 'カクウ'], ['例題', 'レイダイ'], ['模擬', 'モギ'], ['試作', 'シサク'], ['手本', 'テホン']] },
  { code: '082040', slug: 'koga', name: '古河市', familyNames: [['雛形', 'ヒナガタ'], ['下書', 'シタガキ'], ['練習', 'レンシュウ'], ['想定', 'ソウテイ'], ['仮設', 'カセツ'], ['空想', 'クウソウ'], ['物語', 'モノガタリ'], ['創作', 'ソウサク']] },
  { code: '202029', slug: 'matsumoto', name: '松本市', familyNames: [['虚構', 'キョコウ'], ['夢野', 'ユメノ'], ['図案', 'ズアン'], ['素案', 'ソアン'], ['草案', 'ソウアン'], ['原案', 'ゲンアン'], ['仮置', 'カリオキ'], ['未定', 'ミテイ']] },
  { code: '392049', slug: 'nankoku', name: '南国市', familyNames: [['試行', 'シコウ'], ['見立', 'ミタテ'], ['絵空', 'エソラ'], ['仮題', 'カダイ'], ['例示', 'レイジ'], ['試案', 'シアン'], ['見習', 'ミナライ'], ['標本', 'ヒョウホン']] },
];

export const demoPrefectureOfficials: readonly { loginId: string; prefectureCode: string; displayName: string }[] = [
  { loginId: 'ibaraki.pref', prefectureCode: '080004', displayName: '見本 県子（茨城県 福祉部）' },
  { loginId: 'nagano.pref', prefectureCode: '200000', displayName: '見本 信濃（長野県 健康福祉部）' },
  { loginId: 'kochi.pref', prefectureCode: '390003', displayName: '見本 土佐（高知県 子ども・福祉政策部）' },
];

export type OrganisationKey = 'city' | 'houkatsu' | 'disability' | 'child' | 'shakyo' | 'welfareOffice' | 'npo' | 'minsei';

export interface DemoOrganisation {
  key: OrganisationKey;
  name: (city: string) => string;
  kind: string;
  isPublicAssistanceOffice?: boolean;
  parts: readonly { partId: string; mode: 'direct' | 'entrusted' }[];
}

// Who delivers which part (SPEC §2): every part covered, some directly, some by 委託, 多機関協働 both.
export const demoOrganisations: readonly DemoOrganisation[] = [
  { key: 'city', name: (c) => `${c}役所 福祉総合相談課`, kind: 'municipal_department', parts: [{ partId: 'coordination', mode: 'direct' }, { partId: 'support_plan', mode: 'direct' }, { partId: 'consult.child', mode: 'direct' }] },
  { key: 'houkatsu', name: (c) => `${c}中央地域包括支援センター`, kind: 'community_general_support_center', parts: [{ partId: 'consult.elderly', mode: 'entrusted' }, { partId: 'community.elderly_prevention', mode: 'entrusted' }] },
  { key: 'disability', name: (c) => `${c}障害者相談支援センター`, kind: 'disability_consultation', parts: [{ partId: 'consult.disability', mode: 'entrusted' }, { partId: 'community.disability', mode: 'entrusted' }] },
  { key: 'child', name: (c) => `${c}子育て支援センター`, kind: 'child_support', parts: [{ partId: 'community.child', mode: 'entrusted' }] },
  { key: 'shakyo', name: (c) => `${c}社会福祉協議会`, kind: 'social_welfare_council', parts: [{ partId: 'consult.poverty', mode: 'entrusted' }, { partId: 'participation', mode: 'entrusted' }, { partId: 'outreach', mode: 'entrusted' }, { partId: 'community.elderly_livelihood', mode: 'entrusted' }, { partId: 'coordination', mode: 'entrusted' }] },
  { key: 'welfareOffice', name: (c) => `${c}福祉事務所（生活保護）`, kind: 'public_assistance_office', isPublicAssistanceOffice: true, parts: [] },
  { key: 'npo', name: () => 'NPO法人 見本ささえあいネット', kind: 'npo', parts: [{ partId: 'community.poverty', mode: 'entrusted' }] },
  { key: 'minsei', name: (c) => `${c}民生委員児童委員協議会`, kind: 'volunteer_commissioners', parts: [] },
];

export interface DemoAccount {
  suffix: string;
  role: string;
  organisation: OrganisationKey;
  displayName: string;
}

// One account for every role (README lists them); displayName is a fictional 見本 name.
export const demoAccounts: readonly DemoAccount[] = [
  { suffix: 'admin', role: 'municipal_admin', organisation: 'city', displayName: '見本 管理' },
  { suffix: 'coordinator', role: 'coordinator', organisation: 'city', displayName: '見本 調整' },
  { suffix: 'worker', role: 'consultation_worker', organisation: 'houkatsu', displayName: '見本 包括' },
  { suffix: 'disability', role: 'consultation_worker', organisation: 'disability', displayName: '見本 障子' },
  { suffix: 'welfare', role: 'consultation_worker', organisation: 'welfareOffice', displayName: '見本 保護' },
  { suffix: 'outreach', role: 'outreach_worker', organisation: 'shakyo', displayName: '見本 訪問' },
  { suffix: 'community', role: 'community_coordinator', organisation: 'shakyo', displayName: '見本 地域' },
  { suffix: 'member', role: 'meeting_member', organisation: 'minsei', displayName: '見本 民生' },
  { suffix: 'auditor', role: 'auditor', organisation: 'city', displayName: '見本 監査' },
];

export interface DemoMember {
  given: string;
  givenKana: string;
  birthDate: string;
  relationship: string;
}

export interface DemoHousehold {
  street: string;
  onPublicAssistance: boolean;
  members: readonly DemoMember[];
  issueIds: readonly string[];
  consultation: { channel: string; consulterType: string; organisation: OrganisationKey; summary: string; triage: string; daysAgo: number };
  /**
   * a case, when the consultation went on to one: `path` is replayed through the domain's case
   * lifecycle (as the app would have applied it), so the stored consent, 支援決定 date and plan
   * versions are what the app itself would have stored; `status` is the state it must arrive at.
   */
  case?: { status: string; owner: OrganisationKey; participants: readonly OrganisationKey[]; path: readonly DemoCaseStep[] };
  /** consents by member index (C12: each person's own) */
  consents: readonly { member: number; organisations: readonly OrganisationKey[]; purposes: readonly string[]; method: 'written' | 'oral'; daysAgo: number; withdrawnDaysAgo?: number; guardianName?: string; childView?: string }[];
}

export interface DemoPlan {
  goals: readonly string[];
  roles: readonly { organisation: OrganisationKey; role: string }[];
  direction: string;
  /** review date, in days from the day the demo is loaded (negative: in the past) */
  reviewInDays: number;
}

/** One event of a case's history, `daysAgo` before the demo is loaded, by a worker of `by` (default: the case owner). */
export type DemoCaseStep = { daysAgo: number; by?: OrganisationKey } & (
  | { event: 'triage'; outcome: 'coordination' | 'outreach' | 'participation' | 'referred_existing' | 'resolved_on_spot'; reason?: string }
  /** `consent`: index into the household's consents; the consent must cover 多機関協働 by `coordinator` at that moment (C2) */
  | { event: 'record_consent'; consent: number; coordinator: OrganisationKey }
  | { event: 'decide_support' | 'start_assessment' | 'start_monitoring' | 'close' }
  | { event: 'draft_plan'; plan: DemoPlan }
);

export const demoHouseholds: readonly DemoHousehold[] = [
  {
    street: '見本町1-1',
    onPublicAssistance: false,
    members: [
      { given: '一郎', givenKana: 'イチロウ', birthDate: '1944-05-10', relationship: '本人' },
      { given: '二郎', givenKana: 'ジロウ', birthDate: '1973-09-02', relationship: '子' },
    ],
    issueIds: ['eight_fifty', 'hikikomori', 'elderly_care', 'household_finance'],
    consultation: { channel: 'window', consulterType: 'self', organisation: 'houkatsu', summary: '高齢の父の介護と、長年自宅にいる息子の今後について相談（8050）。', triage: 'coordination', daysAgo: 40 },
    case: {
      status: 'support_decided',
      owner: 'houkatsu',
      participants: ['houkatsu', 'city', 'shakyo'],
      path: [
        { event: 'triage', outcome: 'coordination', daysAgo: 40 },
        { event: 'record_consent', consent: 0, coordinator: 'city', daysAgo: 35 },
        { event: 'decide_support', by: 'city', daysAgo: 30 },
      ],
    },
    consents: [{ member: 0, organisations: ['houkatsu', 'city', 'shakyo'], purposes: ['coordination', 'support', 'meeting'], method: 'written', daysAgo: 35 }],
  },
  {
    street: '見本町2-3',
    onPublicAssistance: false,
    members: [
      { given: '花子', givenKana: 'ハナコ', birthDate: '1986-02-14', relationship: '本人' },
      { given: '陽菜', givenKana: 'ヒナ', birthDate: '2011-07-21', relationship: '子' },
      { given: '和子', givenKana: 'カズコ', birthDate: '1955-11-30', relationship: '母' },
    ],
    issueIds: ['double_care', 'young_carer', 'elderly_care', 'childrearing'],
    consultation: { channel: 'phone', consulterType: 'other_organisation', organisation: 'child', summary: '子育てと母の介護が重なっている。中学生の娘が祖母の世話で学校を休みがち。', triage: 'coordination', daysAgo: 25 },
    case: {
      status: 'plan_drafted',
      owner: 'city',
      participants: ['city', 'houkatsu', 'child'],
      path: [
        { event: 'triage', outcome: 'coordination', daysAgo: 25 },
        { event: 'record_consent', consent: 0, coordinator: 'city', daysAgo: 20 },
        { event: 'decide_support', daysAgo: 18 },
        { event: 'start_assessment', daysAgo: 15 },
        {
          event: 'draft_plan',
          daysAgo: 7,
          plan: {
            goals: ['陽菜さんが学校に通える日を増やす', '和子さんの介護サービスを整える'],
            roles: [
              { organisation: 'city', role: '全体の調整と会議の運営' },
              { organisation: 'houkatsu', role: '和子さんの介護サービスの調整' },
              { organisation: 'child', role: '陽菜さんと花子さんの相談・見守り' },
            ],
            direction: '世帯全体の負担を減らし、陽菜さんが子どもらしく過ごせる時間を取り戻す。',
            reviewInDays: 21,
          },
        },
      ],
    },
    consents: [
      { member: 0, organisations: ['city', 'houkatsu', 'child'], purposes: ['coordination', 'support', 'meeting'], method: 'written', daysAgo: 20 },
      { member: 1, organisations: ['city', 'child'], purposes: ['coordination', 'support'], method: 'written', daysAgo: 20, guardianName: '花子（母）', childView: '祖母のことは好きだが、学校にも行きたい。' },
    ],
  },
  {
    street: '見本町3-5',
    onPublicAssistance: false,
    members: [{ given: '健太', givenKana: 'ケンタ', birthDate: '1980-04-01', relationship: '本人' }],
    issueIds: ['work', 'household_finance'],
    consultation: { channel: 'window', consulterType: 'self', organisation: 'shakyo', summary: '失業して家賃の支払いが苦しい。', triage: 'referred_existing', daysAgo: 12 },
    consents: [],
  },
  {
    street: '見本町4-2',
    onPublicAssistance: false,
    members: [
      { given: '美咲', givenKana: 'ミサキ', birthDate: '1996-08-08', relationship: '本人' },
      { given: '蓮', givenKana: 'レン', birthDate: '2022-03-15', relationship: '子' },
    ],
    issueIds: ['domestic_violence', 'childrearing', 'housing'],
    consultation: { channel: 'visit', consulterType: 'self', organisation: 'city', summary: '配偶者からの暴力があり、子どもと安全な住まいを探したい。', triage: 'coordination', daysAgo: 5 },
    case: { status: 'awaiting_consent', owner: 'city', participants: ['city'], path: [{ event: 'triage', outcome: 'coordination', daysAgo: 5 }] },
    consents: [],
  },
  {
    street: '見本町5-8',
    onPublicAssistance: false,
    members: [{ given: '正男', givenKana: 'マサオ', birthDate: '1958-12-03', relationship: '本人' }],
    issueIds: ['hoarding', 'social_isolation', 'self_neglect'],
    consultation: { channel: 'minsei', consulterType: 'minsei', organisation: 'minsei', summary: '民生委員から：家の周りにごみがたまり、近所付き合いもない一人暮らしの方がいる。', triage: 'outreach', daysAgo: 60 },
    case: { status: 'outreach', owner: 'shakyo', participants: ['shakyo'], path: [{ event: 'triage', outcome: 'outreach', daysAgo: 58 }] },
    consents: [],
  },
  {
    street: '見本町6-1',
    onPublicAssistance: true,
    members: [
      { given: 'さくら', givenKana: 'サクラ', birthDate: '1984-03-03', relationship: '本人' },
      { given: '大輝', givenKana: 'ダイキ', birthDate: '2008-10-10', relationship: '子' },
    ],
    issueIds: ['public_assistance', 'household_finance', 'education'],
    consultation: { channel: 'other_organisation', consulterType: 'other_organisation', organisation: 'welfareOffice', summary: '被保護世帯。子どもの進学費用と母の就労について、福祉事務所から多機関協働へつなぎたい。', triage: 'coordination', daysAgo: 18 },
    case: {
      status: 'consented',
      owner: 'welfareOffice',
      participants: ['welfareOffice', 'city'],
      path: [
        { event: 'triage', outcome: 'coordination', daysAgo: 18 },
        { event: 'record_consent', consent: 0, coordinator: 'city', daysAgo: 15 },
      ],
    },
    consents: [{ member: 0, organisations: ['welfareOffice', 'city', 'shakyo'], purposes: ['coordination', 'support', 'meeting'], method: 'written', daysAgo: 15 }],
  },
  {
    street: '見本町7-4',
    onPublicAssistance: false,
    members: [{ given: 'ヨシ', givenKana: 'ヨシ', birthDate: '1933-01-20', relationship: '本人' }],
    issueIds: ['elderly_care', 'dementia'],
    consultation: { channel: 'phone', consulterType: 'family', organisation: 'houkatsu', summary: '遠方に住む家族から：一人暮らしの母の物忘れが心配。', triage: 'referred_existing', daysAgo: 300 },
    case: {
      status: 'closed',
      owner: 'houkatsu',
      participants: ['houkatsu'],
      // referred to the 介護保険 services she needed, then closed; her consent stays for a later referral
      path: [
        { event: 'triage', outcome: 'referred_existing', daysAgo: 300 },
        { event: 'close', daysAgo: 30 },
      ],
    },
    consents: [{ member: 0, organisations: ['houkatsu', 'city'], purposes: ['coordination', 'support', 'meeting'], method: 'oral', daysAgo: 290 }],
  },
  {
    street: '見本町8-6',
    onPublicAssistance: false,
    members: [{ given: '翔', givenKana: 'ショウ', birthDate: '2001-06-30', relationship: '本人' }],
    issueIds: ['work', 'health', 'social_isolation'],
    consultation: { channel: 'portal', consulterType: 'self', organisation: 'shakyo', summary: '人と話すのが苦手で働けていない。少しずつ外に出たい。', triage: 'participation', daysAgo: 9 },
    case: {
      status: 'participation',
      owner: 'shakyo',
      participants: ['shakyo'],
      path: [{ event: 'triage', outcome: 'participation', reason: '本人が少しずつ外に出たいと希望しており、居場所への早めのつなぎが役立つため。', daysAgo: 9 }],
    },
    consents: [{ member: 0, organisations: ['shakyo', 'npo'], purposes: ['participation', 'support'], method: 'oral', daysAgo: 8, withdrawnDaysAgo: 2 }],
  },
];
