// The small forms of the case's steps, each shown in the app's dialog: referral to 多機関協働, 引継ぎ and 再開.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SelectField, TextAreaField } from '@kasane/ui';
import { SubmitCancel, fieldError, zodResolver } from './form-kit.js';

function OrganisationForm(props: { label: string; hint?: string; submit: string; options: readonly { id: string; name: string }[]; busy: boolean; onCancel: () => void; onSubmit: (id: string) => void }) {
  const { t } = useTranslation('staff');
  const [id, setId] = useState('');
  return (
    <form
      className="staff-form"
      onSubmit={(ev) => {
        ev.preventDefault();
        props.onSubmit(id);
      }}
    >
      <SelectField label={props.label} required {...(props.hint ? { hint: props.hint } : {})} value={id} onChange={(e) => setId(e.target.value)}>
        <option value="">{t('coordination.choose')}</option>
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <SubmitCancel label={props.submit} busy={props.busy} onCancel={props.onCancel} />
    </form>
  );
}

type Choice = { options: readonly { id: string; name: string }[]; busy: boolean; onCancel: () => void; onSubmit: (id: string) => void };

export function ReferForm(props: Choice) {
  const { t } = useTranslation('staff');
  return <OrganisationForm {...props} label={t('coordination.coordinator')} hint={t('coordination.referHint')} submit={t('coordination.refer')} />;
}

export function HandOverForm(props: Choice) {
  const { t } = useTranslation('staff');
  return <OrganisationForm {...props} label={t('coordination.leadOrganisation')} submit={t('coordination.handOver')} />;
}

export function ReopenForm({ busy, onCancel, onSubmit }: { busy: boolean; onCancel: () => void; onSubmit: (reason: string) => void }) {
  const { t } = useTranslation('staff');
  const schema = z.object({ reason: z.string().trim().min(1, t('coordination.reasonRequired')) });
  const { register, handleSubmit, formState } = useForm<{ reason: string }>({ resolver: zodResolver(schema), defaultValues: { reason: '' } });
  return (
    <form noValidate className="staff-form" onSubmit={(ev) => void handleSubmit((v) => onSubmit(v.reason))(ev)}>
      <TextAreaField label={t('coordination.reason')} required error={fieldError(formState.errors.reason)} {...register('reason')} />
      <SubmitCancel label={t('coordination.reopen')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
