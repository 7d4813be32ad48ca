// Pieces shared by the 体制・交付金・実績報告 screens (issue #11): the fiscal-year choice, yen, downloads, print.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, SelectField, formatFiscalYear } from '@kasane/ui';
import { fiscalYearOf } from '@kasane/domain';
import { formatNumber } from '../../dates.js';

const FIRST = 2021;

/** The fiscal year in the page's state, starting at the current one (年度, JST). */
export function useFiscalYear(): [number, (fy: number) => void] {
  return useState(() => fiscalYearOf(new Date()));
}

export function FiscalYearSelect({ value, onChange, id = 'fiscal-year', label }: { value: number; onChange: (fy: number) => void; id?: string; label?: string }) {
  const { t } = useTranslation('staff');
  const last = fiscalYearOf(new Date()) + 1;
  const years = Array.from({ length: last - FIRST + 1 }, (_, i) => FIRST + i);
  return (
    <SelectField name={id} label={label ?? t('backoffice.fiscalYear')} value={String(value)} onChange={(e) => onChange(Number(e.target.value))}>
      {years.map((y) => (
        <option key={y} value={y}>
          {formatFiscalYear(y)}
        </option>
      ))}
    </SelectField>
  );
}

export const yen = (n: number): string => `${formatNumber(n)}円`;

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

/** Shift_JIS arrives as base64 bytes; UTF-8 as text with its BOM. */
export function csvBlob(content: string, encoding: 'utf-8' | 'shift_jis'): Blob {
  if (encoding === 'utf-8') return new Blob([content], { type: 'text/csv;charset=utf-8' });
  const bytes = Uint8Array.from(atob(content), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: 'text/csv;charset=shift_jis' });
}

export function PrintButton() {
  const { t } = useTranslation('staff');
  return (
    <Button variant="secondary" className="staff-no-print" onClick={() => window.print()}>
      {t('backoffice.print')}
    </Button>
  );
}

/** A text field of a submitted form ('' when absent). */
export const formText = (f: FormData, key: string): string => {
  const v = f.get(key);
  return typeof v === 'string' ? v.trim() : '';
};

/** A number typed with or without 「,」: the whole yen, or NaN (the API refuses it in Japanese). */
export const wholeNumber = (v: string): number => Number(v.replace(/[,，\s円]/g, ''));
