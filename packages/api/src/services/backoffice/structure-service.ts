// 体制 by fiscal year (issue #11 item 1): who delivers each of the 13 parts, with contract and staffing, the
// domain's coverage check, and the profile the prefecture compares (seed 003's rows). Not personal data;
// each change is audited as administration.
import {
  copyStructureYear, countMeetingUse, createStructureDelivery, deleteStructureDelivery, getMunicipality, getStructureDelivery, getStructureProfile,
  listMeetingTypesWithUsage, listOrganisations, listStructureDeliveries, referencesBelongTo, saveStructureProfile, updateStructureDelivery,
} from '@kasane/db';
import type { StructureDeliveryData, StructureProfileData, Tx } from '@kasane/db';
import { can, deliveryCoverage, getPart, jointBodies, meetingKinds, partCatalogue, partItemLabel, ZJointBodyId, ZMeetingKind } from '@kasane/domain';
import type { Delivery, PartId } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { auditAs } from '../audit-as.js';
import { apiError, domainError } from '../../errors.js';
import { fiscalPeriod } from './fiscal-period.js';

export interface DeliveryInput {
  partId: PartId;
  mode: 'direct' | 'entrusted';
  organisationId: string | null;
  contractFrom: string | null;
  contractTo: string | null;
  dedicatedStaff: number;
  concurrentStaff: number;
  qualifications: string[];
}

export const partLabel = (id: string) => {
  const part = partCatalogue.find((p) => p.id === id);
  return part ? `${partItemLabel(part)} ${part.name}` : id;
};
const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The meeting bodies of the profile: each type with its legal kind and what the records say it did in the year. */
async function meetingBodies(tx: Tx, municipalityCode: string, fiscalYear: number) {
  const { from, to } = fiscalPeriod(fiscalYear);
  const [types, use] = await Promise.all([listMeetingTypesWithUsage(tx, municipalityCode), countMeetingUse(tx, municipalityCode, from, to)]);
  return types
    .filter((t) => t.retiredAt === null || (use.get(t.id)?.held ?? 0) > 0)
    .map((t) => {
      const kind = ZMeetingKind.safeParse(t.kind);
      return {
        name: t.name,
        kindLabel: kind.success ? meetingKinds[kind.data].label : t.kind,
        legalBasis: kind.success ? meetingKinds[kind.data].legalBasis : '',
        /** the existing bodies it is held together with (C9): how the meeting bodies connect */
        jointBodies: t.jointBodyIds.flatMap((id) => {
          const body = ZJointBodyId.safeParse(id);
          return body.success ? [`${jointBodies[body.data].label}（${jointBodies[body.data].law}）`] : [];
        }),
        frequency: t.frequency,
        held: use.get(t.id)?.held ?? 0,
        casesDiscussed: use.get(t.id)?.cases ?? 0,
      };
    });
}

export async function loadStructure(tx: Tx, municipalityCode: string, fiscalYear: number) {
  const [rows, organisations, profile, bodies, municipality] = await Promise.all([
    listStructureDeliveries(tx, municipalityCode, fiscalYear),
    listOrganisations(tx, municipalityCode),
    getStructureProfile(tx, municipalityCode, fiscalYear),
    meetingBodies(tx, municipalityCode, fiscalYear),
    getMunicipality(tx, municipalityCode),
  ]);
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const coverage = deliveryCoverage(rows.map((r): Delivery => ({ partId: r.partId as PartId, mode: r.mode === 'direct' ? 'direct' : 'entrusted', ...(r.organisationId ? { organisationId: r.organisationId } : {}) })));
  return {
    municipality: municipality ? { code: municipality.code, name: municipality.name } : null,
    fiscalYear,
    deliveries: rows.map((r) => ({
      id: r.id,
      partId: r.partId,
      partLabel: partLabel(r.partId),
      mode: r.mode,
      organisationId: r.organisationId,
      organisationName: r.organisationId ? (orgName.get(r.organisationId) ?? null) : null,
      contractFrom: isoDate(r.contractFrom),
      contractTo: isoDate(r.contractTo),
      dedicatedStaff: r.dedicatedStaff,
      concurrentStaff: r.concurrentStaff,
      qualifications: r.qualifications,
    })),
    coverage: { complete: coverage.complete, missing: coverage.missing.map((id) => ({ partId: id, label: partLabel(id) })), warnings: coverage.warnings.map((w) => w.replace(/^([a-z._]+):/, (_, id: string) => `${partLabel(id)}:`)) },
    profile: profile ?? null,
    meetingBodies: bodies,
    organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
  };
}

