// アクセス記録 (issue #9): the municipality's audit log for its 監査担当 (and administrator): who read
// or changed whose data, when, on which basis; filters; CSV for Excel. Reading the log is itself
// audited, naming the filters used (ids and dates only, no names).
import { stringify } from 'csv-stringify/sync';
import { findAuditEntries, listMunicipalAccounts, listOrganisations } from '@kasane/db';
import type { AuditLogFilter, Tx } from '@kasane/db';
import { auditActionLabel, auditActionLabels, auditBasisLabel, disclosedRecordLabel, formatDisplayDate, roleLabels } from '@kasane/domain';
import type { Role } from '@kasane/domain';
import type { StaffActor } from '../context.js';
import { auditAs } from './audit-as.js';

export interface AuditLogQuery {
  personId?: string | undefined;
  actorUserId?: string | undefined;
  action?: string | undefined;
  /** JST calendar dates, inclusive */
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

const jstStart = (isoDate: string) => new Date(`${isoDate}T00:00:00+09:00`);
const jstNextDay = (isoDate: string) => new Date(jstStart(isoDate).getTime() + 24 * 60 * 60 * 1000);

function filterOf(q: AuditLogQuery): AuditLogFilter {
  return { personId: q.personId, actorUserId: q.actorUserId, action: q.action, from: q.from ? jstStart(q.from) : undefined, to: q.to ? jstNextDay(q.to) : undefined };
}

async function recordLogRead(tx: Tx, actor: StaffActor, q: AuditLogQuery, what: 'AuditLog' | 'AuditLogExport', count: number) {
  const used = Object.entries({ personId: q.personId, actorUserId: q.actorUserId, action: q.action, from: q.from, to: q.to }).flatMap(([k, v]) => (v ? [`${k}=${v}`] : []));
  await auditAs(tx, actor, {
    action: what === 'AuditLog' ? 'read' : 'export',
    recordType: what,
    recordId: q.personId ?? '-',
    legalBasis: 'audit',
    basisRef: `${used.join('&') || 'all'};rows=${count}`,
  });
}

async function present(tx: Tx, actor: StaffActor, rows: Awaited<ReturnType<typeof findAuditEntries>>['items']) {
  const [users, organisations] = await Promise.all([listMunicipalAccounts(tx, actor.municipalityCode), listOrganisations(tx, actor.municipalityCode)]);
  const userName = new Map(users.map((u) => [u.id, `${u.displayName}（${u.loginId}）`]));
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  return rows.map((r) => ({
    seq: r.seq.toString(),
    at: r.at,
    atWareki: formatDisplayDate(r.at),
    actor: r.actorUserId ? (userName.get(r.actorUserId) ?? '（不明な利用者）') : '—',
    actorRole: (roleLabels as Readonly<Record<string, string>>)[r.actorRole as Role] ?? r.actorRole,
    organisation: r.actorOrganisationId ? (orgName.get(r.actorOrganisationId) ?? '') : '',
    action: r.action,
    actionLabel: auditActionLabel(r.action),
    recordType: r.recordType,
    recordLabel: disclosedRecordLabel(r.recordType),
    recordId: r.recordId,
    legalBasis: r.legalBasis,
    legalBasisLabel: auditBasisLabel(r.legalBasis),
    basisRef: r.basisRef,
  }));
}

export async function findAuditLog(tx: Tx, actor: StaffActor, q: AuditLogQuery) {
  const page = await findAuditEntries(tx, actor.municipalityCode, filterOf(q), { skip: (q.page - 1) * q.pageSize, take: q.pageSize });
  const items = await present(tx, actor, page.items);
  await recordLogRead(tx, actor, q, 'AuditLog', items.length);
  return { total: page.total, page: q.page, pageSize: q.pageSize, items };
}

/** At most this many rows per file; a longer period is exported in parts. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

/** CSV that opens correctly in Excel (UTF-8 with BOM, CRLF). */
export async function exportAuditLog(tx: Tx, actor: StaffActor, q: Omit<AuditLogQuery, 'page' | 'pageSize'>) {
  const page = await findAuditEntries(tx, actor.municipalityCode, filterOf({ ...q, page: 1, pageSize: AUDIT_EXPORT_MAX_ROWS }), { skip: 0, take: AUDIT_EXPORT_MAX_ROWS });
  const items = await present(tx, actor, page.items);
  await recordLogRead(tx, actor, { ...q, page: 1, pageSize: AUDIT_EXPORT_MAX_ROWS }, 'AuditLogExport', items.length);
  const header = ['番号', '日時', '利用者', '役割', '機関', '操作', '対象', '対象ID', '根拠', '根拠の参照'];
  const body = items.map((i) => [i.seq, i.at.toISOString(), i.actor, i.actorRole, i.organisation, i.actionLabel, i.recordLabel, i.recordId, i.legalBasisLabel, i.basisRef ?? '']);
  const csv = stringify([header, ...body], { record_delimiter: '\r\n', bom: true });
  return { filename: `access-log-${actor.municipalityCode}.csv`, csv, rows: items.length, truncated: page.total > items.length };
}

/** What the filters offer: the municipality's staff and the kinds of action, labelled. */
export async function auditLogOptions(tx: Tx, actor: StaffActor) {
  const users = await listMunicipalAccounts(tx, actor.municipalityCode);
  return {
    users: users.map((u) => ({ id: u.id, label: `${u.displayName}（${u.loginId}）` })),
    actions: Object.entries(auditActionLabels).map(([id, label]) => ({ id, label })),
  };
}
