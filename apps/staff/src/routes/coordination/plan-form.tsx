import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert, Button, SelectField, TextAreaField, TextField } from '@kasane/ui';
import { fieldError, zodResolver } from './form-kit.js';

export type PlanValues = { goals: { text: string }[]; roles: { organisationId: string; role: string }[]; direction: string; reviewDate: string };

export function PlanForm({
  organisations,
  coveredOrganisationIds,
  initial,
  submitLabel,
  busy,
  onSubmit,
}: {
  organisations: { id: string; name: string }[];
  /** the organisations the person's consent covers now: a role given to another is warned about before saving (C3) */
  coveredOrganisationIds?: readonly string[];
  initial: PlanValues;
  submitLabel: string;
  busy: boolean;
  onSubmit: (values: PlanValues) => void;
}) {
  const { t } = useTranslation('staff');
  const schema = z.object({
    goals: z.array(z.object({ text: z.string().trim().min(1, t('coordination.goalRequired')) })).min(1, t('coordination.goalsRequired')),
    roles: z
      .array(z.object({ organisationId: z.string().min(1, t('coordination.orgRequired')), role: z.string().trim().min(1, t('coordination.roleRequired')) }))
      .min(1, t('coordination.rolesRequired')),
    direction: z.string().trim().min(1, t('coordination.directionRequired')),
    reviewDate: z.string().min(1, t('coordination.dateRequired')),
  });
  const { register, control, handleSubmit, formState, watch } = useForm<PlanValues>({ resolver: zodResolver(schema), defaultValues: initial });
  const uncovered = coveredOrganisationIds
    ? [...new Set(watch('roles').map((r) => r.organisationId))].filter((id) => id && !coveredOrganisationIds.includes(id)).map((id) => organisations.find((o) => o.id === id)?.name ?? id)
    : [];
  const goals = useFieldArray({ control, name: 'goals' });
  const roles = useFieldArray({ control, name: 'roles' });
  const e = formState.errors;
  return (
    <form noValidate onSubmit={(ev) => void handleSubmit(onSubmit)(ev)} className="staff-form">
      <fieldset className="staff-fieldset">
        <legend>{t('coordination.goals')}</legend>
        {goals.fields.map((f, i) => (
          <div key={f.id} className="staff-row">
            <TextField label={t('coordination.goal', { n: i + 1 })} required error={fieldError(e.goals?.[i]?.text)} {...register(`goals.${i}.text`)} />
            {goals.fields.length > 1 ? (
              <Button variant="text" size="small" onClick={() => goals.remove(i)}>
                {t('coordination.removeGoal', { n: i + 1 })}
              </Button>
            ) : null}
          </div>
        ))}
        {e.goals?.message ? <p className="kasane-field__error">{e.goals.message}</p> : null}
        <Button variant="secondary" size="small" onClick={() => goals.append({ text: '' })}>
          {t('coordination.addGoal')}
        </Button>
      </fieldset>
      <fieldset className="staff-fieldset">
        <legend>{t('coordination.roles')}</legend>
        {roles.fields.map((f, i) => (
          <div key={f.id} className="staff-row">
            <SelectField label={`${t('coordination.organisation')} ${i + 1}`} required error={fieldError(e.roles?.[i]?.organisationId)} {...register(`roles.${i}.organisationId`)}>
              <option value="">{t('coordination.choose')}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </SelectField>
            <TextField label={`${t('coordination.roleText')} ${i + 1}`} required error={fieldError(e.roles?.[i]?.role)} {...register(`roles.${i}.role`)} />
            {roles.fields.length > 1 ? (
              <Button variant="text" size="small" onClick={() => roles.remove(i)}>
                {t('coordination.removeRole', { n: i + 1 })}
              </Button>
            ) : null}
          </div>
        ))}
        {e.roles?.message ? <p className="kasane-field__error">{e.roles.message}</p> : null}
        {uncovered.length ? <Alert tone="warning">{t('caseDecision.planConsentWarning', { names: uncovered.join('、') })}</Alert> : null}
        <Button variant="secondary" size="small" onClick={() => roles.append({ organisationId: '', role: '' })}>
          {t('coordination.addRole')}
        </Button>
      </fieldset>
      <TextAreaField label={t('coordination.direction')} required error={fieldError(e.direction)} {...register('direction')} />
      <TextField type="date" label={t('coordination.reviewDate')} required error={fieldError(e.reviewDate)} {...register('reviewDate')} />
      <Button type="submit" busy={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
