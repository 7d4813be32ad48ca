// Public API of @kasane/domain: pure rules and data, no I/O (CONVENTIONS.md "Layout").
export { ok, err } from './result.js';
export type { Ok, Err, Result } from './result.js';
export { domainErrorCodes, ZDomainErrorCode, domainErrorMessages, domainError } from './errors.js';
export type { DomainError, DomainErrorCode } from './errors.js';
export { roles, ZRole, roleLabels } from './roles.js';
export type { Role } from './roles.js';

export {
  partIds, ZPartId, fields, ZField, fieldLabels, pillars, ZPillar, pillarLabels, partCatalogue, getPart, partItemLabel, requiredParts,
} from './parts/catalogue.js';
export type { PartId, Field, Pillar, PartDefinition } from './parts/catalogue.js';
export { ZDelivery, deliveryCoverage } from './parts/coverage.js';
export type { Delivery, DeliveryCoverage, PartCoverage } from './parts/coverage.js';

export {
  purposes, ZPurpose, purposeLabels, ZActor, ZSubjectPerson, ZConsentMethod, consentMethodLabels, ZConsent, ZMeetingKind,
  ZMeetingMembership, ZCaseLink, ZDataOrigin, ZAccessRequest, accessBasisLabels,
} from './access/types.js';
export type {
  Purpose, Actor, SubjectPerson, ConsentMethod, Consent, MeetingKind, MeetingMembership, CaseLink, DataOrigin, AccessRequest,
  AccessBasis, AccessBasisKind,
} from './access/types.js';
export { CHILD_AGE_LIMIT, isChildAt, checkConsent, consentCovers, findCoveringConsent } from './access/consent.js';
export type { ConsentCheck } from './access/consent.js';
export { decideAccess, AUDIT_GROUND } from './access/decide-access.js';
export type { AccessDecision } from './access/decide-access.js';
export { canPutOnAgenda } from './access/agenda.js';
export type { AgendaCase, AgendaPermission, MissingConsent } from './access/agenda.js';

export { meetingKinds, jointBodyIds, ZJointBodyId, jointBodies } from './meetings/kinds.js';
export type { MeetingKindDefinition, JointBodyId } from './meetings/kinds.js';
export { ZMeetingType, meetingTypePresets, meetingTypesOf } from './meetings/meeting-types.js';
export type { MeetingType } from './meetings/meeting-types.js';
export { meetingDecisions, ZMeetingDecision, meetingDecisionLabels, decisionsAllowed, canDecide, canAttend } from './meetings/rules.js';
export type { MeetingDecision, Attendee } from './meetings/rules.js';

export {
  caseStatuses, ZCaseStatus, caseStatusLabels, triageOutcomes, ZTriageOutcome, triageOutcomeLabels, initialCaseState,
} from './case-lifecycle/states.js';
export type { CaseStatus, TriageOutcome, CaseState } from './case-lifecycle/states.js';
export { caseEventLabels } from './case-lifecycle/events.js';
export type { CaseEvent, CaseEventType, TransitionContext } from './case-lifecycle/events.js';
export { transition, allowedEvents } from './case-lifecycle/transition.js';

export { issueIds, ZIssueId, issueCatalogue, getIssue, fieldsOf, isComplex } from './issues/taxonomy.js';
export type { IssueId, IssueDefinition } from './issues/taxonomy.js';

export {
  fraction, ZERO, ONE, add, sub, mul, div, compare, equals, sum, floorTimes, floorToThousand, formatFraction, parseFraction,
} from './funding/fraction.js';
export type { Fraction } from './funding/fraction.js';
export { shareTable, sharesFor, FIRST_FISCAL_YEAR } from './funding/share-table.js';
export type { Share, PartShares, ShareTableEntry } from './funding/share-table.js';
export { ZYen, ZRateText, ZGrantInput, computeGrant, parseGrantArgs } from './funding/compute-grant.js';
export type { GrantInput, TGrantInput, GrantShares } from './funding/compute-grant.js';

export { lgCheckDigit, withCheckDigit, parseLgCode, isValidLgCode, prefectureCodeOf, ZLgCode } from './codes/lgcode.js';
export { toDate, tokyoDateOf, toIsoDateTokyo, ageAt, isAtOrAfter } from './calendar/tokyo-date.js';
export type { Instant, CalendarDate } from './calendar/tokyo-date.js';
export { fiscalYearOf, fiscalYearRange, formatWareki, formatFiscalYearJa } from './calendar/fiscal-year.js';

export { suppressTable, suppressCounts, DEFAULT_SUPPRESSION_THRESHOLD, MIN_SUPPRESSION_THRESHOLD } from './suppression/suppress-table.js';
export type { SuppressedTable } from './suppression/suppress-table.js';

export { normaliseKana } from './text/normalise-kana.js';
