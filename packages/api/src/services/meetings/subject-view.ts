// An agenda item's subject when it is not a case (法第106条の6): what a signed member reads, audited on the meeting.
import { getOutreachSubject } from '@kasane/db';
import type { Tx } from '@kasane/db';
import type { StaffActor } from '../../context.js';
import { auditReadAs } from '../audit-as.js';
import type { Meeting } from './agenda.js';

/** The subject of an item as a signed member reads it; the outreach record's read is audited on the meeting. */
export async function readSubject(tx: Tx, actor: StaffActor, m: Meeting, item: { subjectKind: string; outreachSubjectId: string | null; subjectDescription: string | null }) {
  if (item.subjectKind === 'outreach' && item.outreachSubjectId) {
    const s = await getOutreachSubject(tx, actor.municipalityCode, item.outreachSubjectId);
    if (!s) return { kind: item.subjectKind, label: null, areaNote: null };
    await auditReadAs(tx, actor, { action: 'read', recordType: 'OutreachSubject', recordId: s.id, legalBasis: 'support_meeting', basisRef: m.id });
    return { kind: item.subjectKind, label: s.label, areaNote: s.areaNote };
  }
  if (item.subjectKind === 'description') return { kind: item.subjectKind, label: item.subjectDescription, areaNote: null };
  return { kind: item.subjectKind, label: null, areaNote: null };
}
