// Public API of @kasane/domain: pure rules and data, no I/O (CONVENTIONS.md "Layout").
export { ok, err } from './result.js';
export type { Ok, Err, Result } from './result.js';
export { domainErrorCodes, ZDomainErrorCode, domainErrorMessages, domainError } from './errors.js';
export type { DomainError, DomainErrorCode } from './errors.js';
export { roles, ZRole, roleLabels } from './roles.js';
export type { Role } from './roles.js';
export { capabilities, roleCapabilities, can, isCapability } from './permissions.js';
export type { Capability } from './permissions.js';
export { staffAreas, staffAreaAccess, staffAreasOf, staffAreaGroups, staffAreaGroupOf } from './staff-areas.js';
export type { StaffArea, StaffAreaAccess, StaffAreaGroup } from './staff-areas.js';

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
export { canPutOnAgenda, placeCaseOnAgenda } from './access/agenda.js';
export { disclosedRecordLabel, disclosureDayKey, isDisclosure, startOfTokyoDay } from './access/disclosure.js';
export type { AgendaCase, AgendaPermission, CasePlacement, MissingConsent, TabledCase } from './access/agenda.js';
export {
  EMERGENCY_ACCESS_HOURS, EMERGENCY_REASON_MIN, EMERGENCY_REASON_MAX, ZEmergencyReason, emergencyOutcomes,
  ZEmergencyOutcome, emergencyOutcomeLabels, emergencyExpiry, isEmergencyGrantActive,
} from './access/emergency.js';
export type { EmergencyOutcome } from './access/emergency.js';
export { mayChangePublicAssistance } from './access/public-assistance.js';
export type { PublicAssistanceChange } from './access/public-assistance.js';

export { meetingKinds, jointBodyIds, ZJointBodyId, jointBodies } from './meetings/kinds.js';
export type { MeetingKindDefinition, JointBodyId } from './meetings/kinds.js';
export { ZMeetingType, meetingTypePresets, meetingTypesOf } from './meetings/meeting-types.js';
export type { MeetingType } from './meetings/meeting-types.js';
export {
  MEETING_TYPE_NAME_MAX, MEETING_TYPE_FREQUENCY_MAX, MEETING_TYPE_NOTE_MAX, meetingTypeNameKey, validateMeetingTypeDraft, checkMeetingTypeChange,
  canDeleteMeetingType, canSetMeetingWithType, presetsToAdd,
} from './meetings/meeting-type-rules.js';
export type {
  MeetingTypeField, MeetingTypeProblem, MeetingTypeFieldError, MeetingTypeFieldErrors, MeetingTypeValidationError, MeetingTypeDraft,
  ValidMeetingTypeDraft, ExistingMeetingTypeName, MeetingTypeUsage, PresetPlan,
} from './meetings/meeting-type-rules.js';
export { meetingDecisions, ZMeetingDecision, meetingDecisionLabels, decisionsAllowed, canDecide, canDecideOnSubject, canAttend } from './meetings/rules.js';
export type { MeetingDecision, Attendee } from './meetings/rules.js';
export { attendanceValues, ZAttendance, attendanceLabels, agendaSubjectKinds, ZAgendaSubjectKind, agendaSubjectLabels, canDiscussSubject, decisionDate, checkGuestAttendance } from './meetings/record.js';
export type { Attendance, AgendaSubjectKind } from './meetings/record.js';
export { closureReasons, ZClosureReason, closureReasonLabels, checkClosure, checkDecisionDay } from './case-lifecycle/closure.js';
export type { ClosureReason, ClosureDraft } from './case-lifecycle/closure.js';
export { consentSignerKinds, ZConsentSignerKind, consentSignerLabels, checkConsentSigner, withdrawalMethods, ZWithdrawalMethod, withdrawalMethodLabels, checkWithdrawalDay } from './intake/consent-signer.js';
export type { ConsentSignerKind, ConsentSigner, WithdrawalMethod } from './intake/consent-signer.js';

export {
  caseStatuses, ZCaseStatus, caseStatusLabels, triageOutcomes, ZTriageOutcome, triageOutcomeLabels, initialCaseState,
} from './case-lifecycle/states.js';
export type { CaseStatus, TriageOutcome, CaseState } from './case-lifecycle/states.js';
export { caseEventLabels } from './case-lifecycle/events.js';
export type { CaseEvent, CaseEventType, TransitionContext } from './case-lifecycle/events.js';
export { transition, allowedEvents } from './case-lifecycle/transition.js';

export { ZPlanRole, ZSupportPlanDraft, checkSupportPlan, canDecideSupport, canRecordProgress, isSupportDecided } from './coordination/plan.js';
export type { PlanRole, SupportPlanDraft, PlanContext } from './coordination/plan.js';
export {
  outreachStages, ZOutreachStage, outreachStageLabels, outreachMethods, ZOutreachMethod, outreachMethodLabels, outreachOutcomes, ZOutreachOutcome,
  outreachOutcomeLabels, recordOutreachContact, canConvertOutreach,
} from './coordination/outreach.js';
export type { OutreachStage, OutreachMethod, OutreachOutcome } from './coordination/outreach.js';

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
export { formatDisplayDate, formatDisplayDateTime } from './calendar/display.js';
export { supportedDateRange, dateRangeMessages, isoDateProblem, isSupportedInstant, isoDateSchema } from './calendar/date-range.js';
export type { DateProblem } from './calendar/date-range.js';

export { suppressTable, suppressCounts, DEFAULT_SUPPRESSION_THRESHOLD, MIN_SUPPRESSION_THRESHOLD } from './suppression/suppress-table.js';
export type { SuppressedTable } from './suppression/suppress-table.js';

