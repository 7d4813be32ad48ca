import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, SelectField, Table, errorText } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { UploadRefused, refusedRowsFile, uploadHsds } from './import-upload.js';
import type { ImportCheck, ImportDone } from './import-upload.js';

/**
 * The file is sent as it is (no 1 MiB limit on this route): the bar shows the bytes sent with the time
 * left at the measured rate; then the server checks or imports in one transaction, which the browser
 * cannot watch — that bar has no value, and its estimate is the time the check of the same file took.
 */
type Progress = { phase: 'uploading'; step: 'check' | 'import'; sent: number; total: number; secondsLeft: number | null } | { phase: 'server'; step: 'check' | 'import'; estimate: number | null };

const percent = (done: number, total: number) => (total > 0 ? Math.floor((done / total) * 100) : 100);

export function DirectoryImportPage() {
  const { t } = useTranslation('staff');
  const { t: tu } = useTranslation('ui');
  const trpc = useTrpc();
  const progressId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<'json' | 'csv'>('json');
  const [target, setTarget] = useState<'places' | 'windows'>('windows');
  const [validOnly, setValidOnly] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [checkSeconds, setCheckSeconds] = useState<number | null>(null);
  const [done, setDone] = useState<ImportDone | null>(null);
  const [error, setError] = useState<string | null>(null);
  const publish = useMutation(trpc.staff.directory.publishImported.mutationOptions());
  const busy = progress !== null;

  const reset = () => {
    setError(null);
    setCheck(null);
    setDone(null);
    publish.reset();
  };
  const send = async <T,>(step: 'check' | 'import'): Promise<T | null> => {
    if (!file) return null;
    setError(null);
    let serverStarted = 0;
    try {
      return await uploadHsds<T>({ format, target, mode: step, ...(step === 'import' && validOnly ? { validOnly: '1' } : {}) }, file, (p) => {
        if (p.sent < p.total) return setProgress({ phase: 'uploading', step, ...p });
        serverStarted = Date.now();
        setProgress({ phase: 'server', step, estimate: step === 'import' ? checkSeconds : null });
      });
    } catch (e) {
      setError(e instanceof UploadRefused && e.message ? e.message : errorText(e, tu));
      return null;
    } finally {
      if (step === 'check' && serverStarted) setCheckSeconds(Math.ceil((Date.now() - serverStarted) / 1000));
      setProgress(null);
    }
  };
  const doCheck = async () => {
    reset();
    setCheck(await send<ImportCheck>('check'));
  };
  const doImport = async () => setDone(await send<ImportDone>('import'));
  const downloadRefused = async () => {
    if (!file) return;
    setError(null);
    try {
      const blob = await refusedRowsFile({ format, target }, file, (p) => setProgress(p.sent < p.total ? { phase: 'uploading', step: 'check', ...p } : { phase: 'server', step: 'check', estimate: checkSeconds }));
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = format === 'csv' ? t('directoryImport.refusedFileName') : t('directoryImport.refusedFileNameJson');
      a.click();
      URL.revokeObjectURL(a.href);
    } catch (e) {
      setError(e instanceof UploadRefused && e.message ? e.message : errorText(e, tu));
    } finally {
      setProgress(null);
    }
  };

  const statusText =
    progress === null
      ? ''
      : progress.phase === 'uploading'
        ? t('directoryImport.uploadingProgress', { done: Math.ceil(progress.sent / 1024), total: Math.ceil(progress.total / 1024), percent: percent(progress.sent, progress.total) }) +
          (progress.secondsLeft !== null ? t('directoryImport.secondsLeft', { seconds: progress.secondsLeft }) : '')
        : t(progress.step === 'check' ? 'directoryImport.checking' : 'directoryImport.importing') + (progress.estimate !== null ? t('directoryImport.estimate', { seconds: progress.estimate }) : '');
  const importable = check && check.valid > 0 && (check.errorCount === 0 || validOnly);
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
          <input
            id="hsds-file"
            type="file"
            accept=".json,.csv,application/json,text/csv"
            disabled={busy}
            onChange={(e) => {
              reset();
              const f = e.target.files?.[0] ?? null;
              setFile(f);
              if (f) setFormat(/\.csv$/i.test(f.name) ? 'csv' : 'json');
            }}
          />
        </div>
        <SelectField label={t('directoryImport.format')} value={format} onChange={(e) => (reset(), setFormat(e.target.value as 'json' | 'csv'))}>
          <option value="json">JSON</option>
          <option value="csv">CSV</option>
        </SelectField>
        <SelectField label={t('directoryImport.target')} value={target} onChange={(e) => (reset(), setTarget(e.target.value as 'places' | 'windows'))}>
          <option value="windows">{t('directoryImport.targetWindows')}</option>
          <option value="places">{t('directoryImport.targetPlaces')}</option>
        </SelectField>
        <Button variant="secondary" disabled={file === null} busy={busy} onClick={() => void doCheck()}>
          {t('directoryImport.preview')}
        </Button>
      </div>
      {progress ? (
        <div className="kasane-field">
          <label className="kasane-field__label" htmlFor={progressId}>
            {t(`directoryImport.${progress.phase}Label`)}
          </label>
          {progress.phase === 'uploading' ? <progress id={progressId} max={Math.max(progress.total, 1)} value={progress.sent} /> : <progress id={progressId} />}
        </div>
      ) : null}
      <p role="status">{statusText}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {check ? (
        <>
          <Alert tone={check.errorCount ? 'warning' : 'info'}>{t('directoryImport.summary', { rows: check.rows, valid: check.valid, errors: check.errorCount })}</Alert>
          {check.elsewhereCount ? <Alert tone="info">{t('directoryImport.elsewhere', { count: check.elsewhereCount, municipalities: check.elsewhereMunicipalities })}</Alert> : null}
          {check.errorCount ? (
            <p className="staff-check">
              <input id="hsds-valid-only" type="checkbox" checked={validOnly} onChange={(e) => setValidOnly(e.target.checked)} />
              <label htmlFor="hsds-valid-only">{t('directoryImport.validOnly', { valid: check.valid })}</label>
            </p>
          ) : null}
          <Button disabled={!importable} busy={busy} onClick={() => void doImport()}>
            {t('directoryImport.run', { count: check.valid })}
          </Button>{' '}
          {check.errorCount || check.elsewhereCount ? (
            <Button variant="secondary" busy={busy} onClick={() => void downloadRefused()}>
              {t('directoryImport.downloadRefused')}
            </Button>
          ) : null}
          {check.errors.length ? (
            <Table
              caption={t('directoryImport.errorsCaption')}
              rows={check.errors}
              rowKey={(e) => String(e.row)}
              columns={[
                { key: 'row', header: t('directoryImport.row'), rowHeader: true, cell: (e) => `${e.row}（${e.name || e.id}）` },
                { key: 'messages', header: t('directoryImport.messages'), cell: (e) => e.messages.join(' ／ ') },
              ]}
            />
          ) : null}
          {check.elsewhere.length ? (
            <Table
              caption={t('directoryImport.elsewhereCaption')}
              rows={check.elsewhere.slice(0, 100)}
              rowKey={(e) => String(e.row)}
              columns={[
                { key: 'row', header: t('directoryImport.row'), rowHeader: true, cell: (e) => `${e.row}（${e.name || e.id}）` },
                { key: 'municipality', header: t('directoryImport.otherMunicipality'), cell: (e) => e.municipalityName || e.municipalityCode },
              ]}
            />
          ) : null}
        </>
      ) : null}
      {done ? (
        <>
          <Alert tone="success">{t('directoryImport.done', { places: done.places, activities: done.activities, windows: done.windows, updated: done.updated, refused: done.refused, elsewhere: done.elsewhere, ms: done.milliseconds })}</Alert>
          {done.windows + done.places + done.activities + done.updated > 0 ? (
            <Button variant="secondary" busy={publish.isPending} disabled={publish.isSuccess} onClick={() => publish.mutate({ target })}>
              {t(target === 'windows' ? 'directoryImport.publishAll' : 'directoryImport.publishAllPlaces')}
            </Button>
          ) : null}
          {publish.data ? <Alert tone="success">{t(target === 'windows' ? 'directoryImport.published' : 'directoryImport.publishedPlaces', { count: publish.data.published })}</Alert> : null}
        </>
      ) : null}
    </>
  );
}
