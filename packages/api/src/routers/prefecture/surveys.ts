import { z } from 'zod';
import { questionKinds, supportEventKinds } from '@kasane/domain';
import {
  cancelSurveyForPrefecture, createSurveyForPrefecture, exportSurveyCsvForPrefecture, getSurveyForPrefecture, listSurveysForPrefecture, reopenSurveyForPrefecture, updateSurveyForPrefecture,
} from '../../services/surveys/prefecture-surveys.js';
import { cancelEventForPrefecture, createEventForPrefecture, listEventsForPrefecture, updateEventForPrefecture } from '../../services/surveys/support-events.js';
import { prefectureProcedure, router } from '../../trpc.js';

// 実態調査 and the 後方支援 calendar (issue #11 items 10, 11; ADR 0025). Outputs are municipal facts and
// counts only, each an explicit schema (test/prefecture-outputs.test.ts walks them).
const ZCode = z.string().regex(/^\d{6}$/, '市町村コードは6桁です。');
const ZCount = z.number().int().nonnegative();
const ZCodes = z.array(ZCode).min(1, '対象の市町村を1つ以上選んでください。').max(300);
const ZText = (max: number) => z.string().trim().max(max);

const ZQuestion = z.object({ id: z.string(), kind: z.enum(questionKinds), label: z.string(), required: z.boolean(), options: z.array(z.string()) });
const ZNewSurvey = z.object({
  title: ZText(200).min(1, '調査名を入力してください。'),
  description: ZText(4000).default(''),
  deadline: z.date(),
  municipalityCodes: ZCodes,
  questions: z.array(ZQuestion.omit({ id: true }).extend({ label: ZText(500), options: z.array(ZText(200)).max(50) })).min(1, '設問を1つ以上追加してください。').max(100),
});
const ZSurveyChange = z.object({
  id: z.uuid(),
  title: ZNewSurvey.shape.title,
  description: ZNewSurvey.shape.description,
  deadline: z.date(),
  addMunicipalityCodes: z.array(ZCode).max(300).default([]),
  /** only while no municipality has saved an answer */
  questions: ZNewSurvey.shape.questions.optional(),
});
const ZCancel = z.object({ id: z.uuid(), reason: ZText(1000).min(1, '取り消しの理由を入力してください。') });
const ZChanged = z.object({ id: z.string(), added: ZCount });
const ZCancelled = z.object({ id: z.string(), cancelledAt: z.date() });
const ZSurveyList = z.array(z.object({ id: z.string(), title: z.string(), deadline: z.date(), createdAt: z.date(), closed: z.boolean(), cancelledAt: z.date().nullable(), addressed: ZCount, submitted: ZCount }));
const ZSurvey = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  deadline: z.date(),
  closed: z.boolean(),
  updatedAt: z.date().nullable(),
  cancelledAt: z.date().nullable(),
  cancelReason: z.string(),
  questionsEditable: z.boolean(),
  questions: z.array(ZQuestion),
  municipalities: z.array(z.object({
    code: z.string(), name: z.string(), status: z.string(), submittedAt: z.date().nullable(), reopenCount: ZCount,
    answers: z.array(z.object({ questionId: z.string(), text: z.string() })),
  })),
  aggregates: z.array(z.object({
    questionId: z.string(), kind: z.enum(questionKinds), label: z.string(), answered: ZCount,
    choices: z.array(z.object({ option: z.string(), count: ZCount })),
    sum: z.number().nullable(), mean: z.number().nullable(), min: z.number().nullable(), max: z.number().nullable(),
    texts: z.array(z.object({ municipalityCode: z.string(), municipalityName: z.string(), text: z.string() })),
  })),
});

const ZNewEvent = z.object({
  kind: z.enum(supportEventKinds),
  title: ZText(200).min(1, '名称を入力してください。'),
  startsAt: z.date(),
  endsAt: z.date().nullable().default(null),
  place: ZText(300).default(''),
  online: z.boolean().default(false),
  notes: ZText(4000).default(''),
  municipalityCodes: ZCodes,
});
const ZEventList = z.array(z.object({
  id: z.string(), kind: z.string(), title: z.string(), startsAt: z.date(), endsAt: z.date().nullable(), place: z.string(), online: z.boolean(), notes: z.string(),
  updatedAt: z.date().nullable(), cancelledAt: z.date().nullable(), cancelReason: z.string(),
  attending: ZCount, absent: ZCount, attendees: ZCount,
  municipalities: z.array(z.object({ code: z.string(), name: z.string(), reply: z.string(), attendees: ZCount, roles: z.string(), repliedAt: z.date().nullable() })),
}));
const ZId = z.object({ id: z.uuid() });

export const prefectureSurveyRouters = {
  survey: router({
    list: prefectureProcedure.output(ZSurveyList).query(({ ctx }) => listSurveysForPrefecture(ctx.tx, ctx.actor, ctx.deps.now())),
    get: prefectureProcedure.input(ZId).output(ZSurvey).query(({ ctx, input }) => getSurveyForPrefecture(ctx.tx, ctx.actor, input.id, ctx.deps.now())),
    create: prefectureProcedure.input(ZNewSurvey).output(z.object({ id: z.string() })).mutation(({ ctx, input }) => createSurveyForPrefecture(ctx.tx, ctx.actor, input, ctx.deps.now())),
    reopen: prefectureProcedure
      .input(z.object({ id: z.uuid(), municipalityCode: ZCode }))
      .output(z.object({ surveyId: z.string(), municipalityCode: z.string(), status: z.string() }))
      .mutation(({ ctx, input }) => reopenSurveyForPrefecture(ctx.tx, ctx.actor, input.id, input.municipalityCode)),
    update: prefectureProcedure.input(ZSurveyChange).output(ZChanged).mutation(({ ctx, input }) => updateSurveyForPrefecture(ctx.tx, ctx.actor, input, ctx.deps.now())),
    cancel: prefectureProcedure.input(ZCancel).output(ZCancelled).mutation(({ ctx, input }) => cancelSurveyForPrefecture(ctx.tx, ctx.actor, input, ctx.deps.now())),
    exportCsv: prefectureProcedure.input(ZId).output(z.object({ filename: z.string(), csv: z.string() })).mutation(({ ctx, input }) => exportSurveyCsvForPrefecture(ctx.tx, ctx.actor, input.id)),
  }),
  event: router({
    list: prefectureProcedure.output(ZEventList).query(({ ctx }) => listEventsForPrefecture(ctx.tx, ctx.actor)),
    create: prefectureProcedure.input(ZNewEvent).output(z.object({ id: z.string() })).mutation(({ ctx, input }) => createEventForPrefecture(ctx.tx, ctx.actor, input, ctx.deps.now())),
    update: prefectureProcedure
      .input(ZNewEvent.omit({ municipalityCodes: true }).extend({ id: z.uuid(), addMunicipalityCodes: z.array(ZCode).max(300).default([]) }))
      .output(ZChanged)
      .mutation(({ ctx, input }) => updateEventForPrefecture(ctx.tx, ctx.actor, input, ctx.deps.now())),
    cancel: prefectureProcedure.input(ZCancel).output(ZCancelled).mutation(({ ctx, input }) => cancelEventForPrefecture(ctx.tx, ctx.actor, input, ctx.deps.now())),
  }),
};
