import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundPage as ShellNotFoundPage } from '@kasane/ui/shell';

export function NotFoundPage() {
  const { t } = useTranslation('prefecture');
  return <ShellNotFoundPage appName={t('appName')} back={<Link to="/">{t('notFound.back')}</Link>} />;
}
