// The hot path's one-statement loader (ADR 0024) must hand the policy exactly what the per-table
// loaders do: the same person facts, cases, consents, referrals and meeting memberships, with the
// same dates — for every demo person and every member of a meeting, and nothing for an unknown id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem, loadMeetingMembershipsOfUser, loadPersonAccessContext, loadPersonAccessFacts } from '../src/index.js';
import type { Tx } from '../src/index.js';
import { createTestDatabase } from '../src/testing/test-database.js';
import type { TestDatabase } from '../src/testing/test-database.js';

const now = new Date('2026-11-01T00:00:00Z');
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ demo: { hashPassword: async (p) => `plain:${p}`, now } });
  // two meetings of 土浦市 with agenda items (the demo data has none): one member signed, one not
  await asSystem(t.db, async (tx) => {
    const type = await tx.meetingType.findFirstOrThrow({ where: { municipalityCode: '082031' } });
    const [a, b] = await tx.user.findMany({ where: { municipalityCode: '082031', organisationId: { not: null } }, take: 2, orderBy: { loginId: 'asc' } });
    const households = await tx.household.findMany({ where: { municipalityCode: '082031' }, take: 2, include: { persons: { select: { id: true } } } });
    if (!a || !b || households.length < 2) throw new Error('demo data too small');
    for (const [i, kind] of ['shien', 'jusoteki'].entries()) {
      const meeting = await tx.meeting.create({ data: { municipalityCode: '082031', meetingTypeId: type.id, kind, title: `会議${i}`, scheduledAt: now, chairUserId: a.id } });
      await tx.meetingMember.create({ data: { municipalityCode: '082031', meetingId: meeting.id, userId: a.id, organisationId: a.organisationId ?? '', ...(i === 0 ? { undertakingSignedAt: now } : {}) } });
      await tx.meetingMember.create({ data: { municipalityCode: '082031', meetingId: meeting.id, userId: b.id, organisationId: b.organisationId ?? '' } });
      for (const h of households) {
        await tx.agendaItem.create({ data: { municipalityCode: '082031', meetingId: meeting.id, householdId: h.id, personIds: h.persons.map((p) => p.id), basis: 'consent', consentIds: [], addedByUserId: a.id } });
      }
    }
  });
});
afterAll(async () => t.drop());

const byKey = <T>(xs: T[], key: (x: T) => string) => [...xs].sort((a, b) => key(a).localeCompare(key(b)));
const sortedFacts = (f: Awaited<ReturnType<typeof loadPersonAccessFacts>>) =>
  f && {
    ...f,
    cases: byKey(f.cases, (c) => c.caseId).map((c) => ({ ...c, involvedOrganisationIds: [...c.involvedOrganisationIds].sort() })),
    consents: byKey(f.consents, (c) => c.id),
    protectionReferrals: byKey(f.protectionReferrals, (r) => r.referralId),
  };

// The reference: the memberships as the ORM reads them, table by table.
const membershipsByOrm = async (tx: Tx, municipalityCode: string, userId: string) =>
  (
    await tx.meetingMember.findMany({
      where: { municipalityCode, userId },
      select: { meetingId: true, undertakingSignedAt: true, meeting: { select: { kind: true, agendaItems: { select: { personIds: true } } } } },
    })
  ).map((r) => ({ meetingId: r.meetingId, kind: r.meeting.kind, undertakingSignedAt: r.undertakingSignedAt, agendaPersonIds: [...new Set(r.meeting.agendaItems.flatMap((a) => a.personIds))] }));
const sortedMemberships = (ms: { meetingId: string; agendaPersonIds: string[] }[]) => byKey(ms, (m) => m.meetingId).map((m) => ({ ...m, agendaPersonIds: [...m.agendaPersonIds].sort() }));

