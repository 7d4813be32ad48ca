// The case record of issue #10 against the real database: the 8050 household built (add, merge under the
// policy, relations, search hints), 支援経過記録 corrections kept as versions, 担当者 transfers with history,
// the caseload, the 支援決定待ち queue, meetings coming, and one timeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '@kasane/db';
import { createHarness, fixedNow } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';
import { appCodeOf } from './support/outcome.js';

let h: Harness;
const T = '082031';
const orgs: Record<string, string> = {};
const users: Record<string, string> = {};
const demo: Record<string, { householdId: string; caseId: string; personIds: string[] }> = {};
const mother = { familyName: '見本', givenName: 'トメ', familyNameKana: 'ミホン', givenNameKana: 'トメ', birthDate: '1946-03-03' };
const son = { familyName: '見本', givenName: '大介', familyNameKana: 'ミホン', givenNameKana: 'ダイスケ', birthDate: '1976-05-05' };
const intake = (persons: unknown[], summary: string, triage?: 'coordination') => ({
  channel: 'window' as const,
  consulterType: 'self' as const,
  receivedAt: new Date('2026-11-18T01:00:00Z'),
  household: { address: '土浦市見本町9-9' },
  persons: persons as never,
  issueIds: ['eight_fifty' as const],
  summary,
  ...(triage ? { triage } : {}),
});

beforeAll(async () => {
  h = await createHarness();
  await asSystem(h.t.db, async (tx) => {
    for (const o of await tx.organisation.findMany({ where: { municipalityCode: T }, select: { id: true, kind: true } })) orgs[o.kind] = o.id;
    for (const u of await tx.user.findMany({ where: { municipalityCode: T }, select: { id: true, loginId: true } })) users[u.loginId] = u.id;
    for (const street of ['1-1', '2-3', '3-5', '6-1', '7-4']) {
      const hh = await tx.household.findFirstOrThrow({ where: { municipalityCode: T, address: `土浦市見本町${street}` }, select: { id: true, persons: { select: { id: true }, orderBy: { birthDate: 'asc' } }, cases: { select: { id: true } } } });
      demo[street] = { householdId: hh.id, caseId: hh.cases[0]?.id ?? '', personIds: hh.persons.map((p) => p.id) };
    }
  });
});
afterAll(async () => h.close());

const user = (suffix: string) => users[`tsuchiura.${suffix}`] ?? '';
const auditCount = (action: string, recordType: string) => asSystem(h.t.db, (tx) => tx.auditEntry.count({ where: { municipalityCode: T, action, recordType } }));

