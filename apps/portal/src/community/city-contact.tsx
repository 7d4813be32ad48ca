import { useTranslation } from '../i18n/react.js';
import type { PortalClient } from '../api.js';
import { useApiQuery } from '../api.js';

/** The municipality's profile: reference data (website) and whether anyone there reads portal requests. */
export const loadProfile = (code: string) => ['profile:' + code, (client: PortalClient) => client.portal.municipality.get.query({ code })] as const;
/** The directory's windows, in name order (the same key the windows page uses with no origin). */
export const loadWindows = (code: string) => [`windows:${code}:${JSON.stringify({ kind: 'none' })}`, (client: PortalClient) => client.portal.window.find.query({ municipalityCode: code })] as const;

/**
 * Where to turn when the portal cannot help directly: the municipality's own website from the
 * reference data, and the windows the directory lists for it. The reference data has no telephone
 * numbers, which the page says rather than leaving the resident to look for one.
 */
export function CityContact({ code, name, showWindows }: { code: string; name: string; showWindows: boolean }) {
  const { t } = useTranslation('portal');
  const profile = useApiQuery(...loadProfile(code));
  const [windowsKey, windowsLoad] = loadWindows(code);
  const windows = useApiQuery(showWindows ? windowsKey : null, windowsLoad);
  const list = windows.data?.windows ?? [];
  return (
    <section className="kasane-card" aria-labelledby="city-contact-title" data-testid="city-contact">
      <h2 id="city-contact-title">{t('community.cityContact', { name })}</h2>
      {profile.data?.url ? (
        <p>
          <a href={profile.data.url} rel="noreferrer">
            {t('community.cityWebsite', { name })}
          </a>
        </p>
      ) : null}
      <p className="kasane-muted">{t('community.cityPhoneMissing')}</p>
      {list.length ? (
        <>
          <h3>{t('community.cityWindows', { name })}</h3>
          <ul className="portal-plain-list">
            {list.map((w) => (
              <li key={w.id}>
                {w.name}
                {w.phone ? (
                  <>
                    {' '}
                    <a href={`tel:${w.phone.replace(/[^0-9+]/g, '')}`}>{w.phone}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
