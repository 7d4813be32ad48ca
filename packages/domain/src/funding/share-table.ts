import type { PartId } from '../parts/catalogue.js';
import { fraction } from './fraction.js';
import type { Fraction } from './fraction.js';

/** fixed: the share is set by law; cap: 「以内」, the actual rate is an input up to the cap. */
export type Share = { readonly kind: 'fixed' | 'cap'; readonly ratio: Fraction };

export type PartShares = {
  readonly national: Share;
  /** Absent: no prefectural share (e.g. 困窮, 新規 parts in FY2022). */
  readonly prefecture?: Share;
  /** 介護予防: 調整交付金, average 5/100, varies by municipality (介護保険法第122条の2第2項 / 第122条). */
  readonly nationalAdjustment?: { readonly defaultRatio: Fraction; readonly max: Fraction };
  /** 介護保険 parts: the municipality's general-account share is fixed by law and premiums pay the rest. */
  readonly insurance?: { readonly municipality: Fraction; readonly premiumLabel: string };
};

const fixed = (n: number, d: number): Share => ({ kind: 'fixed', ratio: fraction(n, d) });
const cap = (n: number, d: number): Share => ({ kind: 'cap', ratio: fraction(n, d) });

// SPEC §5 (seed 000; 介護 shares from general law, 第9期). Shares of the existing parts do not change by year.
const existingParts: Readonly<Record<Exclude<PartId, 'participation' | 'outreach' | 'coordination' | 'support_plan'>, PartShares>> = {
  // 一般介護予防事業: 国20/100 + 調整交付金(平均5/100), 都道府県12.5/100, 市町村12.5/100, 保険料 the rest (第1号・第2号).
  'community.elderly_prevention': {
    national: fixed(20, 100),
    nationalAdjustment: { defaultRatio: fraction(5, 100), max: fraction(55, 100) },
    prefecture: fixed(125, 1000),
    insurance: { municipality: fraction(125, 1000), premiumLabel: '保険料（第1号・第2号）' },
  },
  // 包括的支援事業: 国38.5/100, 都道府県19.25/100, 市町村19.25/100, 第1号保険料23/100.
  'consult.elderly': { national: fixed(385, 1000), prefecture: fixed(1925, 10000), insurance: { municipality: fraction(1925, 10000), premiumLabel: '第1号保険料' } },
  'community.elderly_livelihood': { national: fixed(385, 1000), prefecture: fixed(1925, 10000), insurance: { municipality: fraction(1925, 10000), premiumLabel: '第1号保険料' } },
  // 困窮: 国3/4, no prefectural share.
  'consult.poverty': { national: fixed(3, 4) },
  'consult.disability': { national: cap(50, 100), prefecture: cap(25, 100) },
  'community.disability': { national: cap(50, 100), prefecture: cap(25, 100) },
  'consult.child': { national: cap(2, 3), prefecture: cap(1, 6) },
  'community.child': { national: cap(1, 3), prefecture: cap(1, 3) },
  'community.poverty': { national: cap(1, 2) },
};

// The new parts (2号・4号・5号, with 6号 funded as part of 5号): FY2022 (R4) 国3/4; from FY2023 (R5) 国1/2 + 都道府県1/4.
const newPartsFy2022: PartShares = { national: fixed(3, 4) };
const newPartsFy2023: PartShares = { national: fixed(1, 2), prefecture: fixed(1, 4) };

const withNewParts = (shares: PartShares): Readonly<Record<PartId, PartShares>> => ({
  ...existingParts,
  participation: shares,
  outreach: shares,
  coordination: shares,
  support_plan: shares,
});

export type ShareTableEntry = { readonly fromFiscalYear: number; readonly source: string; readonly shares: Readonly<Record<PartId, PartShares>> };

/** Keyed by the first fiscal year each entry applies to: a new year is a data change, not a code change. */
export const shareTable: readonly ShareTableEntry[] = [
  // FY2021 (R3, the first year) is taken as FY2022 until a source says otherwise (SPEC §5).
  { fromFiscalYear: 2021, source: '令和4年度の負担割合（令和3年度も同じとみなす）', shares: withNewParts(newPartsFy2022) },
  { fromFiscalYear: 2023, source: '令和5年度以降の負担割合', shares: withNewParts(newPartsFy2023) },
];

export const FIRST_FISCAL_YEAR = 2021;

/** The entry in force for a fiscal year, or undefined before the project existed (法施行 2021-04-01). */
export const sharesFor = (fiscalYear: number, table: readonly ShareTableEntry[] = shareTable): ShareTableEntry | undefined =>
  [...table].sort((a, b) => b.fromFiscalYear - a.fromFiscalYear).find((e) => e.fromFiscalYear <= fiscalYear);
