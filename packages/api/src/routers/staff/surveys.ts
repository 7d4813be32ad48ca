import { z } from 'zod';
import { answerSurveyForStaff, getSurveyForStaff, listSurveysForStaff } from '../../services/surveys/municipal-surveys.js';
import { listEventsForStaff, replyToEventForStaff } from '../../services/surveys/support-events.js';
import { router, staffProcedure } from '../../trpc.js';

// The prefecture's 実態調査 and 後方支援 events addressed to the municipality (issue #11 items 10, 11): the
// coordinator reads them, the administrator answers and replies (a report to the prefecture, as 実績報告).
const read = staffProcedure.meta({ capability: 'backoffice.read' });
const answer = staffProcedure.meta({ capability: 'report.manage' });
const ZAnswer = z.union([z.string().max(4000), z.array(z.string().max(200)).max(50), z.number().finite()]);

export const staffSurveyRouter = router({
  list: read.query(({ ctx }) => listSurveysForStaff(ctx.tx, ctx.actor, ctx.deps.now())),
  get: read.input(z.object({ surveyId: z.uuid() })).query(({ ctx, input }) => getSurveyForStaff(ctx.tx, ctx.actor, input.surveyId, ctx.deps.now())),
  answer: answer
    .input(z.object({ surveyId: z.uuid(), answers: z.record(z.string().max(20), ZAnswer), submit: z.boolean() }))
    .mutation(({ ctx, input }) => answerSurveyForStaff(ctx.tx, ctx.actor, input, ctx.deps.now())),
});

export const staffSupportEventRouter = router({
  list: read.query(({ ctx }) => listEventsForStaff(ctx.tx, ctx.actor, ctx.deps.now())),
  reply: answer
    .input(z.object({ eventId: z.uuid(), reply: z.enum(['attending', 'absent']), attendees: z.number().int().min(0).max(999), roles: z.string().trim().max(500).default('') }))
    .mutation(({ ctx, input }) => replyToEventForStaff(ctx.tx, ctx.actor, input, ctx.deps.now())),
});
