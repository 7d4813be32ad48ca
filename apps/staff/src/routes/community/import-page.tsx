import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, SelectField, Table, errorText } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { readFileText, splitImport } from './import-parts.js';

/**
 * Where the screen is, measured, never timed: bytes of the file read, rows the server has checked
 * (the preview goes part by part), and the import itself — one call in one transaction, whose
 * progress the browser cannot see, so its bar has no value (indeterminate).
 */
type Progress = { phase: 'reading'; done: number; total: number } | { phase: 'checking'; done: number; total: number } | { phase: 'importing'; total: number };

interface Summary {
  rows: number;
  valid: number;
  errorCount: number;
  errors: { row: number; id: string; name: string; messages: string[] }[];
}

const maxErrorsShown = 500;
const percent = (done: number, total: number) => (total > 0 ? Math.floor((done / total) * 100) : 100);

/** HSDS 3.0 import: read the file, preview with errors per row, then import all or nothing. */
export function DirectoryImportPage() {
  const { t } = useTranslation('staff');
  const { t: tu } = useTranslation('ui');
  const trpc = useTrpc();
  const progressId = useId();
  const [content, setContent] = useState<string | null>(null);
  const [format, setFormat] = useState<'json' | 'csv'>('json');
  const [target, setTarget] = useState<'places' | 'windows'>('places');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const preview = useMutation(trpc.staff.directory.previewImport.mutationOptions());
  const run = useMutation(trpc.staff.directory.import.mutationOptions());
  const busy = progress !== null;

  const reset = () => {
    setError(null);
    setSummary(null);
    run.reset();
  };
  const onFile = async (file: File | undefined) => {
    reset();
    if (!file) return setContent(null);
    setFormat(/\.csv$/i.test(file.name) ? 'csv' : 'json');
    setProgress({ phase: 'reading', done: 0, total: file.size });
    try {
      setContent(await readFileText(file, (done, total) => setProgress({ phase: 'reading', done, total })));
    } catch {
      setContent(null);
      setError(t('directoryImport.readFailed'));
    } finally {
      setProgress(null);
    }
  };
  const check = async () => {
    if (content === null) return;
    reset();
    const split = splitImport(format, content);
    const parts = split?.parts ?? [{ content, offset: 0, rows: 0 }];
    const total = split?.total ?? 0;
    const sum: Summary = { rows: 0, valid: 0, errorCount: 0, errors: [] };
    setProgress({ phase: 'checking', done: 0, total });
    try {
      for (const part of parts) {
        const r = await preview.mutateAsync({ format, target, content: part.content, ...(split ? { part: { offset: part.offset, total } } : {}) });
        sum.rows += r.rows;
        sum.valid += r.valid;
        sum.errorCount += r.errorCount;
        sum.errors.push(...r.errors.slice(0, maxErrorsShown - sum.errors.length));
        setProgress({ phase: 'checking', done: sum.rows, total });
      }
      setSummary(sum);
    } catch (e) {
      setError(errorText(e, tu));
    } finally {
      setProgress(null);
    }
  };
  const doImport = async () => {
    if (content === null || !summary) return;
    setError(null);
    setProgress({ phase: 'importing', total: summary.rows });
    try {
      await run.mutateAsync({ format, target, content });
    } catch (e) {
      setError(errorText(e, tu));
    } finally {
      setProgress(null);
    }
  };
  const p = summary;
  const statusText =
    progress === null
      ? ''
      : progress.phase === 'importing'
        ? t('directoryImport.importing', { total: progress.total })
        : progress.phase === 'reading'
          ? t('directoryImport.readingProgress', { done: Math.ceil(progress.done / 1024), total: Math.ceil(progress.total / 1024), percent: percent(progress.done, progress.total) })
          : progress.total > 0
            ? t('directoryImport.checkingProgress', { done: progress.done, total: progress.total, percent: percent(progress.done, progress.total) })
            : t('directoryImport.checking');
  return (
    <>
      <PageHeading title={t('directoryImport.title')} appName={t('appName')}>
        {t('directoryImport.title')}
      </PageHeading>
      <p>{t('directoryImport.lead')}</p>
      <div className="kasane-card">
        <div className="kasane-field">
          <label className="kasane-field__label" htmlFor="hsds-file">
            {t('directoryImport.file')}
          </label>
          <input id="hsds-file" type="file" accept=".json,.csv,application/json,text/csv" disabled={busy} onChange={(e) => void onFile(e.target.files?.[0])} />
        </div>
        <SelectField
          label={t('directoryImport.format')}
          value={format}
          onChange={(e) => {
            reset();
            setFormat(e.target.value as 'json' | 'csv');
          }}
        >
          <option value="json">JSON</option>
          <option value="csv">CSV</option>
        </SelectField>
        <SelectField
          label={t('directoryImport.target')}
          value={target}
          onChange={(e) => {
            reset();
            setTarget(e.target.value as 'places' | 'windows');
          }}
        >
          <option value="places">{t('directoryImport.targetPlaces')}</option>
          <option value="windows">{t('directoryImport.targetWindows')}</option>
        </SelectField>
        <Button variant="secondary" disabled={content === null} busy={busy} onClick={() => void check()}>
          {t('directoryImport.preview')}
        </Button>{' '}
        <Button disabled={!p || p.errorCount > 0 || p.rows === 0} busy={busy} onClick={() => void doImport()}>
          {t('directoryImport.run')}
        </Button>
      </div>
      {progress ? (
        <div className="kasane-field">
          <label className="kasane-field__label" htmlFor={progressId}>
            {t(`directoryImport.${progress.phase}Label`)}
          </label>
          {/* no value while importing (the server's progress is not visible from here), or while a file that cannot be split is checked in one call: an indeterminate bar */}
          {progress.phase === 'importing' || progress.total === 0 ? <progress id={progressId} /> : <progress id={progressId} max={Math.max(progress.total, 1)} value={progress.done} />}
        </div>
      ) : null}
      <p role="status">{statusText}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {run.data ? <Alert tone="success">{t('directoryImport.done', { places: run.data.places, activities: run.data.activities, windows: run.data.windows, ms: run.data.milliseconds })}</Alert> : null}
      {p ? (
        <>
          <Alert tone={p.errorCount ? 'warning' : 'info'}>{t('directoryImport.summary', { rows: p.rows, valid: p.valid, errors: p.errorCount })}</Alert>
          {p.errors.length ? (
            <Table
              caption={t('directoryImport.errorsCaption')}
              rows={p.errors}
              rowKey={(e) => String(e.row)}
              columns={[
                { key: 'row', header: t('directoryImport.row'), rowHeader: true, cell: (e) => `${e.row}（${e.name || e.id}）` },
                { key: 'messages', header: t('directoryImport.messages'), cell: (e) => e.messages.join(' ／ ') },
              ]}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
