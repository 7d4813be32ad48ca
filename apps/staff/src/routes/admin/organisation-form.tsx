import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, SelectField, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Refusal } from './refusal.js';

const kinds = ['municipal_department', 'community_general_support_center', 'disability_consultation', 'child_support', 'social_welfare_council', 'public_assistance_office', 'npo', 'volunteer_commissioners'] as const;

/** Another organisation of the municipality, so accounts can belong to it. */
export function OrganisationForm() {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<(typeof kinds)[number]>('municipal_department');
  const [nameError, setNameError] = useState<string | undefined>();
  const create = useMutation(
    trpc.staff.account.createOrganisation.mutationOptions({
      onSuccess: async () => {
        setName('');
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.staff.account.find.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.staff.organisation.find.queryKey() }),
        ]);
      },
    }),
  );
  return (
    <form
      noValidate
      className="staff-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) {
          setNameError(t('accounts.required.organisationName'));
          return;
        }
        setNameError(undefined);
        create.mutate({ name: name.trim(), kind });
      }}
    >
      {create.isSuccess ? <Alert tone="success">{t('accounts.organisationAdded', { name: create.data.name })}</Alert> : null}
      <Refusal error={create.error} />
      <TextField label={t('accounts.organisationName')} required value={name} error={nameError} onChange={(e) => setName(e.target.value)} />
      <SelectField label={t('accounts.organisationKindLabel')} required value={kind} onChange={(e) => setKind(e.target.value as (typeof kinds)[number])}>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {t(`organisationKind.${k}`, { defaultValue: k })}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" busy={create.isPending}>
        {create.isPending ? t('accounts.addingOrganisation') : t('accounts.addOrganisation')}
      </Button>
    </form>
  );
}