export async function getStructureForStaff(tx: Tx, actor: StaffActor, fiscalYear: number) {
  const structure = await loadStructure(tx, actor.municipalityCode, fiscalYear);
  return {
    ...structure,
    canEdit: can(actor.role, 'structure.manage'),
    parts: partCatalogue.map((p) => ({ id: p.id, label: partLabel(p.id) })),
  };
}

async function checkedDelivery(tx: Tx, actor: StaffActor, input: DeliveryInput): Promise<StructureDeliveryData> {
  if (input.mode === 'entrusted' && input.organisationId === null) {
    throw domainError({ code: 'VALIDATION', message: '委託の場合は委託先の機関を選んでください（法第106条の4第4項）。', details: { field: 'organisationId' } });
  }
  if (input.contractFrom && input.contractTo && input.contractFrom > input.contractTo) {
    throw domainError({ code: 'VALIDATION', message: '契約期間の終わりが始まりより前になっています。', details: { field: 'contractTo' } });
  }
  if (!(await referencesBelongTo(tx, actor.municipalityCode, { organisationId: input.organisationId }))) throw apiError('NOT_FOUND');
  getPart(input.partId);
  return {
    ...input,
    contractFrom: input.contractFrom ? new Date(`${input.contractFrom}T00:00:00Z`) : null,
    contractTo: input.contractTo ? new Date(`${input.contractTo}T00:00:00Z`) : null,
    qualifications: [...new Set(input.qualifications.map((q) => q.trim()).filter(Boolean))],
  };
}

const audit = (tx: Tx, actor: StaffActor, recordType: string, recordId: string, action = 'write') =>
  auditAs(tx, actor, { action, recordType, recordId, legalBasis: 'administration', basisRef: null });

export async function addDeliveryForStaff(tx: Tx, actor: StaffActor, fiscalYear: number, input: DeliveryInput) {
  const data = await checkedDelivery(tx, actor, input);
  const created = await createStructureDelivery(tx, actor.municipalityCode, fiscalYear, data);
  await audit(tx, actor, 'StructureDelivery', created.id, 'create');
  return { id: created.id };
}

export async function updateDeliveryForStaff(tx: Tx, actor: StaffActor, id: string, input: DeliveryInput, now: Date) {
  const data = await checkedDelivery(tx, actor, input);
  if (!(await updateStructureDelivery(tx, actor.municipalityCode, id, data, now))) throw apiError('NOT_FOUND');
  await audit(tx, actor, 'StructureDelivery', id);
  return { id };
}

export async function removeDeliveryForStaff(tx: Tx, actor: StaffActor, id: string) {
  if (!(await getStructureDelivery(tx, actor.municipalityCode, id))) throw apiError('NOT_FOUND');
  await deleteStructureDelivery(tx, actor.municipalityCode, id);
  await audit(tx, actor, 'StructureDelivery', id, 'delete');
  return { id };
}

/** A new year starts from the previous one's 体制; only into a year that has none yet. */
export async function copyPreviousYearForStaff(tx: Tx, actor: StaffActor, fiscalYear: number) {
  const [existing, profile] = await Promise.all([listStructureDeliveries(tx, actor.municipalityCode, fiscalYear), getStructureProfile(tx, actor.municipalityCode, fiscalYear)]);
  if (existing.length > 0 || profile) throw domainError({ code: 'INVALID_TRANSITION', message: 'この年度の体制はすでに登録されています。前年度からの複写は、まだ何も登録していない年度にだけできます。' });
  const copied = await copyStructureYear(tx, actor.municipalityCode, fiscalYear - 1, fiscalYear);
  await audit(tx, actor, 'StructureYear', `${actor.municipalityCode}:${fiscalYear}`, 'create');
  return { copied };
}

export async function saveProfileForStaff(tx: Tx, actor: StaffActor, fiscalYear: number, data: StructureProfileData, now: Date) {
  const saved = await saveStructureProfile(tx, actor.municipalityCode, fiscalYear, data, actor.userId, now);
  await audit(tx, actor, 'StructureProfile', `${actor.municipalityCode}:${fiscalYear}`);
  return saved;
}
