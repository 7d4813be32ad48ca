import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, SelectField, TextField } from '@kasane/ui';
import { useTrpc } from '../../api.js';
import { ActionError } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { useMaySupport } from './may-support.js';

const relationKinds = ['parent', 'child', 'spouse', 'sibling', 'grandparent', 'grandchild', 'other'] as const;
type RelationKind = (typeof relationKinds)[number];
const asKind = (v: string): RelationKind => (relationKinds as readonly string[]).includes(v) ? (v as RelationKind) : 'other';

export interface VisibleMember {
  id: string;
  name: string;
}

const emptyPerson = { familyName: '', givenName: '', familyNameKana: '', givenNameKana: '', birthDate: '' };

/** 主たる相談者, 続柄 (同居/別居), 世帯員追加・分離・世帯統合 and the history of changes (issue #10). */
export function HouseholdMembersPanel({ householdId, members }: { householdId: string; members: VisibleMember[] }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const shape = useQuery(trpc.staff.householdMember.shape.queryOptions({ householdId }));
  const maySupport = useMaySupport();
  const [done, setDone] = useState<string | null>(null);
  const [person, setPerson] = useState(emptyPerson);
  const [relation, setRelation] = useState<{ toPersonId: string; kind: RelationKind; livesTogether: boolean }>({ toPersonId: '', kind: 'child', livesTogether: true });
  const [merge, setMerge] = useState({ mergedId: '', reason: '' });
  const [separate, setSeparate] = useState({ personId: '', address: '' });
  const after = (message: string, clear: () => void) => async () => {
    clear();
    setDone(message);
    await queryClient.invalidateQueries({ queryKey: trpc.staff.household.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.staff.householdMember.pathKey() });
  };
  const add = useMutation(trpc.staff.householdMember.add.mutationOptions({ onSuccess: after(t('householdMembers.added'), () => setPerson(emptyPerson)) }));
  const doMerge = useMutation(trpc.staff.householdMember.merge.mutationOptions({ onSuccess: after(t('householdMembers.merged'), () => setMerge({ mergedId: '', reason: '' })) }));
  const doSeparate = useMutation(trpc.staff.householdMember.separate.mutationOptions({ onSuccess: after(t('householdMembers.separated'), () => setSeparate({ personId: '', address: '' })) }));
  const setPrimary = useMutation(trpc.staff.householdMember.setPrimary.mutationOptions({ onSuccess: after(t('householdMembers.primary'), () => undefined) }));
  if (shape.isPending) return <Loading />;
  if (shape.isError) return <QueryFailure error={shape.error} onRetry={() => void shape.refetch()} />;
  const s = shape.data;
  const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? '—';
  const error = add.error ?? doMerge.error ?? doSeparate.error ?? setPrimary.error;

  return (
    <section aria-labelledby="hh-shape" className="staff-section">
      <h2 id="hh-shape">{t('householdMembers.title')}</h2>
      {done && !error ? <Alert tone="success">{done}</Alert> : null}
      <ActionError error={error} />
      <dl className="staff-facts">
        <dt>{t('householdMembers.primary')}</dt>
        <dd>{s.primaryPersonId ? nameOf(s.primaryPersonId) : t('casework.none')}</dd>
        <dt>{t('householdMembers.relations')}</dt>
        <dd>
          {s.relations.length === 0 ? t('householdMembers.noRelations') : null}
          <ul>
            {s.relations.map((r) => (
              <li key={`${r.personId}-${r.relatedPersonId}`}>
                {t('householdMembers.relationRow', { to: nameOf(r.personId), who: nameOf(r.relatedPersonId), label: r.label, living: r.livesTogether ? t('householdMembers.together') : t('householdMembers.apart') })}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {maySupport ? (
        <>
      <div className="staff-buttons">
        {members
          .filter((m) => m.id !== s.primaryPersonId)
          .map((m) => (
            <Button key={m.id} variant="secondary" size="small" busy={setPrimary.isPending} onClick={() => setPrimary.mutate({ householdId, personId: m.id })}>
              {m.name}：{t('householdMembers.setPrimary')}
            </Button>
          ))}
      </div>

      <form
        className="staff-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          add.mutate({
            householdId,
            person: { familyName: person.familyName, givenName: person.givenName, familyNameKana: person.familyNameKana, givenNameKana: person.givenNameKana, ...(person.birthDate ? { birthDate: person.birthDate } : {}) },
            ...(relation.toPersonId ? { relation } : {}),
          });
        }}
      >
        <h3>{t('householdMembers.addTitle')}</h3>
        <p>{t('householdMembers.addHint')}</p>
        <TextField label={t('householdMembers.familyName')} required value={person.familyName} onChange={(e) => setPerson({ ...person, familyName: e.target.value })} />
        <TextField label={t('householdMembers.givenName')} value={person.givenName} onChange={(e) => setPerson({ ...person, givenName: e.target.value })} />
        <TextField label={t('householdMembers.familyNameKana')} required value={person.familyNameKana} onChange={(e) => setPerson({ ...person, familyNameKana: e.target.value })} />
        <TextField label={t('householdMembers.givenNameKana')} value={person.givenNameKana} onChange={(e) => setPerson({ ...person, givenNameKana: e.target.value })} />
        <TextField label={t('householdMembers.birthDate')} type="date" value={person.birthDate} onChange={(e) => setPerson({ ...person, birthDate: e.target.value })} />
        <SelectField label={t('householdMembers.relationTo')} value={relation.toPersonId} onChange={(e) => setRelation({ ...relation, toPersonId: e.target.value })}>
          <option value="">{t('casework.choose')}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('householdMembers.relationKind')} value={relation.kind} onChange={(e) => setRelation({ ...relation, kind: asKind(e.target.value) })}>
          {relationKinds.map((k) => (
            <option key={k} value={k}>
              {t(`householdMembers.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <label className="staff-check">
          <input type="checkbox" checked={relation.livesTogether} onChange={(e) => setRelation({ ...relation, livesTogether: e.target.checked })} /> {t('householdMembers.livesTogether')}
        </label>
        <Button type="submit" busy={add.isPending}>
          {t('householdMembers.add')}
        </Button>
      </form>

      <form
        className="staff-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          doSeparate.mutate({ personIds: [separate.personId], address: separate.address });
        }}
      >
        <h3>{t('householdMembers.separateTitle')}</h3>
        <SelectField label={t('householdMembers.separatePerson')} required value={separate.personId} onChange={(e) => setSeparate({ ...separate, personId: e.target.value })}>
          <option value="">{t('casework.choose')}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <TextField label={t('householdMembers.address')} required value={separate.address} onChange={(e) => setSeparate({ ...separate, address: e.target.value })} />
        <Button type="submit" variant="secondary" busy={doSeparate.isPending}>
          {t('householdMembers.separate')}
        </Button>
      </form>

      <form
        className="staff-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          doMerge.mutate({ survivorId: householdId, mergedId: merge.mergedId.trim(), reason: merge.reason });
        }}
      >
        <h3>{t('householdMembers.mergeTitle')}</h3>
        <p>{t('householdMembers.mergeHint')}</p>
        <TextField label={t('householdMembers.mergedId')} required value={merge.mergedId} onChange={(e) => setMerge({ ...merge, mergedId: e.target.value })} />
        <TextField label={t('householdMembers.mergeReason')} required value={merge.reason} onChange={(e) => setMerge({ ...merge, reason: e.target.value })} />
        <Button type="submit" variant="secondary" busy={doMerge.isPending}>
          {t('householdMembers.merge')}
        </Button>
      </form>
        </>
      ) : null}

      <h3>{t('householdMembers.changes')}</h3>
      {s.changes.length === 0 ? <p>{t('householdMembers.noChanges')}</p> : null}
      <ul>
        {s.changes.map((c) => (
          <li key={c.id}>
            {t('householdMembers.changeRow', { label: c.label, count: c.persons })}：{t('householdMembers.changedBy', { name: c.changedBy, at: c.changedAtWareki })}
            {c.reason ? `（${c.reason}）` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
