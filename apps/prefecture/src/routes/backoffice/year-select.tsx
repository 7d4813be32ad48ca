import { useState } from 'react';
import { SelectField, formatFiscalYear } from '@kasane/ui';

const currentFiscalYear = () => {
  const now = new Date(Date.now() + 9 * 3600_000);
  return now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
};

export const useFiscalYear = (offset = 0) => useState(() => currentFiscalYear() + offset);

/** 令和3年度 (the project's first) to the current fiscal year. */
export function YearSelect({ value, onChange, label, name = 'fiscalYear' }: { value: number; onChange: (fy: number) => void; label: string; name?: string }) {
  const years = Array.from({ length: currentFiscalYear() - 2021 + 1 }, (_, i) => 2021 + i);
  return (
    <SelectField name={name} label={label} value={String(value)} onChange={(e) => onChange(Number(e.target.value))}>
      {years.map((y) => <option key={y} value={y}>{formatFiscalYear(y)}</option>)}
    </SelectField>
  );
}

export const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`;
