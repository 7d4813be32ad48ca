import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, PageHeading, SelectField, Table, TextField, errorText } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { Loading, QueryFailure } from '../query-state.js';

const kinds = { work_experience: '就労体験', volunteering: 'ボランティア', ibasho: '居場所', watching_over: '見守り', housing_support: '居住支援', learning: '学び直し・学習', other: 'その他' } as const;
type Kind = keyof typeof kinds;

/** 参加支援の資源: capacity and conditions; existing programmes (既存事業) listed first (SPEC §3.8). */
export function ResourcesPage() {
  const { t } = useTranslation('staff');
  const { t: tu } = useTranslation('ui');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.staff.participation.findResources.queryOptions());
  const create = useMutation(trpc.staff.participation.createResource.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.staff.participation.findResources.queryKey() }) }));
  const [f, setF] = useState({ name: '', kind: 'work_experience' as Kind, capacity: '', conditions: '', existing: false });
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await create.mutateAsync({ name: f.name, kind: f.kind, capacity: f.capacity.trim() ? Number(f.capacity) : null, conditions: f.conditions, isExistingProgramme: f.existing });
      setMessage({ tone: 'success', text: t('resources.saved', { name: f.name }) });
      setF((x) => ({ ...x, name: '' }));
    } catch (err) {
      setMessage({ tone: 'error', text: errorText(err, tu) });
    }
  };
  return (
    <>
      <PageHeading title={t('resources.title')} appName={t('appName')}>
        {t('resources.title')}
      </PageHeading>
      <p>{t('resources.lead')}</p>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <form className="kasane-card" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="new-resource-title">
        <h2 id="new-resource-title">{t('resources.add')}</h2>
        <TextField label={t('resources.name')} required value={f.name} maxLength={100} onChange={(e) => setF((x) => ({ ...x, name: e.target.value }))} />
        <SelectField label={t('resources.kind')} value={f.kind} onChange={(e) => setF((x) => ({ ...x, kind: e.target.value as Kind }))}>
          {(Object.keys(kinds) as Kind[]).map((k) => (
            <option key={k} value={k}>
              {kinds[k]}
            </option>
          ))}
        </SelectField>
        <TextField label={t('resources.capacity')} inputMode="numeric" value={f.capacity} onChange={(e) => setF((x) => ({ ...x, capacity: e.target.value }))} />
        <TextField label={t('resources.conditions')} value={f.conditions} maxLength={1000} onChange={(e) => setF((x) => ({ ...x, conditions: e.target.value }))} />
        <p className="staff-check">
          <input id="existing" type="checkbox" checked={f.existing} onChange={(e) => setF((x) => ({ ...x, existing: e.target.checked }))} />
          <label htmlFor="existing">{t('resources.existing')}</label>
        </p>
        <Button type="submit" busy={create.isPending}>
          {t('resources.add')}
        </Button>
      </form>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <QueryFailure error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        <Table
          caption={t('resources.caption', { count: list.data.length })}
          rows={list.data}
          rowKey={(r) => r.id}
          empty={t('resources.empty')}
          columns={[
            {
              key: 'name',
              header: t('resources.name'),
              rowHeader: true,
              cell: (r) => (
                <>
                  {r.name} {r.isExistingProgramme ? <Badge tone="info">{t('resources.existingBadge')}</Badge> : null}
                </>
              ),
            },
            { key: 'kind', header: t('resources.kind'), cell: (r) => r.kindLabel },
            { key: 'capacity', header: t('resources.capacity'), cell: (r) => (r.capacity === null ? t('resources.noLimit') : t('resources.remaining', { remaining: r.remaining, capacity: r.capacity })) },
            { key: 'conditions', header: t('resources.conditions'), cell: (r) => r.conditions },
          ]}
        />
      ) : null}
    </>
  );
}
