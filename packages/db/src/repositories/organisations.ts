import { Prisma } from '../generated/prisma/client.js';
import { sqlRows } from '../raw-sql.js';
import type { Tx } from '../scope.js';

export interface OrganisationRow {
  id: string;
  municipalityCode: string;
  name: string;
  kind: string;
  isPublicAssistanceOffice: boolean;
  phone: string | null;
  address: string | null;
}

const organisationSelect = { id: true, municipalityCode: true, name: true, kind: true, isPublicAssistanceOffice: true, phone: true, address: true } as const;

export async function getOrganisation(tx: Tx, municipalityCode: string, id: string): Promise<OrganisationRow | null> {
  return tx.organisation.findFirst({ where: { municipalityCode, id }, select: organisationSelect });
}

const organisationColumns = Prisma.raw(Object.keys(organisationSelect).map((column) => `o."${column}"`).join(', '));

/** Every organisation of the municipality by name: asked by most screens, so one prepared statement (ADR 0035). */
export async function listOrganisations(tx: Tx, municipalityCode: string): Promise<OrganisationRow[]> {
  return sqlRows<OrganisationRow>(tx, Prisma.sql`SELECT ${organisationColumns} FROM "Organisation" o WHERE o."municipalityCode" = ${municipalityCode} ORDER BY o.name`, { prepared: true });
}

export async function listPartDeliveries(tx: Tx, municipalityCode: string): Promise<{ organisationId: string; partId: string; mode: string }[]> {
  return tx.partDelivery.findMany({ where: { municipalityCode }, select: { organisationId: true, partId: true, mode: true } });
}

export async function countStaff(tx: Tx, municipalityCode: string, organisationId: string): Promise<number> {
  return tx.user.count({ where: { municipalityCode, organisationId, disabledAt: null } });
}

export async function createOrganisation(tx: Tx, data: { municipalityCode: string; name: string; kind: string; isPublicAssistanceOffice?: boolean }): Promise<OrganisationRow> {
  return tx.organisation.create({ data, select: organisationSelect });
}

export async function findOrganisationByName(tx: Tx, municipalityCode: string, name: string): Promise<OrganisationRow | null> {
  return tx.organisation.findFirst({ where: { municipalityCode, name }, select: organisationSelect });
}

/**
 * Whether the organisation and place a register row points at are this municipality's own. Foreign
 * keys ignore row-level security, so without this a row could name another municipality's records.
 */
export async function referencesBelongTo(tx: Tx, municipalityCode: string, refs: { organisationId?: string | null; placeId?: string | null }): Promise<boolean> {
  const [organisation, place] = await Promise.all([
    refs.organisationId ? tx.organisation.count({ where: { municipalityCode, id: refs.organisationId } }) : 1,
    refs.placeId ? tx.communityPlace.count({ where: { municipalityCode, id: refs.placeId } }) : 1,
  ]);
  return organisation === 1 && place === 1;
}

/** The roles of the municipality's enabled staff accounts: who is there to read what residents send. */
/** Role names only, through a SECURITY DEFINER function: the portal's role may not read accounts (ADR 0019). */
export async function listActiveStaffRoles(tx: Tx, municipalityCode: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ role: string }[]>`SELECT role FROM kasane_portal_staff_roles(${municipalityCode})`;
  return rows.map((r) => r.role);
}
