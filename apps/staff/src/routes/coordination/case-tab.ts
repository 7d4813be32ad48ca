// The tabs of the case page, in the order a worker goes through a case (issue #10 "screens a worker can live in").
export const caseTabs = ['household', 'consent', 'assessment', 'plan', 'progress', 'meetings', 'forms', 'history'] as const;
export type CaseTab = (typeof caseTabs)[number];
export const isCaseTab = (v: unknown): v is CaseTab => typeof v === 'string' && (caseTabs as readonly string[]).includes(v);
