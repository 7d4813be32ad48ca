import { render } from '@testing-library/react';
import { fakeTrpcFetch } from '@kasane/ui/testing';
import { createApi } from '../src/api.js';
import { App } from '../src/app.js';
import { createI18n } from '../src/i18n/index.js';

export const prefectures = [
  { code: '080004', name: '茨城県', kana: 'いばらきけん', nameEn: 'Ibaraki' },
  { code: '200000', name: '長野県', kana: 'ながのけん', nameEn: 'Nagano' },
];

export const municipalities = [
  { code: '082031', name: '土浦市', kana: 'つちうらし', prefectureCode: '080004' },
  { code: '082040', name: '古河市', kana: 'こがし', prefectureCode: '080004' },
  { code: '202029', name: '松本市', kana: 'まつもとし', prefectureCode: '200000' },
];

export async function renderPortal(path = '/') {
  const server = fakeTrpcFetch({
    'portal.prefecture.list': () => prefectures,
    'portal.municipality.find': (input) => {
      const { query = '', prefectureCode, page = 1, pageSize = 20 } = input as { query?: string; prefectureCode?: string; page?: number; pageSize?: number };
      const items = municipalities.filter((m) => (!prefectureCode || m.prefectureCode === prefectureCode) && (m.name.includes(query) || m.kana.includes(query)));
      return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize };
    },
  });
  const api = createApi({ fetch: server.fetch });
  const i18n = await createI18n();
  const view = render(<App api={api} i18n={i18n} initialPath={path} />);
  return { ...view, server, i18n };
}
