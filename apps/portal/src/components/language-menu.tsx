import { useTranslation } from '../i18n/react.js';
import { LanguageSwitch } from '@kasane/ui';
import type { LanguageOption } from '@kasane/ui';
import { isLanguage, setLanguage } from '../i18n/index.js';

const options: readonly LanguageOption[] = [
  { value: 'ja', label: '日本語', lang: 'ja' },
  { value: 'easy-ja', label: 'やさしい にほんご', lang: 'ja' },
  { value: 'en', label: 'English', lang: 'en' },
];

export function LanguageMenu() {
  const { i18n } = useTranslation('portal');
  return (
    <LanguageSwitch
      options={options}
      value={i18n.language}
      onChange={(value) => {
        if (isLanguage(value)) void setLanguage(i18n, value);
      }}
    />
  );
}
