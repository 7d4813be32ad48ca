import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from '../i18n/react.js';
import { Alert, Button, Loading, SelectField, TextField } from '@kasane/ui';
import { useApiQuery } from '../api.js';
import type { PortalClient } from '../api.js';
import type { ChosenMunicipality } from '../municipality-store.js';

const pageStep = 20;
const maxPageSize = 100;

const loadPrefectures = (client: PortalClient) => client.portal.prefecture.list.query();

export function usePrefectureNames(): (code: string) => string {
  const { i18n } = useTranslation('portal');
  const prefectures = useApiQuery('prefectures', loadPrefectures);
  return (code) => {
    const p = prefectures.data?.find((x) => x.code.slice(0, 2) === code.slice(0, 2));
    if (!p) return '';
    return i18n.language === 'en' ? p.nameEn : p.name;
  };
}

function SearchByName({ onChoose }: { onChoose: (m: ChosenMunicipality) => void }) {
  const { t } = useTranslation('portal');
  const prefectureName = usePrefectureNames();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [pageSize, setPageSize] = useState(pageStep);
  const [error, setError] = useState<string | undefined>();
  const headingId = useId();
  const results = useApiQuery(query === '' ? null : `find:${pageSize}:${query}`, (client) => client.portal.municipality.find.query({ query, page: 1, pageSize }), { keepPrevious: true });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) {
      setError(t('chooser.search.empty'));
      return;
    }
    setError(undefined);
    setPageSize(pageStep);
    setQuery(trimmed.slice(0, 50));
  };

  return (
    <section className="kasane-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('chooser.search.title')}</h3>
      <form role="search" onSubmit={onSubmit} noValidate>
        <TextField
          label={t('chooser.search.label')}
          hint={t('chooser.search.hint')}
          value={text}
          maxLength={50}
          autoComplete="off"
          error={error}
          onChange={(e) => setText(e.target.value)}
        />
        <Button type="submit">{t('chooser.search.submit')}</Button>
      </form>
      {query !== '' ? (
        <div className="portal-results">
          {results.isPending ? <Loading /> : null}
          {results.error ? <Alert tone="error">{t('loadError')}</Alert> : null}
          {results.data ? (
            <>
              <p role="status">{results.data.total === 0 ? t('chooser.search.none') : t('chooser.search.count', { count: results.data.total })}</p>
              {results.data.items.length > 0 ? (
                <ul className="portal-result-list" aria-label={t('chooser.search.resultsCaption')}>
                  {results.data.items.map((m) => (
                    <li key={m.code}>
                      <button type="button" className="portal-result" onClick={() => onChoose(m)}>
                        <span className="portal-result__name">{m.name}</span>
                        <span className="portal-result__kana">{m.kana}</span>
                        <span className="portal-result__pref">{t('chooser.search.inPrefecture', { prefecture: prefectureName(m.prefectureCode) })}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
              {results.data.items.length < results.data.total && pageSize < maxPageSize ? (
                <Button variant="secondary" busy={results.isFetching} onClick={() => setPageSize((s) => Math.min(maxPageSize, s + pageStep))}>
                  {t('chooser.search.more')}
                </Button>
              ) : null}
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function ChooseByPrefecture({ onChoose }: { onChoose: (m: ChosenMunicipality) => void }) {
  const { t, i18n } = useTranslation('portal');
  const headingId = useId();
  const prefectures = useApiQuery('prefectures', loadPrefectures);
  const [prefectureCode, setPrefectureCode] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  // A prefecture can have more municipalities than one page (北海道: 179): fetch every page.
  const municipalities = useApiQuery(prefectureCode === '' ? null : `prefecture:${prefectureCode}`, async (client) => {
    const page = (n: number) => client.portal.municipality.find.query({ query: '', prefectureCode, page: n, pageSize: maxPageSize });
    const first = await page(1);
    const items = [...first.items];
    for (let n = 2; items.length < first.total; n++) {
      const next = await page(n);
      if (next.items.length === 0) break;
      items.push(...next.items);
    }
    return items;
  });
  const municipalityList = municipalities.data;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const m = municipalityList?.find((x) => x.code === municipalityCode);
    if (!m) {
      setError(t('chooser.byPrefecture.needMunicipality'));
      return;
    }
    setError(undefined);
    onChoose(m);
  };

  return (
    <section className="kasane-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('chooser.byPrefecture.title')}</h3>
      <form onSubmit={onSubmit} noValidate>
        <SelectField
          label={t('chooser.byPrefecture.prefecture')}
          value={prefectureCode}
          onChange={(e) => {
            setPrefectureCode(e.target.value);
            setMunicipalityCode('');
          }}
        >
          <option value="">{t('chooser.byPrefecture.selectPrefecture')}</option>
          {prefectures.data?.map((p) => (
            <option key={p.code} value={p.code}>
              {i18n.language === 'en' ? p.nameEn : p.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('chooser.byPrefecture.municipality')}
          value={municipalityCode}
          disabled={!municipalityList}
          error={error}
          onChange={(e) => setMunicipalityCode(e.target.value)}
        >
          <option value="">{t('chooser.byPrefecture.selectMunicipality')}</option>
          {municipalityList?.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}（{m.kana}）
            </option>
          ))}
        </SelectField>
        {municipalities.error || prefectures.error ? <Alert tone="error">{t('loadError')}</Alert> : null}
        <Button type="submit">{t('chooser.byPrefecture.choose')}</Button>
      </form>
    </section>
  );
}

export function MunicipalityChooser({ onChoose }: { onChoose: (m: ChosenMunicipality) => void }) {
  const choose = (m: ChosenMunicipality) => onChoose({ code: m.code, name: m.name, kana: m.kana, prefectureCode: m.prefectureCode });
  return (
    <div className="portal-chooser">
      <SearchByName onChoose={choose} />
      <ChooseByPrefecture onChoose={choose} />
    </div>
  );
}
