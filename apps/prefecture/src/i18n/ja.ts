// Every string the prefecture dashboard shows. Keys are grouped by screen.
import { backofficeJa } from './ja-backoffice.js';
import { surveysJa } from './ja-surveys.js';
import { mapJa } from './ja-map.js';

export const prefectureJa = {
  ...backofficeJa,
  ...surveysJa,
  ...mapJa,
  appName: 'Kasane 都道府県用',
  appSubtitle: '重層的支援体制整備事業 市町村支援',
  roleLabel: '都道府県職員',
  headerContext: '{{prefecture}}　{{subtitle}}',
  nav: {
    label: '主なメニュー',
    municipalities: '市町村の実施状況',
    map: '地図',
    statistics: '統計（実績報告）',
    grant: '交付金の集計',
    compare: '体制の比較',
    contacts: '市町村の担当',
    surveys: '実態調査',
    calendar: '後方支援の予定',
  },
  login: {
    title: 'ログイン',
    lead: '都道府県の担当職員の方は、配布されたログインIDとパスワードでログインしてください。',
    otherApp: '市町村・支援関係機関の職員の方は、職員用の画面からログインしてください。',
    otherAppLink: '職員用の画面へ',
  },
  password: {
    link: 'パスワード変更',
    toDashboard: '市町村の実施状況へ',
  },
  dashboard: {
    title: '市町村の実施状況',
    lead: '{{prefecture}}内の市町村の重層的支援体制整備事業の実施状況と、公表済みの最新の統計（{{fiscalYear}}）の相談受付件数です。個人を特定できる情報は表示されません。',
    noRelease: '未公表',
    consultationsNone: '相談受付件数（統計は未公表）',
    notReported: '未提出',
    summary: '{{fiscalYear}}：{{total}}市町村のうち 実施 {{implementing}}、移行準備 {{transition}}',
    caption: '{{prefecture}}の市町村（{{count}}市町村）',
    municipality: '市町村',
    status: '{{fiscalYear}}の実施状況',
    statusNone: '実施状況',
    organisations: '登録機関数',
    consultations: '{{fiscalYear}}の相談受付件数',
    total: '合計',
    noMunicipalities: 'この都道府県の市町村が登録されていません。',
  },
  status: {
    implementing: '実施',
    transition: '移行準備',
    not_implementing: '未実施',
    unknown: '不明',
    none: '—',
    noneSr: '記載なし（不明）',
    declared: '市町村の申告 {{date}}',
  },
  suppression: {
    cell: '秘匿',
    title: '少ない件数は「秘匿」と表示しています',
    body: '相談受付件数が{{threshold}}件未満の市町村は、相談した方が特定されるのを防ぐため、件数を表示せず「秘匿」としています。合計などから逆算できないよう、{{threshold}}件以上の市町村も合わせて秘匿することがあります（補完秘匿）。',
  },
  sources: {
    title: '実施状況の出典',
    partial: '出典の一覧は部分的なものです。「—」は一覧に記載がないことを示し、事業を実施していないことを意味するとは限りません。',
  },
  notFound: {
    back: '市町村の実施状況へ戻る',
  },
  footer: '都道府県（社会福祉法第6条第3項）による市町村支援のための画面です。表示される数値は集計値のみです。',
};
