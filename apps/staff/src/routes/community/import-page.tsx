import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, SelectField, Table, errorText } from '@kasane/ui';
import { useTrpc } from '../../api.js';

type Stage = 'idle' | 'reading' | 'checking' | 'importing';

/** HSDS 3.0 import: read the file, preview with errors per row, then import all or nothing. */
export function DirectoryImportPage() {
  const { t } = useTranslation('staff');
  const { t: tu } = useTranslation('ui');
  const trpc = useTrpc();
  const [content, setContent] = useState<string | null>(null);
  const [format, setFormat] = useState<'json' | 'csv'>('json');
  const [target, setTarget] = useState<'places' | 'windows'>('places');
  const [stage, setStage] = useState<Stage>('idle');
  const [error, setError] = useState<string | null>(null);
  const preview = useMutation(trpc.staff.directory.previewImport.mutationOptions());
  const run = useMutation(trpc.staff.directory.import.mutationOptions());

  const onFile = async (file: File | undefined) => {
    setError(null);
    preview.reset();
    run.reset();
    if (!file) return setContent(null);
    setStage('reading');
    setFormat(/\.csv$/i.test(file.name) ? 'csv' : 'json');
    setContent(await file.text());
    setStage('idle');
  };
  const check = async () => {
    if (content === null) return;
    setError(null);
    setStage('checking');
    try {
      await preview.mutateAsync({ format, target, content });
    } catch (e) {
      setError(errorText(e, tu));
    } finally {
      setStage('idle');
    }
  };
  const doImport = async () => {
    if (content === null) return;
    setError(null);
    setStage('importing');
    try {
      await run.mutateAsync({ format, target, content });
    } catch (e) {
      setError(errorText(e, tu));
    } finally {
      setStage('idle');
    }
  };
  const p = preview.data;
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
          <input id="hsds-file" type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void onFile(e.target.files?.[0])} />
        </div>
        <SelectField label={t('directoryImport.format')} value={format} onChange={(e) => setFormat(e.target.value as 'json' | 'csv')}>
          <option value="json">JSON</option>
          <option value="csv">CSV</option>
        </SelectField>
        <SelectField label={t('directoryImport.target')} value={target} onChange={(e) => setTarget(e.target.value as 'places' | 'windows')}>
          <option value="places">{t('directoryImport.targetPlaces')}</option>
          <option value="windows">{t('directoryImport.targetWindows')}</option>
        </SelectField>
        <Button variant="secondary" disabled={content === null} busy={stage === 'checking'} onClick={() => void check()}>
          {t('directoryImport.preview')}
        </Button>{' '}
        <Button disabled={!p || p.errorCount > 0} busy={stage === 'importing'} onClick={() => void doImport()}>
          {t('directoryImport.run')}
        </Button>
      </div>
      <p role="status">{stage === 'idle' ? '' : t(`directoryImport.${stage}`)}</p>
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
