import { randomUUID } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../scope.js';

// Requests residents send through the portal, and the one-step conversion into a 相談受付.

export interface PortalRequestData {
  kind: 'consultation' | 'offer';
  reference: string;
  name: string | null;
  contactMethod: string;
  contact: string | null;
  preferredTime: string;
  message: string;
  doNotContactHome: boolean;
  area: string;
  receivedAt: Date;
}

const requestSelect = {
  id: true, kind: true, reference: true, name: true, contactMethod: true, contact: true, preferredTime: true, message: true, doNotContactHome: true,
  area: true, status: true, consultationId: true, handledAt: true, receivedAt: true,
} as const;
export type PortalRequestRow = Prisma.PortalRequestGetPayload<{ select: typeof requestSelect }>;

export async function insertPortalRequest(tx: Tx, municipalityCode: string, data: PortalRequestData): Promise<{ id: string; reference: string }> {
  // No RETURNING: the portal's role may insert a request but never read one (ADR 0019).
  const id = randomUUID();
  await tx.portalRequest.createMany({ data: [{ ...data, id, municipalityCode }] });
  return { id, reference: data.reference };
}

export async function listPortalRequests(tx: Tx, municipalityCode: string, filter: { kind: 'consultation' | 'offer'; status?: string[] }): Promise<PortalRequestRow[]> {
  return tx.portalRequest.findMany({
    where: { municipalityCode, kind: filter.kind, ...(filter.status ? { status: { in: filter.status } } : {}) },
    select: requestSelect,
    orderBy: { receivedAt: 'desc' },
    take: 500,
  });
}

export async function getPortalRequest(tx: Tx, municipalityCode: string, id: string): Promise<PortalRequestRow | null> {
  return tx.portalRequest.findFirst({ where: { municipalityCode, id }, select: requestSelect });
}

export async function markPortalRequest(tx: Tx, municipalityCode: string, id: string, data: { status: string; consultationId?: string | null; handledAt: Date; handledByUserId: string }, expectStatus: string): Promise<boolean> {
  const { count } = await tx.portalRequest.updateMany({ where: { municipalityCode, id, status: expectStatus }, data });
  return count > 0;
}

/**
 * The Consultation a portal request becomes (SPEC §3.1, channel 'portal'). Created here, with the
 * request's text as the summary, so the request and the intake commit together.
 */
export async function createConsultationFromPortal(
  tx: Tx,
  municipalityCode: string,
  data: { organisationId: string; receivedByUserId: string; receivedAt: Date; summary: string; consulterType: string },
): Promise<{ id: string }> {
  return tx.consultation.create({
    data: { municipalityCode, organisationId: data.organisationId, receivedByUserId: data.receivedByUserId, receivedAt: data.receivedAt, channel: 'portal', consulterType: data.consulterType, issueIds: [], summary: data.summary },
    select: { id: true },
  });
}
