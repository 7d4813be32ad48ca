// Search and lists (households, persons, cases): the SQL keeps rows the organisation has a plausible
// ground for and pages them sorted by the kana key; the access policy then confirms each row of the
// page (and audits it), so a row without a basis never leaves the service.
import { findCaseRows, findHouseholdRows, findPersonRows, listOrganisations } from '@kasane/db';
import type { ListFilter, Tx, Viewer } from '@kasane/db';
import { accessBasisLabels, caseStatusLabels, getIssue, issueCatalogue, issueIds, normaliseKana } from '@kasane/domain';
import type { CaseStatus, IssueId } from '@kasane/domain';
import type { StaffActor } from '../context.js';
import { accessPersons } from './access/person-access.js';
import { identityOrigins } from './access/own-record.js';
import type { TListFilter } from './intake/schemas.js';

function viewer(actor: StaffActor, now: Date): Viewer {
  const auditor = actor.role === 'auditor';
  return { municipalityCode: actor.municipalityCode, organisationId: actor.organisationId, purpose: auditor ? 'audit' : 'support', allRows: auditor, now };
}

function filterOf(input: TListFilter): ListFilter {
  const issues = input.issueId ? [input.issueId] : input.field ? issueCatalogue.filter((i) => i.fields.includes(input.field as never)).map((i) => i.id) : undefined;
  const q = input.q ? { kanaKey: normaliseKana(input.q), nameKey: input.q.normalize('NFKC').replace(/\s+/gu, '') } : undefined;
  return { q, status: input.status, organisationId: input.organisationId, coordinatorUserId: input.coordinatorUserId, issueIds: issues, skip: (input.page - 1) * input.pageSize, take: input.pageSize };
}

async function confirm(tx: Tx, actor: StaffActor, personIds: string[], recordType: string, now: Date) {
  const origins = await identityOrigins(tx, actor, personIds);
  return accessPersons(tx, actor, {
    action: 'read',
    purpose: actor.role === 'auditor' ? 'audit' : 'support',
    recordType,
    now,
    persons: personIds.map((personId) => {
      const origin = origins.get(personId);
      return origin ? { personId, origin } : { personId };
    }),
  });
}

const issueView = (ids: string[]) => ids.filter((id): id is IssueId => (issueIds as readonly string[]).includes(id)).map((id) => ({ id, label: getIssue(id).label }));

export async function findPersons(tx: Tx, actor: StaffActor, input: TListFilter, now: Date) {
  const { rows, total } = await findPersonRows(tx, viewer(actor, now), filterOf(input));
  const decisions = await confirm(tx, actor, rows.map((r) => r.id), 'PersonList', now);
  const items = rows.flatMap((r) => {
    const d = decisions.get(r.id);
    if (!d?.allowed) return [];
    return [{ ...r, basis: { kind: d.basis.kind, label: accessBasisLabels[d.basis.kind] } }];
  });
  return { total, page: input.page, pageSize: input.pageSize, items, withheld: rows.length - items.length };
}

export async function findHouseholds(tx: Tx, actor: StaffActor, input: TListFilter, now: Date) {
  const { rows, total } = await findHouseholdRows(tx, viewer(actor, now), filterOf(input));
  const decisions = await confirm(tx, actor, rows.flatMap((r) => r.personIds), 'HouseholdList', now);
  const items = rows.flatMap((r) => {
    const allowedIds = r.personIds.filter((id) => decisions.get(id)?.allowed);
    if (allowedIds.length === 0) return [];
    return [{ id: r.id, address: r.address, onPublicAssistance: r.onPublicAssistance, memberCount: r.memberCount, visibleMemberCount: allowedIds.length, openCases: r.openCases }];
  });
  return { total, page: input.page, pageSize: input.pageSize, items, withheld: rows.length - items.length };
}

export async function findCases(tx: Tx, actor: StaffActor, input: TListFilter, now: Date) {
  const { rows, total } = await findCaseRows(tx, viewer(actor, now), filterOf(input));
  const [decisions, organisations] = await Promise.all([confirm(tx, actor, [...new Set(rows.map((r) => r.primaryPersonId))], 'CaseList', now), listOrganisations(tx, actor.municipalityCode)]);
  const orgName = (id: string | null) => (id ? (organisations.find((o) => o.id === id)?.name ?? '') : null);
  const items = rows.flatMap((r) => {
    const d = decisions.get(r.primaryPersonId);
    if (!d?.allowed) return [];
    return [
      {
        id: r.id,
        householdId: r.householdId,
        primaryPersonId: r.primaryPersonId,
        name: `${r.familyName} ${r.givenName}`.trim(),
        kana: `${r.familyNameKana} ${r.givenNameKana}`.trim(),
        status: r.status,
        statusLabel: caseStatusLabels[r.status as CaseStatus] ?? r.status,
        issues: issueView(r.issueIds),
        owner: orgName(r.ownerOrganisationId),
        lead: orgName(r.leadOrganisationId),
        coordinatorUserId: r.coordinatorUserId,
        openedAt: r.openedAt,
        basis: { kind: d.basis.kind, label: accessBasisLabels[d.basis.kind] },
      },
    ];
  });
  return { total, page: input.page, pageSize: input.pageSize, items, withheld: rows.length - items.length };
}
