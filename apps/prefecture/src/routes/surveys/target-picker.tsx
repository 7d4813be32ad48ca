// The municipalities of the prefecture a survey or an event is addressed to (checkboxes named `code`).
import { useQuery } from '@tanstack/react-query';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';

/** `exclude`: municipalities already addressed (a survey or an event changed after sending only adds). */
export function TargetPicker({ legend, exclude = [] }: { legend: string; exclude?: readonly string[] }) {
  const { t } = useTranslation('prefecture');
  const trpc = useTrpc();
  const overview = useQuery(trpc.prefecture.municipality.find.queryOptions());
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <QueryFailure error={overview.error} onRetry={() => void overview.refetch()} />;
  const selectAll = (e: MouseEvent<HTMLButtonElement>) => {
    e.currentTarget.closest('fieldset')?.querySelectorAll<HTMLInputElement>('input[name="code"]').forEach((box) => (box.checked = true));
  };
  return (
    <fieldset className="pref-targets">
      <legend>{legend}</legend>
      <Button variant="secondary" size="small" onClick={selectAll}>
        {t('surveys.builder.selectAll')}
      </Button>
      <div>
        {overview.data.municipalities.filter((m) => !exclude.includes(m.code)).map((m) => (
          <label key={m.code} className="pref-check">
            <input type="checkbox" name="code" value={m.code} /> {m.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The checked codes of a submitted form. */
export const checkedCodes = (f: FormData): string[] => f.getAll('code').map(String);

/** A date and a time typed in JST as an instant. */
export const jstInstant = (date: string, time: string): Date => new Date(`${date}T${time || '00:00'}:00+09:00`);

/** An instant as the date and time inputs take it in JST ('2026-12-01', '13:30'). */
export const jstInputs = (at: Date): { date: string; time: string } => {
  const iso = new Date(at.getTime() + 9 * 3_600_000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
};
