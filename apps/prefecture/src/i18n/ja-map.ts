// 地図 (issue #11 item 6).
export const mapJa = {
  map: {
    nav: '地図',
    title: '市町村の地図',
    lead: '選んだ年度の市町村ごとの実施状況、またはその年度に公表した統計の数値を地図で表示します。同じ内容を地図の下の表でも確認できます。',
    mode: '地図に表示する内容',
    byStatus: '実施状況（年度ごと）',
    byFigure: '公表済みの統計の数値',
    noRelease: '{{fiscalYear}}の統計はまだ公表していません。「統計（実績報告）」で年度が終わった実績報告を公表すると、ここに表示できます。',
    year: '年度',
    measure: '表示する数値',
    legend: '凡例（{{fiscalYear}}）',
    noStatus: '記載なし',
    status: '実施状況',
    source: '出典（日付）',
    statusTitle: '{{prefecture}} {{fiscalYear}}の実施状況',
    figureTitle: '{{prefecture}} {{release}} {{measure}}',
    tableCaption: '{{title}}（地図と同じ内容の表）',
    upTo: '{{from}}〜{{to}}件',
    noFigures: 'この統計には地図に表示できる数値がありません。',
  },
};
