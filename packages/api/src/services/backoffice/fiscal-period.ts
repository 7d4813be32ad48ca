import { z } from 'zod';
import { FIRST_FISCAL_YEAR } from '@kasane/domain';

/** A fiscal year from 令和3年度 (法第106条の4 in force 2021-04-01) on. */
export const ZFiscalYear = z.number().int().min(FIRST_FISCAL_YEAR, '重層的支援体制整備事業は令和3年度（2021年度）からです。').max(2100);

/** [from, to) of a fiscal year as instants: 1 April 00:00 in Tokyo to the next 1 April (年度, JST). */
export function fiscalPeriod(fiscalYear: number): { from: Date; to: Date } {
  return { from: new Date(`${fiscalYear}-04-01T00:00:00+09:00`), to: new Date(`${fiscalYear + 1}-04-01T00:00:00+09:00`) };
}