export { normaliseKana } from './text/normalise-kana.js';
export { districtOf } from './text/address-district.js';
export { checkConsentDraft } from './intake/consent-rules.js';
export type { ConsentDraft } from './intake/consent-rules.js';
export { intakeChannels, ZIntakeChannel, intakeChannelLabels, consulterTypes, ZConsulterType, consulterTypeLabels } from './intake/vocabulary.js';
export type { IntakeChannel, ConsulterType } from './intake/vocabulary.js';

export {
  placeKinds, ZPlaceKind, placeKindLabels, audiences, ZAudience, audienceLabels, accessibilityFeatures, ZAccessibilityFeature, accessibilityLabels,
  participationResourceKinds, ZParticipationResourceKind, participationResourceKindLabels, windowTopics, ZWindowTopic, windowTopicLabels,
  matchStatuses, ZMatchStatus, matchStatusLabels, CONFIRMATION_MAX_AGE_DAYS,
} from './community/catalogue.js';
export type { PlaceKind, Audience, AccessibilityFeature, ParticipationResourceKind, WindowTopic, MatchStatus } from './community/catalogue.js';
export { placeOccupyingStatuses, occupiesPlace, occupiedPlaces, remainingPlaces, mayMoveMatch } from './community/participation.js';
export {
  weekdays, ZWeekday, weekdayLabels, dayPeriods, ZDayPeriod, dayPeriodLabels, ZClockTime, ZIsoDate, scheduleFrequencies, ZScheduleRule, ZSchedule,
  weekdayOfIsoDate, occursOn, periodsOf, weeklyTimetable, timeRange, describeRule, matchesDayAndPeriod, parseSchedule,
} from './community/schedule.js';
export type { Weekday, DayPeriod, ScheduleRule, TimetableEntry, TimetableCell, WeeklyTimetable } from './community/schedule.js';
export { ZOpeningSpan, ZOpeningHours, tokyoClock, isOpenAt, describeHours } from './community/hours.js';
export type { OpeningHours, TokyoClock } from './community/hours.js';
export { distanceKm, sortByDistance } from './community/geo.js';
export type { LatLng } from './community/geo.js';
export { checkPublicText, publicTextMessages } from './community/public-text.js';
export type { PublicTextProblem } from './community/public-text.js';
export { toHsdsSchedule, fromHsdsSchedule } from './community/hsds-schedule.js';
export type { HsdsSchedule } from './community/hsds-schedule.js';
export { auditActionLabel, auditActionLabels, auditBasisLabel } from './audit-labels.js';
export { kasaneIssueMessage, configureJapaneseZod } from './text/japanese-zod.js';
export {
  progressMethods, ZProgressMethod, progressMethodLabels, relationKinds, ZRelationKind, relationKindLabels, inverseRelation,
  caseAssignmentRoles, ZCaseAssignmentRole, caseAssignmentRoleLabels, householdChangeKinds, householdChangeLabels, ageBand, kanaInitials, progressRecordRefusal, formatWarekiDateTime,
} from './casework/vocabulary.js';
export type { ProgressMethod, RelationKind, CaseAssignmentRole, HouseholdChangeKind } from './casework/vocabulary.js';

export { computeGrantSheet } from './backoffice/grant-sheet.js';
export type { GrantSheet, GrantSheetTotals } from './backoffice/grant-sheet.js';
export { reportMetrics, reportMetricLabels, reportKeyLabel, reportRows, issueFieldPairs } from './backoffice/report-metrics.js';
export type { ReportMetric, ReportRow } from './backoffice/report-metrics.js';
export { buildStatisticsRelease, statisticsFamilies } from './backoffice/statistics-release.js';
export type { ReleaseInput, ReleaseTable, StatisticsRelease } from './backoffice/statistics-release.js';
export { aggregateSurvey, answerProblems, formatSurveyAnswer, isAnswered, questionKinds, questionnaireProblems } from './surveys/survey.js';
export type { AnswerProblem, QuestionAggregate, QuestionKind, RespondentAnswers, SurveyAnswer, SurveyAnswers, SurveyQuestion } from './surveys/survey.js';
export { attendanceProblem, attendanceReplies, attendanceReplyLabels, supportEventKindLabels, supportEventKinds } from './surveys/support-event.js';
export type { AttendanceReply, SupportEventKind } from './surveys/support-event.js';

export {
  assessmentFields, ZAssessmentField, assessmentFieldLabels, employmentStatuses, ZEmploymentStatus, employmentStatusLabels, housingKinds, ZHousingKind,
  housingKindLabels, urgencies, ZUrgency, urgencyLabels, sexes, ZSex, sexLabels, assessmentItems, isReportedItem, ZAssessmentMember, ZAssessmentRelative,
  ZAssessmentSheet, checkAssessmentSheet, canRecordAssessment, reportedFacts,
} from './assessment/sheet.js';
export type { AssessmentField, EmploymentStatus, HousingKind, Urgency, Sex, AssessmentItemKey, AssessmentSheet, ReportedFact } from './assessment/sheet.js';
export { layoutGenogram, GENOGRAM_SIZE } from './assessment/genogram.js';
export type { GenogramPerson, GenogramRelation, GenogramOrganisation, GenogramNode, GenogramLayout, Segment } from './assessment/genogram.js';
export { documentToCsv, groupLedger, THIRD_PARTY_MARK } from './records/record-document.js';
export type { DocumentRow, DocumentSection, RecordDocument, LedgerEntry, LedgerGroup } from './records/record-document.js';
