import { router } from '../../trpc.js';
import { staffHomeRouter, staffOrganisationRouter } from './home.js';
import { staffPersonRouter } from './person.js';
import { staffParticipationRouter } from './participation.js';
import { staffActivityRouter, staffDirectoryRouter, staffPlaceRouter } from './places.js';
import { staffPortalRequestRouter } from './requests.js';
import { staffWindowRouter } from './windows.js';
import { staffConsentRouter } from './consent.js';
import { staffDisclosureRouter } from './disclosure.js';
import { staffHouseholdRouter, staffProtectionRouter } from './household.js';
import { staffIntakeRouter } from './intake.js';
import { staffSearchRouter, staffWorkRouter } from './search.js';
import { staffCoordinationRouter } from './coordination.js';
import { staffMeetingRouter } from './meeting.js';
import { staffMeetingTypeRouter } from './meeting-type.js';
import { staffOutreachRouter } from './outreach.js';
import { staffAccountRouter } from './account.js';
import { staffAuditLogRouter } from './audit-log.js';
import { staffEmergencyRouter } from './emergency.js';
import { staffCaseRecordRouter } from './case-record.js';
import { staffHouseholdMemberRouter } from './household-member.js';
import { staffStructureRouter } from './structure.js';
import { staffImplementationPlanRouter } from './implementation-plan.js';
import { staffGrantRouter } from './grant.js';
import { staffAnnualReportRouter } from './annual-report.js';
import { staffSupportEventRouter, staffSurveyRouter } from './surveys.js';
import { staffAssessmentRouter } from './assessment.js';
import { staffFormsRouter } from './forms.js';

export const staffRouter = router({
  home: staffHomeRouter,
  organisation: staffOrganisationRouter,
  person: staffPersonRouter,
  place: staffPlaceRouter,
  activity: staffActivityRouter,
  directory: staffDirectoryRouter,
  window: staffWindowRouter,
  participation: staffParticipationRouter,
  portalRequest: staffPortalRequestRouter,
  intake: staffIntakeRouter,
  consent: staffConsentRouter,
  household: staffHouseholdRouter,
  protection: staffProtectionRouter,
  disclosure: staffDisclosureRouter,
  search: staffSearchRouter,
  work: staffWorkRouter,
  coordination: staffCoordinationRouter,
  meeting: staffMeetingRouter,
  meetingType: staffMeetingTypeRouter,
  outreach: staffOutreachRouter,
  account: staffAccountRouter,
  auditLog: staffAuditLogRouter,
  emergency: staffEmergencyRouter,
  caseRecord: staffCaseRecordRouter,
  householdMember: staffHouseholdMemberRouter,
  structure: staffStructureRouter,
  implementationPlan: staffImplementationPlanRouter,
  grant: staffGrantRouter,
  annualReport: staffAnnualReportRouter,
  survey: staffSurveyRouter,
  supportEvent: staffSupportEventRouter,
  assessment: staffAssessmentRouter,
  forms: staffFormsRouter,
});
