import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can } from '@kasane/domain';
import { useTrpc } from '../../api.js';

/**
 * The records around a case, so a worker never types a URL (issue #10 item 10): the person's household,
 * their consents, the case's 支援経過, and 「参加支援につなぐ」 carrying the person and the case. Each link
 * is offered only to a role the permission table lets open it; the server decides on the person.
 */
export function CaseLinks({ caseId, personId, householdId }: { caseId: string; personId: string | null; householdId: string }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const role = useQuery(trpc.auth.session.queryOptions()).data?.actor?.role ?? '';
  return (
    <nav aria-label={t('caseLinks.label')}>
      <ul className="staff-links">
        <li>
          <Link to="/households/$householdId" params={{ householdId }}>
            {t('caseLinks.household')}
          </Link>
        </li>
        {personId && can(role, 'person.read') ? (
          <li>
            <Link to="/persons/$personId/consents" params={{ personId }}>
              {t('caseLinks.consents')}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to="/cases/$caseId/timeline" params={{ caseId }}>
            {t('caseLinks.timeline')}
          </Link>
        </li>
        {personId && can(role, 'participation.match') ? (
          <li>
            <Link to="/persons/$personId/participation" params={{ personId }} search={{ caseId }}>
              {t('caseLinks.participation')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
