// 実施計画 (法第106条の5, issue #11 item 4): the factual parts drafted from the records — who delivers each
// part, the meeting bodies and how they connect, the published windows and places — with the sections
// the municipality writes in its own words, saved per fiscal year. Also the status the municipality
// declares for itself (item 5), which the prefecture's table shows. No personal data.
import {
  addStatusDeclaration, getPlanText, listPlaces, listStatusDeclarations, listWindows, savePlanText,
} from '@kasane/db';
import type { Tx } from '@kasane/db';
import { can, partCatalogue, placeKindLabels, ZPlaceKind } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { auditAs } from '../audit-as.js';
import { apiError } from '../../errors.js';
import { loadStructure, partLabel } from './structure-service.js';

/** The sections of the plan only the municipality can write (「市町村が記入」), in the plan's order. */
export const planSections = ['policy', 'situation', 'collaboration', 'participation', 'community', 'review'] as const;
export type PlanSection = (typeof planSections)[number];

export const declarableStatuses = ['implementing', 'transition', 'not_implementing'] as const;
export type DeclarableStatus = (typeof declarableStatuses)[number];

const placeKind = (kind: string) => {
  const k = ZPlaceKind.safeParse(kind);
  return k.success ? placeKindLabels[k.data] : kind;
};

export async function getPlanForStaff(tx: Tx, actor: StaffActor, fiscalYear: number) {
  const code = actor.municipalityCode;
  const [structure, text, windows, places, declarations] = await Promise.all([
    loadStructure(tx, code, fiscalYear),
    getPlanText(tx, code, fiscalYear),
    listWindows(tx, code, { publishedOnly: true }),
    listPlaces(tx, code, { publishedOnly: true }),
    listStatusDeclarations(tx, [code]),
  ]);
  if (!structure.municipality) throw apiError('NOT_FOUND');
  const saved = (text?.sections ?? {}) as Record<string, unknown>;
  const declared = declarations.filter((d) => d.fiscalYear === fiscalYear);
  const latest = declared.at(-1);
  return {
    municipality: structure.municipality,
    fiscalYear,
    canEdit: can(actor.role, 'structure.manage'),
    parts: partCatalogue.map((p) => ({
      partId: p.id,
      label: partLabel(p.id),
      deliveries: structure.deliveries
        .filter((d) => d.partId === p.id)
        .map((d) => ({ mode: d.mode, organisationName: d.organisationName, contractFrom: d.contractFrom, contractTo: d.contractTo })),
    })),
    missingParts: structure.coverage.missing.map((m) => m.label),
    meetingBodies: structure.meetingBodies,
    windows: windows.map((w) => ({ name: w.name, address: w.address, phone: w.phone })),
    places: places.map((p) => ({ name: p.name, kindLabel: placeKind(p.kind), address: p.address, activities: p.activities.length })),
    sections: planSections.map((key) => ({ key, text: typeof saved[key] === 'string' ? saved[key] : '' })),
    version: text?.version ?? 0,
    savedAt: text?.updatedAt ?? null,
    declaredStatus: latest ? { status: latest.status, declaredAt: latest.declaredAt } : null,
    declarations: declared.map((d) => ({ status: d.status, declaredAt: d.declaredAt })),
  };
}

const audit = (tx: Tx, actor: StaffActor, recordType: string, recordId: string, action: 'write' | 'create') =>
  auditAs(tx, actor, { action, recordType, recordId, legalBasis: 'administration', basisRef: null });

export async function savePlanTextForStaff(tx: Tx, actor: StaffActor, fiscalYear: number, sections: Partial<Record<PlanSection, string>>, now: Date) {
  const clean = Object.fromEntries(planSections.map((k) => [k, sections[k] ?? '']));
  const saved = await savePlanText(tx, actor.municipalityCode, fiscalYear, clean, actor.userId, now);
  await audit(tx, actor, 'ImplementationPlanText', `${actor.municipalityCode}:${fiscalYear}`, 'write');
  return { fiscalYear, version: saved.version, savedAt: saved.updatedAt };
}

export async function declareStatusForStaff(tx: Tx, actor: StaffActor, fiscalYear: number, status: DeclarableStatus, now: Date) {
  await addStatusDeclaration(tx, { municipalityCode: actor.municipalityCode, fiscalYear, status, declaredAt: now, declaredByUserId: actor.userId });
  await audit(tx, actor, 'ProgramStatusDeclaration', `${actor.municipalityCode}:${fiscalYear}`, 'create');
  return { fiscalYear, status, declaredAt: now };
}
