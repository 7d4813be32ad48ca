// A municipality's own meeting types (issue #4 item 5) against the real database: only the administrator
// changes them, names stay distinguishable, the legal kind is fixed once a meeting uses the type, a used type
// is retired rather than deleted, and a retired type is not offered for new meetings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { asSystem } from '@kasane/db';
import { createHarness } from './support/api-harness.js';
import type { Harness } from './support/api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h.close());

async function refused(p: Promise<unknown>): Promise<{ code: string; appCode: string | undefined; message: string; details: Record<string, unknown> | undefined }> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TRPCError);
    const app = e as TRPCError & { appCode?: string; details?: Record<string, unknown> };
    return { code: app.code, appCode: app.appCode, message: app.message, details: app.details };
  }
  throw new Error('expected a refusal');
}

const admin = () => h.as('tsuchiura.admin');
const coordinator = () => h.as('tsuchiura.coordinator');

describe('who may change meeting types', () => {
  it('everyone of the municipality lists them; only the administrator may edit', async () => {
    const worker = await h.as('tsuchiura.worker');
    const list = await worker.staff.meetingType.list();
    expect(list.canEdit).toBe(false);
    expect(list.types.map((t) => [t.name, t.kindLabel])).toEqual([
      ['スクラムネット', '支援会議'],
      ['ふれあい調整会議', 'その他の会議（既存の会議体など）'],
      ['重層的支援会議', '重層的支援会議'],
    ].sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1)));
    expect(list.kinds.map((k) => k.kind)).toEqual(['jusoteki', 'shien', 'other']);
    expect((await (await admin()).staff.meetingType.list()).canEdit).toBe(true);
  });

  it.each(['tsuchiura.coordinator', 'tsuchiura.worker', 'tsuchiura.member', 'tsuchiura.auditor'])('refuses %s every change', async (loginId) => {
    const c = await h.as(loginId);
    const some = (await c.staff.meetingType.list()).types[0]?.id ?? '';
    // one call at a time: promises created together would reject before anyone awaits them
    for (const attempt of [
      () => c.staff.meetingType.create({ name: '権限なし', kind: 'other' }),
      () => c.staff.meetingType.update({ id: some, data: { name: '権限なし', kind: 'other' } }),
      () => c.staff.meetingType.retire({ id: some }),
      () => c.staff.meetingType.restore({ id: some }),
      () => c.staff.meetingType.delete({ id: some }),
      () => c.staff.meetingType.addPresets(),
    ]) {
      expect(await refused(attempt())).toMatchObject({ code: 'FORBIDDEN', appCode: 'ROLE_FORBIDDEN', message: 'この操作を行う権限がありません。' });
    }
    expect((await c.staff.meetingType.list()).types.some((t) => t.name === '権限なし')).toBe(false);
  });
});