describe('the 8050 household (世帯員追加, 世帯統合 under the policy, 続柄, search hints)', () => {
  let householdId = '';
  let motherId = '';
  let motherCaseId = '';

  it('adds the son to the mother’s household with his relation, both ways, and keeps the history', async () => {
    const worker = await h.as('tsuchiura.worker');
    const r = await worker.staff.intake.record(intake([mother], '80代の母の介護と、同居の50代の息子のひきこもりについて。', 'coordination'));
    householdId = r.householdId ?? '';
    motherId = r.primaryPersonId ?? '';
    motherCaseId = r.caseId ?? '';
    const added = await worker.staff.householdMember.add({ householdId, person: son, relation: { toPersonId: motherId, kind: 'child', livesTogether: true }, reason: '同居の長男' });
    await worker.staff.householdMember.setPrimary({ householdId, personId: motherId });
    const shape = await worker.staff.householdMember.shape({ householdId });
    expect(shape.primaryPersonId).toBe(motherId);
    expect(shape.relations.map((x) => [x.personId === motherId ? 'mother' : 'son', x.label, x.livesTogether]).sort()).toEqual([
      ['mother', '子', true],
      ['son', '親', true],
    ]);
    expect(shape.changes.map((c) => [c.label, c.persons, c.reason])).toEqual([['世帯員の追加', 1, '同居の長男']]);
    const view = await worker.staff.household.get({ householdId });
    expect(view.members.map((m) => m.id).sort()).toEqual([motherId, added.personId].sort());
  });

  it('merges a second household made at the same address — only with a basis for every member of both', async () => {
    const worker = await h.as('tsuchiura.worker');
    const second = await worker.staff.intake.record(intake([{ familyName: '見本', givenName: '美代', familyNameKana: 'ミホン', givenNameKana: 'ミヨ', birthDate: '1950-01-01' }], '近くに住む姉から相談。'));
    // 見本町3-5 (健太) was recorded by 社協, and 包括 has no basis for him: the merge is refused, nothing moves
    expect(await appCodeOf(worker.staff.householdMember.merge({ survivorId: householdId, mergedId: demo['3-5']?.householdId ?? '', reason: '同じ住所' }))).toBe('CONSENT_REQUIRED');
    const kenta = await asSystem(h.t.db, (tx) => tx.person.findFirstOrThrow({ where: { id: demo['3-5']?.personIds[0] ?? '' }, select: { householdId: true } }));
    expect(kenta.householdId).toBe(demo['3-5']?.householdId);
    const merged = await worker.staff.householdMember.merge({ survivorId: householdId, mergedId: second.householdId ?? '', reason: '同じ住所の同一世帯と確認した' });
    expect(merged).toMatchObject({ householdId, moved: 1 });
    const shape = await worker.staff.householdMember.shape({ householdId });
    expect(shape.changes.map((c) => c.label)).toEqual(['世帯の統合', '世帯員の追加']);
    expect(await auditCount('merge', 'HouseholdChange')).toBe(1);
    const consultation = await asSystem(h.t.db, (tx) => tx.consultation.findFirstOrThrow({ where: { id: second.consultationId }, select: { householdId: true } }));
    expect(consultation.householdId).toBe(householdId);
  });

  it('tells households at one address apart in the search: initials, count, the 主たる相談者’s age band', async () => {
    const worker = await h.as('tsuchiura.worker');
    const found = await worker.staff.search.households({ q: 'ミホン' });
    const row = found.items.find((i) => i.id === householdId);
    expect(row).toMatchObject({ memberCount: 3, primaryAgeBand: '80代' });
    expect(row?.initials.sort()).toEqual(['ミ・ダ', 'ミ・ト', 'ミ・ミ']);
  });

  it('separates a member to a new household, with its history on both sides', async () => {
    const worker = await h.as('tsuchiura.worker');
    const shape = await worker.staff.household.get({ householdId });
    const sister = shape.members.find((m) => m.visible && m.givenName === '美代');
    const r = await worker.staff.householdMember.separate({ personIds: [sister?.id ?? ''], address: '土浦市見本町9-10', reason: '別の住所に住んでいる' });
    expect((await worker.staff.householdMember.shape({ householdId: r.householdId })).changes.map((c) => [c.label, c.incoming])).toEqual([['世帯の分離', true]]);
    expect((await worker.staff.householdMember.shape({ householdId })).changes[0]).toMatchObject({ label: '世帯の分離', incoming: false });
    expect(await appCodeOf(worker.staff.householdMember.separate({ personIds: [motherId, shape.members.find((m) => m.visible && m.givenName === '大介')?.id ?? ''], address: '土浦市見本町9-11' }))).toBe('VALIDATION');
  });

  it('keeps a 支援経過記録 correction as a new version, the old text visible as history', async () => {
    const worker = await h.as('tsuchiura.worker');
    const entry = await worker.staff.caseRecord.addEntry({
      caseId: motherCaseId,
      occurredAt: new Date('2026-11-19T05:30:00Z'),
      method: 'home_visit',
      counterpart: '本人・長男',
      actedBy: '見本 包括',
      content: '自宅を訪問。長男は部屋から出てこなかった。',
      nextStep: '再訪問',
      nextDate: '2026-11-26',
    });
    await worker.staff.caseRecord.correctEntry({ recordId: entry.id, expectedVersion: 1, occurredAt: new Date('2026-11-19T05:30:00Z'), method: 'home_visit', counterpart: '本人・長男', actedBy: '見本 包括', content: '自宅を訪問。長男とドア越しに少し話せた。', nextStep: '再訪問', nextDate: '2026-11-26', reason: '記載の誤り' });
    // a colleague's correction made on the version it read, after this one: refused, not silently overwritten
    expect(await appCodeOf(worker.staff.caseRecord.correctEntry({ recordId: entry.id, expectedVersion: 1, occurredAt: new Date('2026-11-19T05:30:00Z'), method: 'phone', counterpart: '本人', actedBy: '見本 包括', content: '上書き', reason: '別の訂正' }))).toBe('CONFLICT');
    const timeline = await worker.staff.caseRecord.timeline({ caseId: motherCaseId, kinds: ['progress'] });
    expect(timeline.items).toHaveLength(1);
    const item = timeline.items[0];
    expect(item).toMatchObject({ kindLabel: '支援経過', title: '訪問：本人・長男', detail: '自宅を訪問。長男とドア越しに少し話せた。' });
    expect(item?.versions?.map((v) => [v.version, v.content, v.correctionReason])).toEqual([
      [2, '自宅を訪問。長男とドア越しに少し話せた。', '記載の誤り'],
      [1, '自宅を訪問。長男は部屋から出てこなかった。', null],
    ]);
    expect(item?.versions?.[0]?.occurredAtWareki).toBe('令和8年11月19日（2026年） 14:30');
    // a closed case takes no entry until it is reopened
    expect(await appCodeOf(worker.staff.caseRecord.addEntry({ caseId: demo['7-4']?.caseId ?? '', occurredAt: fixedNow, method: 'phone', counterpart: '本人', actedBy: '見本 包括', content: '終結後の電話' }))).toBe('INVALID_TRANSITION');
  });

  it('lets only organisations taking part write, and only the writer correct', async () => {
    const disability = await h.as('tsuchiura.disability');
    expect(await appCodeOf(disability.staff.caseRecord.addEntry({ caseId: motherCaseId, occurredAt: fixedNow, method: 'phone', counterpart: '本人', actedBy: '見本 障子', content: '電話' }))).toBe('ROLE_FORBIDDEN');
  });

  it('shows every kind in one timeline, filterable, and per person', async () => {
    const worker = await h.as('tsuchiura.worker');
    const all = await worker.staff.caseRecord.timeline({ caseId: motherCaseId });
    expect(new Set(all.items.map((i) => i.kind))).toEqual(new Set(['consultation', 'case', 'progress']));
    expect(all.items.map((i) => i.at.getTime())).toEqual([...all.items.map((i) => i.at.getTime())].sort((a, b) => a - b));
    const person = await worker.staff.caseRecord.personTimeline({ personId: motherId, kinds: ['consultation', 'progress'] });
    expect(person.items.map((i) => i.kind)).toEqual(['consultation', 'progress']);
  });
});

