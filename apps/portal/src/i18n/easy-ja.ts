import { communityEasyJa } from './community-easy-ja.js';
import type { PortalResources } from './ja.js';

// やさしい日本語: short sentences, common words, spaces between phrases.
export const portalEasyJa: PortalResources = {
  appName: 'Kasane そうだんまどぐち さがし',
  brand: 'Kasane',
  brandSub: 'そうだん まどぐち さがし',
  quickExit: 'すぐに とじる',
  quickExitHint: 'この ページを とじて、べつの サイトを ひらきます（Esc キー を 2かい でも）',
  quickExitNote: '「すぐに とじる」（Esc 2かい）は、えらんだ 市区町村 と ことば を けします。「もどる」で もどれません。ブラウザ の りれき は きえません。',
  home: {
    title: 'ホーム',
    message: 'どこの まどぐちでも、どんな そうだんでも ききます',
    lead: 'かいご、しょうがい、こそだて、くらしの こと。どこに そうだんするか わからなくても だいじょうぶです。すんでいる まち（しくちょうそん）を えらんで ください。その まちの そうだん できる ところを おしえます。',
  },
  chooser: {
    title: 'すんでいる まちを えらぶ',
    current: 'えらんだ まち',
    change: 'えらびなおす',
    clear: 'えらんだ まちを けす',
    remembered: 'えらんだ まちは、この パソコンや スマートフォンだけに のこります。',
    chosenAnnouncement: '{{name}}を えらびました。',
    search: {
      title: 'なまえで さがす',
      label: 'まちの なまえ（ひらがなでも いいです）',
      hint: 'れい：つちうら',
      submit: 'さがす',
      resultsCaption: 'みつかった まち',
      count: '{{count}}こ みつかりました。',
      none: 'みつかりませんでした。ひらがなや かんじで もう いちど さがして ください。',
      empty: 'まちの なまえを かいて ください。',
      choose: 'この まちを えらぶ',
      more: 'もっと みる',
      inPrefecture: '（{{prefecture}}）',
    },
    byPrefecture: {
      title: 'けん（とどうふけん）から えらぶ',
      prefecture: 'とどうふけん',
      municipality: 'まち（しくちょうそん）',
      selectPrefecture: 'とどうふけんを えらんで ください',
      selectMunicipality: 'まちを えらんで ください',
      choose: 'この まちに する',
      needMunicipality: 'まちを えらんで ください。',
    },
  },
  prefectureName: '{{name}}',
  accessibility: {
    title: 'だれでも つかえる ための きまり',
    body: 'この サイトは、だれでも つかえるように つくって います（JIS X 8341-3:2016 の AA を めざして います）。',
    measures: 'キーボードだけで つかえます。もじが よみやすい いろに して います。',
    contact: 'つかいにくい ところが あったら、まちの まどぐちに おしえて ください。',
  },
  notFound: {
    title: 'ページが ありません',
    body: 'さがして いる ページは ありません。',
  },
  nav: {
    home: 'ホーム',
    accessibility: 'だれでも つかえる ための きまり',
    footer: 'サイトの あんない',
  },
  footer: 'まちの そうだん まどぐちを おしえる サイトです。',
  loadError: 'よみこめませんでした。あとで もう いちど して ください。',
  community: communityEasyJa,
};
