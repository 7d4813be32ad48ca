import type { Overview } from '../src/routes/municipality-table.js';

const source = '令和4年度 実施・移行準備事業 自治体一覧（部分的な復元）';

export const overview: Overview = {
  prefecture: { code: '080004', name: '茨城県', kana: 'いばらきけん', nameEn: 'Ibaraki' },
  fiscalYear: 2025,
  statusYears: [2021, 2022, 2023, 2024, 2025, 2026],
  threshold: 5,
  consultationsTotal: null,
  municipalities: [
    { code: '082031', name: '土浦市', kana: 'つちうらし', statuses: [{ fiscalYear: 2022, status: 'implementing', source, sourceDate: null, origin: 'seed' }], organisations: 8, reported: true, consultations: 1234 },
    { code: '082040', name: '古河市', kana: 'こがし', statuses: [{ fiscalYear: 2022, status: 'transition', source, sourceDate: null, origin: 'seed' }], organisations: 8, reported: true, consultations: null },
    { code: '083640', name: '大子町', kana: 'だいごまち', statuses: [], organisations: 0, reported: false, consultations: null },
  ],
};
