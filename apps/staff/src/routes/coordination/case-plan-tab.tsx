import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import type { CaseView } from './case-view.js';
import { ActionError } from './form-kit.js';
import { PlanForm } from './plan-form.js';
import type { PlanValues } from './plan-form.js';
import { formatDate } from '../../dates.js';

/** 支援プラン: the versions first; a new version, or a change before the meeting, written on demand. */
export function CasePlanTab({ c, organisations }: { c: CaseView; organisations: { id: string; name: string }[] }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState(false);
  const options = {
    onMutate: () => setDone(false),
    onSuccess: async () => {
      setEditing(false);
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: trpc.staff.coordination.pathKey() });
    },
  };
  const draft = useMutation(trpc.staff.coordination.draftPlan.mutationOptions(options));
  const update = useMutation(trpc.staff.coordination.updatePlan.mutationOptions(options));
  const current = c.plans[0];
  const canDraft = c.allowedEvents.some((e) => e.type === 'draft_plan');
  const canEdit = c.status === 'plan_drafted' && current !== undefined;
  const initial: PlanValues = current
    ? { goals: current.goals, roles: current.roles.map((r) => ({ organisationId: r.organisationId, role: r.role })), direction: current.direction, reviewDate: current.reviewDate }
    : { goals: [{ text: '' }], roles: [{ organisationId: '', role: '' }, ...(c.publicAssistance ? [{ organisationId: c.publicAssistance.officeId, role: '' }] : [])], direction: '', reviewDate: '' };
  const save = canEdit ? update : draft;
  return (
    <>
      <h2>{t('coordination.planTitle')}</h2>
      {done && !save.isError ? <Alert tone="success">{t('coordination.done')}</Alert> : null}
      <ActionError
        error={save.error}
        onReload={() => {
          save.reset();
          setEditing(false);
          void queryClient.invalidateQueries({ queryKey: trpc.staff.coordination.pathKey() });
        }}
      />
      {(canDraft || canEdit) && !editing ? (
        <Button
          variant="secondary"
          onClick={() => {
            setDone(false);
            setEditing(true);
          }}
        >
          {canEdit ? t('coordination.editPlan') : t('coordination.newPlan')}
        </Button>
      ) : null}
      {editing ? (
        <>
          <h3>{canEdit ? t('coordination.editPlan') : t('coordination.newPlan')}</h3>
          <PlanForm
            key={`${canEdit ? 'edit' : 'new'}-${c.version}`}
            organisations={organisations}
            coveredOrganisationIds={c.consentCoveredOrganisationIds}
            initial={initial}
            submitLabel={t('coordination.savePlan')}
            busy={save.isPending}
            onSubmit={(plan) => (canEdit ? update.mutate({ caseId: c.id, expectedVersion: c.version, plan }) : draft.mutate({ caseId: c.id, expectedVersion: c.version, plan }))}
          />
          <Button variant="secondary" onClick={() => setEditing(false)}>
            {t('caseDecision.cancel')}
          </Button>
        </>
      ) : null}
      {c.plans.length === 0 ? <p>{t('coordination.noPlans')}</p> : null}
      {c.plans.map((p) => (
        <article key={p.id} className="staff-card" aria-label={t('coordination.version', { version: p.version })}>
          <h3>
            {t('coordination.version', { version: p.version })} <Badge tone={p.status === 'approved' ? 'info' : 'neutral'}>{t(`coordination.planStatus.${p.status}`, { defaultValue: p.status })}</Badge>
          </h3>
          <p>{t('coordination.goals')}：</p>
          <ul>
            {p.goals.map((g, i) => (
              <li key={i}>{g.text}</li>
            ))}
          </ul>
          <p>{t('coordination.roles')}：</p>
          <ul>
            {p.roles.map((r) => (
              <li key={r.organisationId}>
                {r.organisationName}：{r.role}
              </li>
            ))}
          </ul>
          <p>
            {t('coordination.direction')}：{p.direction}
          </p>
          <p>
            {t('coordination.reviewDate')}：{formatDate(p.reviewDate)}
          </p>
        </article>
      ))}
    </>
  );
}
