// The case page's アセスメント (issue #10 item 7): the latest sheet as the form reads it, 強み always shown, earlier
// versions kept, the genogram/ecomap, and the form for a new version (starting from the latest).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, SelectField, TextAreaField, TextField } from '@kasane/ui';
import { issueIds as issueIdList, assessmentFieldLabels, assessmentFields, employmentStatusLabels, housingKindLabels, relationKindLabels, sexLabels, urgencyLabels } from '@kasane/domain';
import type { AssessmentField, AssessmentSheet, IssueId, RelationKind, Sex, Urgency } from '@kasane/domain';
import { useTrpc } from '../../api.js';
import { ActionError } from '../coordination/form-kit.js';
import { Loading, QueryFailure } from '../query-state.js';
import { Genogram } from './genogram.js';

type Member = { id: string; label: string };
const options = <K extends string>(labels: Readonly<Record<K, string>>) => Object.entries(labels) as [K, string][];

const empty = (issueIds: IssueId[]): AssessmentSheet => ({
  chiefComplaint: '', wishes: '', situations: [], issueIds, employment: null, housing: null, members: [], relatives: [], memberIssues: [], strengths: '', urgency: 'low', urgencyNote: '',
});

function SheetForm({ start, members, onSave, pending }: { start: AssessmentSheet; members: Member[]; onSave: (s: AssessmentSheet) => void; pending: boolean }) {
  const { t } = useTranslation('staff');
  const [s, set] = useState<AssessmentSheet>(start);
  const situation = (f: AssessmentField) => s.situations.find((x) => x.field === f)?.situation ?? '';
  const setSituation = (f: AssessmentField, text: string) => set({ ...s, situations: [...s.situations.filter((x) => x.field !== f), ...(text.trim() ? [{ field: f, situation: text }] : [])] });
  const member = (id: string) => s.members.find((m) => m.personId === id) ?? { personId: id, sex: null, deceased: false };
  const setMember = (id: string, sex: Sex | null) => set({ ...s, members: [...s.members.filter((m) => m.personId !== id), ...(sex ? [{ ...member(id), sex }] : [])] });
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSave({ ...s, situations: assessmentFields.flatMap((f) => s.situations.filter((x) => x.field === f)) }); }}>
      <TextAreaField label={t('forms.assessment.chiefComplaint')} required rows={3} value={s.chiefComplaint} onChange={(e) => set({ ...s, chiefComplaint: e.target.value })} />
      <TextAreaField label={t('forms.assessment.wishes')} required rows={3} value={s.wishes} onChange={(e) => set({ ...s, wishes: e.target.value })} />
      <fieldset>
        <legend>{t('forms.assessment.situations')}</legend>
        {assessmentFields.map((f) => (
          <TextAreaField key={f} label={assessmentFieldLabels[f]} rows={2} value={situation(f)} onChange={(e) => setSituation(f, e.target.value)} />
        ))}
      </fieldset>
      <SelectField label={`${t('forms.assessment.employment')}（${t('forms.assessment.reported')}）`} value={s.employment ?? ''} onChange={(e) => set({ ...s, employment: (e.target.value || null) as AssessmentSheet['employment'] })}>
        <option value="">{t('forms.assessment.notRecorded')}</option>
        {options(employmentStatusLabels).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
      </SelectField>
      <SelectField label={`${t('forms.assessment.housing')}（${t('forms.assessment.reported')}）`} value={s.housing ?? ''} onChange={(e) => set({ ...s, housing: (e.target.value || null) as AssessmentSheet['housing'] })}>
        <option value="">{t('forms.assessment.notRecorded')}</option>
        {options(housingKindLabels).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
      </SelectField>
      <fieldset>
        <legend>{t('forms.assessment.memberIssues')}</legend>
        {members.map((m) => (
          <div key={m.id}>
            <SelectField label={`${m.label}：性別`} value={member(m.id).sex ?? ''} onChange={(e) => setMember(m.id, (e.target.value || null) as Sex | null)}>
              <option value="">{t('forms.assessment.notRecorded')}</option>
              {options(sexLabels).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
            </SelectField>
            {assessmentFields.map((f) => {
              const issue = s.memberIssues.find((x) => x.personId === m.id && x.field === f)?.issue ?? '';
              return (
                <TextField key={f} label={`${m.label}：${assessmentFieldLabels[f]}`} value={issue} onChange={(e) => set({ ...s, memberIssues: [...s.memberIssues.filter((x) => !(x.personId === m.id && x.field === f)), ...(e.target.value.trim() ? [{ personId: m.id, field: f, issue: e.target.value }] : [])] })} />
              );
            })}
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('genogram.title')}</legend>
        {s.relatives.map((r, i) => (
          <div key={r.key}>
            <TextField label={`家族${i + 1}（呼び方）`} value={r.label} onChange={(e) => set({ ...s, relatives: s.relatives.map((x) => (x.key === r.key ? { ...x, label: e.target.value } : x)) })} />
            <SelectField label="誰の" value={r.relationTo} onChange={(e) => set({ ...s, relatives: s.relatives.map((x) => (x.key === r.key ? { ...x, relationTo: e.target.value } : x)) })}>
              {members.map((m) => <option key={m.id} value={m.id}>{m.label}</option>)}
            </SelectField>
            <SelectField label="続柄" value={r.kind} onChange={(e) => set({ ...s, relatives: s.relatives.map((x) => (x.key === r.key ? { ...x, kind: e.target.value as RelationKind } : x)) })}>
              {options(relationKindLabels).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
            </SelectField>
            <SelectField label="性別" value={r.sex ?? ''} onChange={(e) => set({ ...s, relatives: s.relatives.map((x) => (x.key === r.key ? { ...x, sex: (e.target.value || null) as Sex | null } : x)) })}>
              <option value="">{t('forms.assessment.notRecorded')}</option>
              {options(sexLabels).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
            </SelectField>
            <label>
              <input type="checkbox" checked={r.deceased} onChange={(e) => set({ ...s, relatives: s.relatives.map((x) => (x.key === r.key ? { ...x, deceased: e.target.checked } : x)) })} /> 死亡
            </label>
          </div>
        ))}
        {members[0] ? (
          <Button variant="secondary" onClick={() => set({ ...s, relatives: [...s.relatives, { key: `r${Date.now()}`, label: '', sex: null, deceased: false, relationTo: members[0]?.id ?? '', kind: 'parent' }] })}>
            家族（世帯外）を追加
          </Button>
        ) : null}
      </fieldset>
      <TextAreaField label={t('forms.assessment.strengths')} rows={3} value={s.strengths} onChange={(e) => set({ ...s, strengths: e.target.value })} />
      <SelectField label={t('forms.assessment.urgency')} value={s.urgency} onChange={(e) => set({ ...s, urgency: e.target.value as Urgency })}>
        {options(urgencyLabels).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
      </SelectField>
      <TextAreaField label={`${t('forms.assessment.urgency')}の所見`} rows={2} value={s.urgencyNote} onChange={(e) => set({ ...s, urgencyNote: e.target.value })} />
      <Button type="submit" busy={pending}>アセスメントを保存（新しい版）</Button>
    </form>
  );
}

export function AssessmentSection({ caseId, issueIds }: { caseId: string; issueIds: readonly string[] }) {
  const { t } = useTranslation('staff');
  const trpc = useTrpc();
  const qc = useQueryClient();
  const versions = useQuery(trpc.staff.assessment.versions.queryOptions({ caseId }));
  const genogram = useQuery(trpc.staff.assessment.genogram.queryOptions({ caseId }));
  const save = useMutation(trpc.staff.assessment.record.mutationOptions({ onSuccess: () => { void qc.invalidateQueries(); setEditing(false); } }));
  const [editing, setEditing] = useState(false);
  if (versions.isPending || genogram.isPending) return <Loading />;
  if (versions.isError) return <QueryFailure error={versions.error} onRetry={() => void versions.refetch()} />;
  if (genogram.isError) return <QueryFailure error={genogram.error} onRetry={() => void genogram.refetch()} />;
  const [latest, ...older] = versions.data.versions;
  const members: Member[] = genogram.data.persons.flatMap((p) => ('personId' in p && typeof p.personId === 'string' ? [{ id: p.personId, label: p.isSubject ? `本人（${p.label}）` : p.label }] : []));
  return (
    <section aria-labelledby="assessment-h" className="staff-section">
      <h2 id="assessment-h">{t('forms.titles.assessment')}</h2>
      {latest ? (
        <>
          <p>{t('forms.assessment.version', { version: latest.version, date: latest.writtenAtWareki, by: `${latest.writtenBy}（${latest.writtenByOrganisation}）` })}</p>
          <dl className="kasane-dl">
            <dt>{t('forms.assessment.chiefComplaint')}</dt>
            <dd className="forms-text">{latest.chiefComplaint}</dd>
            <dt>{t('forms.assessment.wishes')}</dt>
            <dd className="forms-text">{latest.wishes}</dd>
            {latest.situations.map((x) => (
              <div key={x.field}>
                <dt>{x.fieldLabel}</dt>
                <dd className="forms-text">{x.situation}</dd>
              </div>
            ))}
            <dt>{t('forms.assessment.strengths')}</dt>
            <dd className="forms-text">{latest.strengths || t('forms.assessment.notRecorded')}</dd>
            <dt>{t('forms.assessment.urgency')}</dt>
            <dd>{latest.urgency.label}</dd>
          </dl>
          {older.length > 0 ? (
            <details>
              <summary>以前の版（{older.length}件）</summary>
              <ul>
                {older.map((v) => (
                  <li key={v.version} className="forms-text">{`第${v.version}版 ${v.writtenAtWareki}：${v.chiefComplaint}`}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : (
        <p>{t('forms.assessment.noSheet')}</p>
      )}
      <Genogram persons={genogram.data.persons} relations={genogram.data.relations} organisations={genogram.data.organisations} />
      {save.isSuccess ? <Alert tone="success" live>保存しました。</Alert> : null}
      <ActionError error={save.error} />
      {editing ? (
        <SheetForm start={latest?.sheet ?? empty(issueIds.filter((id): id is IssueId => (issueIdList as readonly string[]).includes(id)))} members={members} pending={save.isPending} onSave={(sheet) => save.mutate({ caseId, expectedVersion: latest?.version ?? 0, sheet })} />
      ) : (
        <Button variant="secondary" onClick={() => setEditing(true)}>
          {latest ? 'アセスメントシートを見直す' : 'アセスメントシートを記録する'}
        </Button>
      )}
    </section>
  );
}
