import { useTranslation } from 'react-i18next';

export interface LanguageOption {
  value: string;
  /** Shown in its own language, e.g. "English", "やさしい にほんご". */
  label: string;
  /** BCP 47 tag of the label (so a screen reader reads "English" in English). */
  lang: string;
}

export interface LanguageSwitchProps {
  options: readonly LanguageOption[];
  value: string;
  onChange: (value: string) => void;
}

/** Toggle buttons, one per language, each labelled in its own language. */
export function LanguageSwitch({ options, value, onChange }: LanguageSwitchProps) {
  const { t } = useTranslation('ui');
  return (
    <nav aria-label={t('language')}>
      <ul className="kasane-lang-switch">
        {options.map((o) => (
          <li key={o.value}>
            <button type="button" lang={o.lang} aria-pressed={o.value === value} onClick={() => onChange(o.value)}>
              {o.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
