// Strings of the staff and prefecture apps' shared shell pages, in a namespace of their own ("shell") so
// the portal, which never shows these pages, does not carry them in its first load (ADR 0021 budget).
export const uiShellJa = {
  queryFailure: { title: '読み込めませんでした', retry: 'もう一度読み込む' },
  notFound: { title: 'ページが見つかりません', body: 'お探しのページは移動または削除された可能性があります。' },
} as const;