describe('担当者 and 副担当 with transfer history; caseload, to-dos, 支援決定待ち, meetings', () => {
  const caseId = () => demo['1-1']?.caseId ?? '';

  it('assigns, transfers with history and audit, and refuses a worker of an organisation not taking part', async () => {
    const worker = await h.as('tsuchiura.worker');
    await worker.staff.caseRecord.assign({ caseId: caseId(), role: 'main', userId: user('worker') });
    await worker.staff.caseRecord.assign({ caseId: caseId(), role: 'sub', userId: user('coordinator') });
    expect((await worker.staff.caseRecord.caseload({ scope: 'mine' })).workers[0]?.cases.map((c) => [c.name.split(' ')[1], c.roleLabel])).toEqual([['一郎', '担当者']]);
    expect(await appCodeOf(worker.staff.caseRecord.assign({ caseId: caseId(), role: 'main', userId: user('disability') }))).toBe('VALIDATION');
    await worker.staff.caseRecord.assign({ caseId: caseId(), role: 'main', userId: user('outreach'), reason: '訪問中心の支援になるため' });
    const a = await worker.staff.caseRecord.assignments({ caseId: caseId() });
    expect(a.main?.name).toBe('見本 訪問');
    expect(a.sub?.name).toBe('見本 調整');
    expect(a.history.map((x) => [x.name, x.roleLabel, x.endedAt !== null])).toEqual([
      ['見本 包括', '担当者', true],
      ['見本 調整', '副担当', false],
      ['見本 訪問', '担当者', false],
    ]);
    expect(await auditCount('assign', 'CaseAssignment')).toBe(3);
    expect((await worker.staff.caseRecord.caseload({ scope: 'mine' })).workers[0]?.cases).toEqual([]);
    const outreach = await h.as('tsuchiura.outreach');
    expect((await outreach.staff.caseRecord.caseload({ scope: 'organisation' })).workers.flatMap((w) => w.cases.map((c) => `${w.name}:${c.name.split(' ')[1] ?? ''}`))).toEqual(['見本 訪問:一郎']);
  });

  it('names the person in each to-do, and gives the coordinator the 支援決定待ち queue', async () => {
    const coordinator = await h.as('tsuchiura.coordinator');
    await coordinator.staff.caseRecord.assign({ caseId: demo['2-3']?.caseId ?? '', role: 'main', userId: user('coordinator') });
    const load = await coordinator.staff.caseRecord.caseload({ scope: 'mine' });
    expect(load.todos.map((t) => t.text)).toContainEqual(expect.stringMatching(/^\S+ 花子さん：2026\/12\/11 見直し（第1版）$/u));
    expect(load.awaitingDecision?.map((c) => c.name.split(' ')[1])).toEqual(['さくら']);
    expect((await (await h.as('tsuchiura.worker')).staff.caseRecord.caseload({ scope: 'mine' })).awaitingDecision).toBeNull();
  });

  it('lists a meeting of today not yet held, for the chair and for the 民生委員 member', async () => {
    const coordinator = await h.as('tsuchiura.coordinator');
    const options = await coordinator.staff.meeting.options();
    const typeId = options.types.find((t) => t.kind === 'shien')?.id ?? '';
    // 09:30 in Tokyo on the day of fixedNow (10:00): still to be held today
    const m = await coordinator.staff.meeting.create({ meetingTypeId: typeId, title: '見本町の支援会議', scheduledAt: new Date('2026-11-20T00:30:00Z') });
    await coordinator.staff.meeting.addMember({ meetingId: m.id, userId: user('member') });
    expect((await coordinator.staff.work.get()).meetings.map((x) => x.title)).toContain('見本町の支援会議');
    expect((await (await h.as('tsuchiura.member')).staff.caseRecord.caseload({ scope: 'mine' })).meetings.map((x) => x.title)).toContain('見本町の支援会議');
  });
});