describe('loadPersonAccessContext', () => {
  it('equals the per-table loaders for every demo person, as a meeting member and as a user without meetings', async () => {
    const { persons, members, users } = await asSystem(t.db, async (tx) => ({
      persons: await tx.person.findMany({ select: { id: true, municipalityCode: true } }),
      members: await tx.meetingMember.findMany({ select: { userId: true, municipalityCode: true }, distinct: ['userId'] }),
      users: await tx.user.findMany({ where: { municipalityCode: '082031' }, select: { id: true } }),
    }));
    const loner = users.find((u) => !members.some((m) => m.userId === u.id));
    if (!loner) throw new Error('every demo user sits on a meeting');
    expect(members.length).toBeGreaterThan(0);
    let withCases = 0;
    let withConsents = 0;
    for (const p of persons) {
      const member = members.find((m) => m.municipalityCode === p.municipalityCode);
      for (const userId of [loner.id, ...(member ? [member.userId] : [])]) {
        const [one, facts, memberships, reference] = await asSystem(t.db, async (tx) =>
          Promise.all([
            loadPersonAccessContext(tx, p.municipalityCode, p.id, userId),
            loadPersonAccessFacts(tx, p.municipalityCode, p.id),
            loadMeetingMembershipsOfUser(tx, p.municipalityCode, userId),
            membershipsByOrm(tx, p.municipalityCode, userId),
          ]),
        );
        expect(sortedFacts(one.facts)).toEqual(sortedFacts(facts));
        expect(sortedMemberships(one.memberships)).toEqual(sortedMemberships(reference));
        expect(sortedMemberships(memberships)).toEqual(sortedMemberships(reference));
      }
      const f = await asSystem(t.db, (tx) => loadPersonAccessFacts(tx, p.municipalityCode, p.id));
      if (f?.cases.length) withCases += 1;
      if (f?.consents.some((c) => c.expiresAt || c.withdrawnAt)) withConsents += 1;
    }
    // the comparison covered the interesting shapes, not only empty lists
    expect(withCases).toBeGreaterThan(5);
    expect(withConsents).toBeGreaterThan(0);
  });

  it('with a reader, says whether their organisation recorded the person and finds their open emergency grant', async () => {
    const [recorder, other] = await asSystem(t.db, async (tx) => {
      const a = await tx.user.findFirstOrThrow({ where: { municipalityCode: '082031', organisationId: { not: null } }, select: { id: true, organisationId: true } });
      const b = await tx.user.findFirstOrThrow({ where: { municipalityCode: '082031', organisationId: { notIn: [a.organisationId ?? ''] } }, select: { id: true, organisationId: true } });
      return [a, b];
    });
    const person = await asSystem(t.db, async (tx) => {
      const p = await tx.person.findFirstOrThrow({ where: { municipalityCode: '082031' }, select: { id: true } });
      return tx.person.update({ where: { id: p.id }, data: { createdByOrganisationId: recorder.organisationId }, select: { id: true } });
    });
    const read = (userId: string, organisationId: string, at: Date) => asSystem(t.db, (tx) => loadPersonAccessContext(tx, '082031', person.id, userId, { organisationId, now: at }));
    expect((await read(recorder.id, recorder.organisationId ?? '', now)).reader).toEqual({ recordedByReader: true, grant: null });
    expect((await read(other.id, other.organisationId ?? '', now)).reader).toEqual({ recordedByReader: false, grant: null });
    const grant = await asSystem(t.db, (tx) =>
      tx.emergencyAccess.create({
        data: { municipalityCode: '082031', personId: person.id, userId: other.id, organisationId: other.organisationId ?? '', reason: '安否確認', openedAt: now, expiresAt: new Date(now.getTime() + 86_400_000) },
      }),
    );
    expect((await read(other.id, other.organisationId ?? '', new Date(now.getTime() + 60_000))).reader?.grant).toEqual({ id: grant.id, reason: '安否確認', openedAt: grant.openedAt, expiresAt: grant.expiresAt });
    // not before it opened, not once it expired, not for another user
    expect((await read(other.id, other.organisationId ?? '', new Date(now.getTime() - 1))).reader?.grant).toBeNull();
    expect((await read(other.id, other.organisationId ?? '', grant.expiresAt)).reader?.grant).toBeNull();
    expect((await read(recorder.id, recorder.organisationId ?? '', new Date(now.getTime() + 60_000))).reader?.grant).toBeNull();
    // without a reader, nothing of the reader's side
    expect((await asSystem(t.db, (tx) => loadPersonAccessContext(tx, '082031', person.id, other.id))).reader).toBeNull();
  });

  it('answers no facts for a person of another municipality or an unknown id', async () => {
    const other = await asSystem(t.db, (tx) => tx.person.findFirstOrThrow({ where: { municipalityCode: '082040' }, select: { id: true } }));
    const user = await asSystem(t.db, (tx) => tx.user.findFirstOrThrow({ where: { municipalityCode: '082031' }, select: { id: true } }));
    const loaded = await asSystem(t.db, (tx) => loadPersonAccessContext(tx, '082031', other.id, user.id));
    expect(loaded.facts).toBeNull();
    expect((await asSystem(t.db, (tx) => loadPersonAccessContext(tx, '082031', '00000000-0000-4000-8000-000000000000', user.id))).facts).toBeNull();
  });
});
