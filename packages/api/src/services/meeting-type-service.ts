// A municipality's own meeting types (SPEC §4, seed 003; issue #4 item 5). Everyone of the municipality
// reads them; only its administrator changes them (capability 'meetingTypes.edit'). The rules live in @kasane/domain.
import { randomUUID } from 'node:crypto';
import {
  createMeetingType, deleteMeetingType, getMeetingTypeWithUsage, listMeetingTypesWithUsage, setMeetingTypeRetired, updateMeetingType,
} from '@kasane/db';
import type { MeetingTypeWithUsage, Tx } from '@kasane/db';
import {
  MEETING_TYPE_FREQUENCY_MAX, MEETING_TYPE_NAME_MAX, MEETING_TYPE_NOTE_MAX, ZMeetingKind, can, canDeleteMeetingType, checkMeetingTypeChange, meetingKinds,
  presetsToAdd, validateMeetingTypeDraft,
} from '@kasane/domain';
import type { MeetingKind, MeetingTypeDraft } from '@kasane/domain';
import type { StaffActor } from '../context.js';
import { apiError, domainError } from '../errors.js';

const kindOf = (kind: string): MeetingKind => (ZMeetingKind.safeParse(kind).success ? (kind as MeetingKind) : 'other');

function present(t: MeetingTypeWithUsage) {
  const kind = kindOf(t.kind);
  return {
    id: t.id,
    key: t.key,
    name: t.name,
    kind,
    kindLabel: meetingKinds[kind].label,
    frequency: t.frequency,
    note: t.note,
    meetingCount: t.meetingCount,
    retiredAt: t.retiredAt,
    active: t.retiredAt === null,
    /** the screen disables what the rules would refuse anyway */
    kindLocked: t.meetingCount > 0,
    deletable: t.meetingCount === 0,
  };
}

export async function listMeetingTypesForStaff(tx: Tx, actor: StaffActor) {
  const types = await listMeetingTypesWithUsage(tx, actor.municipalityCode);
  return {
    canEdit: can(actor.role, 'meetingTypes.edit'),
    kinds: Object.values(meetingKinds).map((k) => ({ kind: k.kind, label: k.label, legalBasis: k.legalBasis })),
    limits: { name: MEETING_TYPE_NAME_MAX, frequency: MEETING_TYPE_FREQUENCY_MAX, note: MEETING_TYPE_NOTE_MAX },
    presetsMissing: presetsToAdd(actor.municipalityCode, types).toAdd.length,
    types: types.map(present),
  };
}

async function load(tx: Tx, actor: StaffActor, id: string): Promise<MeetingTypeWithUsage> {
  const t = await getMeetingTypeWithUsage(tx, actor.municipalityCode, id);
  if (!t) throw apiError('NOT_FOUND');
  return t;
}

export async function createMeetingTypeForStaff(tx: Tx, actor: StaffActor, input: MeetingTypeDraft) {
  const others = await listMeetingTypesWithUsage(tx, actor.municipalityCode);
  const valid = validateMeetingTypeDraft(input, others);
  if (!valid.ok) throw domainError(valid.error);
  // A type the municipality defines itself has no preset behind it: its key only has to be unique.
  const created = await createMeetingType(tx, { municipalityCode: actor.municipalityCode, key: `custom.${randomUUID()}`, ...valid.value });
  return { id: created.id, name: created.name };
}

export async function updateMeetingTypeForStaff(tx: Tx, actor: StaffActor, id: string, input: MeetingTypeDraft) {
  const current = await load(tx, actor, id);
  const others = await listMeetingTypesWithUsage(tx, actor.municipalityCode);
  const valid = validateMeetingTypeDraft(input, others, id);
  if (!valid.ok) throw domainError(valid.error);
  const change = checkMeetingTypeChange(current, valid.value.kind);
  if (!change.ok) throw domainError(change.error);
  if (!(await updateMeetingType(tx, actor.municipalityCode, id, valid.value))) throw apiError('NOT_FOUND');
  return { id, name: valid.value.name };
}

export async function setMeetingTypeRetiredForStaff(tx: Tx, actor: StaffActor, id: string, retired: boolean, now: Date) {
  const current = await load(tx, actor, id);
  // Retiring twice keeps the first date: it says since when the type is no longer offered.
  const at = retired ? (current.retiredAt ?? now) : null;
  if (!(await setMeetingTypeRetired(tx, actor.municipalityCode, id, at))) throw apiError('NOT_FOUND');
  return { id, name: current.name, retiredAt: at };
}

export async function deleteMeetingTypeForStaff(tx: Tx, actor: StaffActor, id: string) {
  const current = await load(tx, actor, id);
  const allowed = canDeleteMeetingType(current);
  if (!allowed.ok) throw domainError(allowed.error);
  if (!(await deleteMeetingType(tx, actor.municipalityCode, id))) throw apiError('CONFLICT');
  return { id, name: current.name };
}

/** Seed 003's presets for the actor's municipality that it does not have yet; for a municipality without presets, none. */
export async function addMeetingTypePresets(tx: Tx, actor: StaffActor) {
  const existing = await listMeetingTypesWithUsage(tx, actor.municipalityCode);
  const plan = presetsToAdd(actor.municipalityCode, existing);
  for (const p of plan.toAdd) {
    await createMeetingType(tx, {
      municipalityCode: actor.municipalityCode,
      key: p.id,
      name: p.name,
      kind: p.kind,
      frequency: p.frequency ?? null,
      note: p.note ?? null,
      jointBodyIds: p.jointBodyIds ?? [],
    });
  }
  return {
    hasPresets: plan.hasPresets,
    added: plan.toAdd.map((p) => p.name),
    alreadyPresent: plan.alreadyPresent.map((p) => p.name),
    nameTaken: plan.nameTaken.map((p) => p.name),
  };
}