describe('the administrator defines types', () => {
  let id = '';

  it('creates one, trimmed, and refuses a bad definition field by field', async () => {
    const a = await admin();
    const created = await a.staff.meetingType.create({ name: '  地区ケース検討会 ', kind: 'shien', frequency: '月1回', note: '' });
    id = created.id;
    const row = (await a.staff.meetingType.list()).types.find((t) => t.id === id);
    expect(row).toMatchObject({ name: '地区ケース検討会', kind: 'shien', kindLabel: '支援会議', frequency: '月1回', note: null, meetingCount: 0, active: true, deletable: true, kindLocked: false });

    const r = await refused(a.staff.meetingType.create({ name: '', kind: 'statutory', frequency: 'あ'.repeat(31) }));
    expect(r).toMatchObject({ code: 'BAD_REQUEST', appCode: 'VALIDATION' });
    expect(r.details).toEqual({
      fields: {
        name: { problem: 'required', message: '会議の名前を入力してください。' },
        kind: { problem: 'unknown_kind', message: '法的な位置づけを選んでください（重層的支援会議／支援会議／その他の会議（既存の会議体など））。' },
        frequency: { problem: 'too_long', message: '開催の頻度は30文字以内で入力してください。' },
      },
    });
  });

  it('refuses a name that differs from another only in width or spacing', async () => {
    const a = await admin();
    for (const name of ['ｽｸﾗﾑﾈｯﾄ', 'スクラム　ネット', '地区 ケース検討会']) {
      const r = await refused(a.staff.meetingType.create({ name, kind: 'other' }));
      expect(r.details).toMatchObject({ fields: { name: { problem: 'duplicate' } } });
    }
    // …but another municipality may use the same name
    const koga = await h.as('koga.admin');
    expect((await koga.staff.meetingType.create({ name: 'スクラムネット', kind: 'shien' })).name).toBe('スクラムネット');
  });

  it('edits name, frequency, note and — while unused — the kind', async () => {
    const a = await admin();
    await a.staff.meetingType.update({ id, data: { name: '地区ケース会議', kind: 'other', frequency: '隔月', note: '公民館単位' } });
    expect((await a.staff.meetingType.list()).types.find((t) => t.id === id)).toMatchObject({ name: '地区ケース会議', kind: 'other', frequency: '隔月', note: '公民館単位' });
    // keeping its own name is not a collision
    await a.staff.meetingType.update({ id, data: { name: '地区ケース会議', kind: 'shien', frequency: '隔月' } });
  });

  it('fixes the kind once a meeting has been set with the type; name and frequency still change', async () => {
    const c = await coordinator();
    expect((await c.staff.meeting.options()).types.some((t) => t.id === id)).toBe(true);
    const meeting = await c.staff.meeting.create({ meetingTypeId: id, title: '地区ケース会議 12月', scheduledAt: new Date('2026-12-03T01:00:00Z') });
    const a = await admin();
    const r = await refused(a.staff.meetingType.update({ id, data: { name: '地区ケース会議', kind: 'jusoteki' } }));
    expect(r).toMatchObject({
      code: 'CONFLICT',
      appCode: 'MEETING_TYPE_IN_USE',
      message: 'この会議の種類で設定された会議が1件あるため、法的な位置づけは変更できません。位置づけが違う会議体は、新しい会議の種類として追加してください。',
      details: { field: 'kind' },
    });
    await a.staff.meetingType.update({ id, data: { name: '地区ケース会議（公民館）', kind: 'shien', frequency: '月1回' } });
    const row = (await a.staff.meetingType.list()).types.find((t) => t.id === id);
    expect(row).toMatchObject({ name: '地区ケース会議（公民館）', kind: 'shien', meetingCount: 1, kindLocked: true, deletable: false });
    // the meeting already set keeps its copied kind and now shows the new name
    const m = (await c.staff.meeting.find()).find((x) => x.id === meeting.id);
    expect(m).toMatchObject({ kind: 'shien', typeName: '地区ケース会議（公民館）' });
  });

  it('refuses to delete a type with meetings; retiring hides it from new meetings, restoring brings it back', async () => {
    const a = await admin();
    expect(await refused(a.staff.meetingType.delete({ id }))).toMatchObject({
      code: 'CONFLICT',
      appCode: 'MEETING_TYPE_IN_USE',
      message: 'この会議の種類で設定された会議が1件あるため、削除できません。新しい会議に使わないようにするには「使用を終了」してください。',
    });
    const retired = await a.staff.meetingType.retire({ id });
    expect(retired.retiredAt).toEqual(h.deps.now());
    expect((await a.staff.meetingType.list()).types.find((t) => t.id === id)).toMatchObject({ active: false });

    const c = await coordinator();
    expect((await c.staff.meeting.options()).types.some((t) => t.id === id)).toBe(false);
    expect(await refused(c.staff.meeting.create({ meetingTypeId: id, title: '使えない種類', scheduledAt: new Date('2026-12-10T01:00:00Z') }))).toMatchObject({
      code: 'CONFLICT',
      appCode: 'MEETING_TYPE_RETIRED',
      message: '会議の種類「地区ケース会議（公民館）」は使用を終了しています。新しい会議には、使用中の会議の種類を選んでください。',
    });
    // the meeting set before keeps its type
    expect((await c.staff.meeting.find()).some((m) => m.typeName === '地区ケース会議（公民館）')).toBe(true);

    await a.staff.meetingType.restore({ id });
    expect((await c.staff.meeting.options()).types.some((t) => t.id === id)).toBe(true);
  });

  it('deletes an unused type', async () => {
    const a = await admin();
    const unused = await a.staff.meetingType.create({ name: '試しの会議', kind: 'other' });
    expect(await a.staff.meetingType.delete({ id: unused.id })).toEqual({ id: unused.id, name: '試しの会議' });
    expect((await a.staff.meetingType.list()).types.some((t) => t.id === unused.id)).toBe(false);
  });
});

describe('the municipality’s standard meetings (seed 003 presets)', () => {
  it('adds the presets missing by key, and nothing the second time', async () => {
    const a = await admin();
    const fureai = (await a.staff.meetingType.list()).types.find((t) => t.key === 'tsuchiura.fureai');
    await a.staff.meetingType.delete({ id: fureai?.id ?? '' });
    expect((await a.staff.meetingType.list()).presetsMissing).toBe(1);
    expect(await a.staff.meetingType.addPresets()).toEqual({ hasPresets: true, added: ['ふれあい調整会議'], alreadyPresent: ['スクラムネット'], nameTaken: [] });
    const again = await a.staff.meetingType.addPresets();
    expect(again.added).toEqual([]);
    const list = await a.staff.meetingType.list();
    expect(list.presetsMissing).toBe(0);
    expect(list.types.find((t) => t.key === 'tsuchiura.fureai')).toMatchObject({ name: 'ふれあい調整会議', kind: 'other', frequency: '隔月' });
  });

  it('adds nothing for a municipality without presets, and says so', async () => {
    const nankoku = await h.as('nankoku.admin');
    const before = (await nankoku.staff.meetingType.list()).types.length;
    expect(await nankoku.staff.meetingType.addPresets()).toEqual({ hasPresets: false, added: [], alreadyPresent: [], nameTaken: [] });
    expect((await nankoku.staff.meetingType.list()).types).toHaveLength(before);
  });
});

describe('another municipality’s types', () => {
  it('cannot be read, changed, retired or deleted, and its rows stay as they were', async () => {
    const victim = await asSystem(h.t.db, (tx) => tx.meetingType.findFirstOrThrow({ where: { municipalityCode: '082040', key: 'koga.core' } }));
    const a = await admin();
    expect((await a.staff.meetingType.list()).types.some((t) => t.id === victim.id)).toBe(false);
    for (const attempt of [
      () => a.staff.meetingType.update({ id: victim.id, data: { name: '乗っ取り', kind: 'shien' } }),
      () => a.staff.meetingType.retire({ id: victim.id }),
      () => a.staff.meetingType.restore({ id: victim.id }),
      () => a.staff.meetingType.delete({ id: victim.id }),
    ]) {
      expect((await refused(attempt())).code).toBe('NOT_FOUND');
    }
    const after = await asSystem(h.t.db, (tx) => tx.meetingType.findUniqueOrThrow({ where: { id: victim.id } }));
    expect(after).toEqual(victim);
  });
});
