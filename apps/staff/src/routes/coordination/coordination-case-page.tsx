// The case page (issue #10 "screens a worker can live in"): a summary, what can be done at this stage, then one
// tab at a time — the open tab in the address, so Back and links work.
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, PageHeading, Tabs } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { CaseFormsSection } from '../forms/case-forms-section.js';
import { Loading, QueryFailure } from '../query-state.js';
import { CaseActions } from './case-actions.js';
import { CaseAssessmentTab } from './case-assessment-tab.js';
import { CaseConsentTab } from './case-consent-tab.js';
import { CaseHistoryTab } from './case-history-tab.js';
import { CaseHouseholdTab } from './case-household-tab.js';
import { CaseMeetingsTab } from './case-meetings-tab.js';
import { CasePlanTab } from './case-plan-tab.js';
import { CaseProgressTab } from './case-progress-tab.js';
import { CaseSummary } from './case-summary.js';
import { caseTabs } from './case-tab.js';
import type { CaseTab } from './case-tab.js';
import type { CaseView } from './case-view.js';
import './meetings.css';

function TabContent({ tab, c, organisations }: { tab: CaseTab; c: CaseView; organisations: { id: string; name: string }[] }) {
  switch (tab) {
    case 'household':
      return <CaseHouseholdTab c={c} />;
    case 'consent':
      return <CaseConsentTab c={c} organisations={organisations} />;
    case 'assessment':
      return <CaseAssessmentTab c={c} />;
    case 'plan':
      return <CasePlanTab c={c} organisations={organisations} />;
    case 'progress':
      return <CaseProgressTab c={c} />;
    case 'meetings':
      return <CaseMeetingsTab c={c} />;
    case 'forms':
      return <CaseFormsSection caseId={c.id} />;
    case 'history':
      return <CaseHistoryTab c={c} />;
  }
}

export function CoordinationCasePage() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const { caseId } = useParams({ from: '/authed/coordination/$caseId' });
  const { tab = 'household' } = useSearch({ from: '/authed/coordination/$caseId' });
  const navigate = useNavigate();
  const view = useQuery(trpc.staff.coordination.get.queryOptions({ caseId }));
  const organisations = useQuery(trpc.staff.organisation.find.queryOptions());

  const heading = (name: string) => (
    <PageHeading title={name} appName={t('appName')}>
      {name}
    </PageHeading>
  );
  if (view.isPending) return <>{heading(t('coordination.title'))}<Loading /></>;
  if (view.isError) return <>{heading(t('coordination.title'))}<QueryFailure error={view.error} onRetry={() => void view.refetch()} /></>;
  const c = view.data;
  const orgs = (organisations.data ?? []).map((o) => ({ id: o.id, name: o.name }));
  return (
    <>
      {heading(c.person?.name ?? t('coordination.title'))}
      {c.publicAssistance ? <Alert tone="warning">{t('coordination.publicAssistance', { office: c.publicAssistance.officeName })}</Alert> : null}
      <div className="case-top">
        <CaseSummary c={c} />
        <CaseActions c={c} organisations={orgs} />
      </div>
      <Tabs
        label={t('caseTabs.label')}
        tabs={caseTabs.map((id) => ({ id, label: t(`caseTabs.${id}`) }))}
        active={tab}
        onChange={(next) => void navigate({ to: '/coordination/$caseId', params: { caseId }, search: { tab: next } })}
      >
        <TabContent tab={tab} c={c} organisations={orgs} />
      </Tabs>
    </>
  );
}
