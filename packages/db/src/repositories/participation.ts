import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../scope.js';

// 参加支援 (SPEC §3.8): resources, matches of a person to a resource, 定着 follow-ups.

export interface ResourceData {
  name: string;
  kind: string;
  organisationId: string | null;
  placeId: string | null;
  isExistingProgramme: boolean;
  capacity: number | null;
  conditions: string;
  active: boolean;
}

const resourceSelect = { id: true, name: true, kind: true, organisationId: true, placeId: true, isExistingProgramme: true, capacity: true, conditions: true, active: true } as const;
export type ResourceRow = Prisma.ParticipationResourceGetPayload<{ select: typeof resourceSelect }>;

export async function createResource(tx: Tx, municipalityCode: string, data: ResourceData): Promise<ResourceRow> {
  return tx.participationResource.create({ data: { ...data, municipalityCode }, select: resourceSelect });
}

export async function updateResource(tx: Tx, municipalityCode: string, id: string, data: Partial<ResourceData>): Promise<ResourceRow | null> {
  const { count } = await tx.participationResource.updateMany({ where: { municipalityCode, id }, data });
  return count ? tx.participationResource.findFirst({ where: { municipalityCode, id }, select: resourceSelect }) : null;
}

/** Resources with how many matches hold a place (`occupying`: the statuses the domain says do), for capacity. */
export async function listResources(tx: Tx, municipalityCode: string, occupying: readonly string[]): Promise<(ResourceRow & { inUse: number })[]> {
  const rows = await tx.participationResource.findMany({
    where: { municipalityCode },
    select: { ...resourceSelect, _count: { select: { matches: { where: { municipalityCode, status: { in: [...occupying] } } } } } },
    orderBy: [{ isExistingProgramme: 'desc' }, { name: 'asc' }],
  });
  return rows.map(({ _count, ...r }) => ({ ...r, inUse: _count.matches }));
}

export async function getResource(tx: Tx, municipalityCode: string, id: string): Promise<ResourceRow | null> {
  return tx.participationResource.findFirst({ where: { municipalityCode, id }, select: resourceSelect });
}

export interface MatchData {
  personId: string;
  caseId: string | null;
  resourceId: string;
  reason: string;
  existingConsidered: boolean;
  existingConsideredNote: string;
  directReferralReason: string | null;
  status: string;
  startedAt: Date | null;
  createdByUserId: string;
  organisationId: string;
}

const matchSelect = {
  id: true, personId: true, caseId: true, resourceId: true, reason: true, existingConsidered: true, existingConsideredNote: true, directReferralReason: true,
  status: true, startedAt: true, startNote: true, endedAt: true, outcome: true, organisationId: true, createdAt: true,
  resource: { select: { name: true, kind: true } },
  followUps: { select: { id: true, at: true, note: true, settled: true }, orderBy: { at: 'asc' as const } },
} as const;
export type MatchRow = Prisma.ParticipationMatchGetPayload<{ select: typeof matchSelect }>;

export async function createMatch(tx: Tx, municipalityCode: string, data: MatchData): Promise<MatchRow> {
  return tx.participationMatch.create({ data: { ...data, municipalityCode }, select: matchSelect });
}

export async function getMatch(tx: Tx, municipalityCode: string, id: string): Promise<MatchRow | null> {
  return tx.participationMatch.findFirst({ where: { municipalityCode, id }, select: matchSelect });
}

export async function listMatchesOfPerson(tx: Tx, municipalityCode: string, personId: string): Promise<MatchRow[]> {
  return tx.participationMatch.findMany({ where: { municipalityCode, personId }, select: matchSelect, orderBy: { createdAt: 'desc' } });
}

export async function updateMatch(tx: Tx, municipalityCode: string, id: string, data: { status?: string; startedAt?: Date | null; startNote?: string | null; endedAt?: Date | null; outcome?: string | null }): Promise<MatchRow | null> {
  const { count } = await tx.participationMatch.updateMany({ where: { municipalityCode, id }, data });
  return count ? getMatch(tx, municipalityCode, id) : null;
}

export async function addFollowUp(tx: Tx, municipalityCode: string, matchId: string, data: { at: Date; note: string; settled: boolean; byUserId: string }): Promise<{ id: string }> {
  return tx.participationFollowUp.create({ data: { ...data, matchId, municipalityCode }, select: { id: true } });
}
