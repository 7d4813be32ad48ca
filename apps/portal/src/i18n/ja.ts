import { communityJa } from './community-ja.js';

// The portal's Japanese text; easy-ja.ts and en.ts have the same keys (checked by their type).
export const portalJa = {
  appName: 'Kasane 相談窓口さがし',
  brand: 'Kasane',
  brandSub: '相談窓口さがし',
  quickExit: 'すぐに閉じる',
  quickExitHint: 'このページを閉じて、別のサイトを表示します（Escキーを2回でも）',
  quickExitNote: '「すぐに閉じる」（Esc 2回）は、このサイトが覚えた市区町村・言語を消し、「戻る」で戻れないようにします。閲覧履歴に残った記録は消えません。',
  home: {
    title: 'ホーム',
    message: 'どの窓口でも、どんな相談でも受け止めます',
    lead: '介護、障害、子育て、生活のこと。どこに相談すればよいか分からなくても大丈夫です。お住まいの市区町村を選ぶと、その地域の相談先をご案内します。',
  },
  chooser: {
    title: 'お住まいの市区町村を選ぶ',
    current: '選んでいる市区町村',
    change: '選びなおす',
    clear: '選択を取り消す',
    remembered: 'この選択は、お使いの端末にだけ保存されます。',
    chosenAnnouncement: '{{name}}を選びました。',
    search: {
      title: '名前やよみがなで探す',
      label: '市区町村の名前またはよみがな',
      hint: '例：つちうら、土浦市',
      submit: '検索する',
      resultsCaption: '検索結果',
      count: '{{count}}件見つかりました。',
      none: '見つかりませんでした。別の書き方（ひらがな、漢字）でも試してください。',
      empty: '名前またはよみがなを入力してください。',
      choose: 'この市区町村を選ぶ',
      more: 'さらに表示する',
      inPrefecture: '（{{prefecture}}）',
    },
    byPrefecture: {
      title: '都道府県から選ぶ',
      prefecture: '都道府県',
      municipality: '市区町村',
      selectPrefecture: '都道府県を選んでください',
      selectMunicipality: '市区町村を選んでください',
      choose: 'この市区町村にする',
      needMunicipality: '市区町村を選んでください。',
    },
  },
  prefectureName: '{{name}}',
  accessibility: {
    title: 'アクセシビリティ方針',
    body: 'このサイトは、日本産業規格 JIS X 8341-3:2016「高齢者・障害者等配慮設計指針―情報通信における機器，ソフトウェア及びサービス―第3部：ウェブコンテンツ」の適合レベルAAに準拠することを目標としています。',
    measures: 'キーボードだけで操作できること、文字と背景の色の差を十分にとること、すべての入力欄に名前を付けることなどに取り組んでいます。',
    contact: '使いにくい点がありましたら、お住まいの市区町村の窓口にお知らせください。',
  },
  notFound: {
    title: 'ページが見つかりません',
    body: 'お探しのページは移動または削除された可能性があります。',
  },
  nav: {
    home: 'ホーム',
    accessibility: 'アクセシビリティ方針',
    footer: 'サイト内の案内',
  },
  footer: '重層的支援体制整備事業（社会福祉法第106条の4）にもとづく相談窓口の案内です。',
  loadError: '読み込めませんでした。時間をおいてもう一度お試しください。',
  community: communityJa,
};

export type PortalResources = typeof portalJa;
