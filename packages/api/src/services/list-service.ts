// Search and lists (households, persons, cases), decided in SQL (ADR 0011): the access policy's bases
// as one set-based predicate (`allowedPersonsSql`), so the filter, the exact total and the page come
// from one statement, whatever the size of the municipality. `decideAccess` stays the reference: it
// confirms the rows of the page and names each one's basis for the audit entry; a property test
// proves both agree. Only the page is loaded and recorded as read (audit, ledger); a row without a
// basis never leaves the database and never appears in the audit.
import { householdListHints } from './casework/household-view-service.js';
import { findCasePage, findHouseholdPage, findPersonPage, listOrganisations, loadCaseListRows, loadHouseholdListRows, loadPersonListRows } from '@kasane/db';
import type { AccessScope, ListFilter, Tx } from '@kasane/db';
import { accessBasisLabels, caseStatusLabels, getIssue, issueCatalogue, issueIds, normaliseKana } from '@kasane/domain';
import type { AccessBasis, CaseStatus, IssueId } from '@kasane/domain';
import type { StaffActor } from '../context.js';
import { decidePersons, recordPersonsRead } from './access/person-access.js';
import type { PersonDecision } from './access/person-access.js';
import type { TListFilter } from './intake/schemas.js';

const purposeOf = (actor: StaffActor) => (actor.role === 'auditor' ? 'audit' : 'support');

export function accessScope(actor: StaffActor, now: Date): AccessScope {
  return { municipalityCode: actor.municipalityCode, organisationId: actor.organisationId, role: actor.role, purpose: purposeOf(actor), now };
}

function filterOf(input: TListFilter): ListFilter {
  const issues = input.issueId ? [input.issueId] : input.field ? issueCatalogue.filter((i) => i.fields.includes(input.field as never)).map((i) => i.id) : undefined;
  const q = input.q ? { kanaKey: normaliseKana(input.q), nameKey: input.q.normalize('NFKC').replace(/\s+/gu, '') } : undefined;
  return { q, status: input.status, organisationId: input.organisationId, coordinatorUserId: input.coordinatorUserId, issueIds: issues, skip: (input.page - 1) * input.pageSize, take: input.pageSize };
}

/**
 * The policy's decision for the persons of one page (nothing recorded yet). The identity is the
 * organisation's own record when it created the person (the same rule as the SQL's own-record basis).
 */
async function decidePage(tx: Tx, actor: StaffActor, persons: { id: string; ownRecord: boolean }[], now: Date): Promise<Map<string, PersonDecision>> {
  const unique = [...new Map(persons.map((p) => [p.id, p])).values()];
  return decidePersons(tx, actor, {
    action: 'read',
    purpose: purposeOf(actor),
    recordType: 'List',
    now,
    persons: unique.map((p) => (p.ownRecord ? { personId: p.id, origin: { kind: 'case_record', recordedByOrganisationId: actor.organisationId } } : { personId: p.id })),
  });
}

// The SQL and the policy agree (access-sql.prop.test.ts); should they ever not, the row is withheld
// rather than shown without a basis — fail closed.
const basisOf = (d: PersonDecision | undefined): AccessBasis | undefined => (d?.allowed ? d.basis : undefined);

/** One audit entry for the page's persons (those shown, nobody else), with their bases. */
async function recordPage(tx: Tx, actor: StaffActor, recordType: string, now: Date, shown: { personId: string; basis: AccessBasis }[]) {
  const unique = [...new Map(shown.map((s) => [s.personId, s])).values()];
  await recordPersonsRead(tx, actor, { action: 'read', purpose: purposeOf(actor), recordType, now }, unique);
}

const issueView = (ids: string[]) => ids.filter((id): id is IssueId => (issueIds as readonly string[]).includes(id)).map((id) => ({ id, label: getIssue(id).label }));

export async function findPersons(tx: Tx, actor: StaffActor, input: TListFilter, now: Date) {
  const found = await findPersonPage(tx, accessScope(actor, now), filterOf(input));
  const decisions = await decidePage(tx, actor, found.ids, now);
  const rows = await loadPersonListRows(tx, actor.municipalityCode, found.ids.map((p) => p.id));
  const shown = rows.flatMap((row) => {
    const basis = basisOf(decisions.get(row.id));
    return basis ? [{ row, basis }] : [];
  });
  await recordPage(tx, actor, 'PersonList', now, shown.map((s) => ({ personId: s.row.id, basis: s.basis })));
  const items = shown.map(({ row, basis }) => ({ ...row, basis: { kind: basis.kind, label: accessBasisLabels[basis.kind] } }));
  return { total: found.total, page: input.page, pageSize: input.pageSize, items };
}

export async function findHouseholds(tx: Tx, actor: StaffActor, input: TListFilter, now: Date) {
  const found = await findHouseholdPage(tx, accessScope(actor, now), filterOf(input));
  const decisions = await decidePage(tx, actor, found.ids.flatMap((h) => h.members), now);
  // A household is listed when at least one of its members may be read; only those members count as read.
  const members = new Map(
    found.ids.map((h) => [
      h.id,
      h.members.flatMap((m) => {
        const basis = basisOf(decisions.get(m.id));
        return basis ? [{ personId: m.id, basis }] : [];
      }),
    ]),
  );
  const rows = (await loadHouseholdListRows(tx, actor.municipalityCode, found.ids.map((h) => h.id))).filter((r) => (members.get(r.id)?.length ?? 0) > 0);
  const hints = await householdListHints(tx, actor.municipalityCode, new Map(rows.map((r) => [r.id, (members.get(r.id) ?? []).map((m) => m.personId)])), now);
  const items = rows.map((r) => ({ ...r, visibleMemberCount: members.get(r.id)?.length ?? 0, initials: hints.get(r.id)?.initials ?? [], primaryAgeBand: hints.get(r.id)?.primaryAgeBand ?? null }));
  await recordPage(tx, actor, 'HouseholdList', now, rows.flatMap((r) => members.get(r.id) ?? []));
  return { total: found.total, page: input.page, pageSize: input.pageSize, items };
}

export async function findCases(tx: Tx, actor: StaffActor, input: TListFilter, now: Date) {
  const found = await findCasePage(tx, accessScope(actor, now), filterOf(input));
  const decisions = await decidePage(tx, actor, found.ids.map((c) => ({ id: c.primaryPersonId, ownRecord: c.ownRecord })), now);
  const [rows, organisations] = await Promise.all([loadCaseListRows(tx, actor.municipalityCode, found.ids.map((c) => c.id)), listOrganisations(tx, actor.municipalityCode)]);
  const orgName = (id: string | null) => (id ? (organisations.find((o) => o.id === id)?.name ?? '') : null);
  const shown = rows.flatMap((row) => {
    const basis = basisOf(decisions.get(row.primaryPersonId));
    return basis ? [{ row, basis }] : [];
  });
  await recordPage(tx, actor, 'CaseList', now, shown.map((s) => ({ personId: s.row.primaryPersonId, basis: s.basis })));
  const items = shown.map(({ row: r, basis }) => ({
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
    basis: { kind: basis.kind, label: accessBasisLabels[basis.kind] },
  }));
  return { total: found.total, page: input.page, pageSize: input.pageSize, items };
}
