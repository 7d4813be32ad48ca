import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react.js';
import { Button, PageHeading } from '@kasane/ui';
import { MunicipalityChooser, usePrefectureNames } from '../components/municipality-chooser.js';
import { loadChosenMunicipality, saveChosenMunicipality } from '../municipality-store.js';
import type { ChosenMunicipality } from '../municipality-store.js';
import { PortalLink, portalPaths } from '../navigation.js';

export function HomePage() {
  const { t } = useTranslation('portal');
  const prefectureName = usePrefectureNames();
  const [chosen, setChosen] = useState<ChosenMunicipality | null>(() => loadChosenMunicipality());
  const [choosing, setChoosing] = useState(chosen === null);
  const [announcement, setAnnouncement] = useState('');
  const currentRef = useRef<HTMLDivElement>(null);
  const [focusCurrent, setFocusCurrent] = useState(false);

  useEffect(() => {
    if (focusCurrent) {
      currentRef.current?.focus();
      setFocusCurrent(false);
    }
  }, [focusCurrent]);

  const choose = (m: ChosenMunicipality) => {
    saveChosenMunicipality(m);
    setChosen(m);
    setChoosing(false);
    setAnnouncement(t('chooser.chosenAnnouncement', { name: m.name }));
    setFocusCurrent(true);
  };

  return (
    <>
      <PageHeading title={t('home.title')} appName={t('appName')}>
        {t('home.message')}
      </PageHeading>
      <p className="portal-lead">{t('home.lead')}</p>

      <section aria-labelledby="chooser-title">
        <h2 id="chooser-title">{t('chooser.title')}</h2>
        <p className="kasane-visually-hidden" role="status">
          {announcement}
        </p>
        {chosen ? (
          <div className="kasane-card portal-current" ref={currentRef} tabIndex={-1} data-testid="chosen-municipality">
            <p className="portal-current__label">{t('chooser.current')}</p>
            <p className="portal-current__name">
              {prefectureName(chosen.prefectureCode)} {chosen.name}
              <span className="portal-current__kana">（{chosen.kana}）</span>
            </p>
            <p className="kasane-muted">{t('chooser.remembered')}</p>
            <div className="portal-actions">
              {!choosing ? (
                <Button variant="secondary" onClick={() => setChoosing(true)}>
                  {t('chooser.change')}
                </Button>
              ) : null}
              <Button
                variant="text"
                onClick={() => {
                  saveChosenMunicipality(null);
                  setChosen(null);
                  setChoosing(true);
                }}
              >
                {t('chooser.clear')}
              </Button>
            </div>
          </div>
        ) : null}
        {choosing ? <MunicipalityChooser onChoose={choose} /> : null}
      </section>
      {chosen ? (
        <nav aria-labelledby="community-links-title" className="portal-community-links">
          <h2 id="community-links-title">{t('community.homeSection', { name: chosen.name })}</h2>
          <ul>
            <li><PortalLink to={portalPaths.windows}>{t('community.nav.windows')}</PortalLink></li>
            <li><PortalLink to={portalPaths.places}>{t('community.nav.places')}</PortalLink></li>
            <li><PortalLink to={portalPaths.request}>{t('community.nav.request')}</PortalLink></li>
            <li><PortalLink to={portalPaths.offer}>{t('community.nav.offer')}</PortalLink></li>
          </ul>
        </nav>
      ) : null}
    </>
  );
}
