import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { appRouter, createCallerFactory, createContext } from '@kasane/api';
import type { ApiDeps, RequestInfo } from '@kasane/api';

// The portal without JavaScript (issue #12 item 8): each municipality's windows and places pages are
// rendered here as real HTML inside the built index.html, so their text is there before any script
// runs; the app then takes over (main.tsx). /m/ lists the prefectures and their municipalities so the
// pages can be found by links alone. Any other path the portal does not know answers 404.

const portalRoutes = [/^\/$/, /^\/(?:accessibility|windows|places|request|offer|open-data)$/, /^\/places\/[0-9a-f-]{36}$/i];
/** Whether the portal's app has a page at this path (its other paths answer 404). */
export const isPortalPath = (path: string): boolean => portalRoutes.some((r) => r.test(path));

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
/** Tagged template: every interpolated string is escaped, arrays of already-built parts are joined. */
function html(strings: TemplateStringsArray, ...values: (string | number | Html | Html[] | null | undefined)[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    const part = v === null || v === undefined ? '' : Array.isArray(v) ? v.map((x) => x.value).join('') : v instanceof Html ? v.value : escapeHtml(String(v));
    out += part + (strings[i + 1] ?? '');
  });
  return new Html(out);
}
class Html {
  constructor(readonly value: string) {}
}

const createCaller = createCallerFactory(appRouter);

/** Where an entry's data comes from (CC BY credit), worded as the app's cards word it. */
const credit = (source: { name: string; licence: string; credit: string } | null): Html | null =>
  source ? html`<p class="kasane-muted portal-source" data-testid="source-credit">${source.credit || `出典：${source.name}`}（${source.licence}）</p>` : null;

export function registerPortalPages(app: FastifyInstance, options: { deps: ApiDeps; portalDir: string; requestInfo: (req: FastifyRequest, reply: FastifyReply) => RequestInfo }): void {
  const shell = readFileSync(join(options.portalDir, 'index.html'), 'utf8');
  const page = (title: string, body: Html, data?: unknown): string => {
    const json = data === undefined ? '' : `<script type="application/json" id="kasane-municipality">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
    const header = '<header class="kasane-header"><div class="kasane-header__inner"><a class="kasane-header__app" href="/">Kasane 相談窓口さがし</a></div></header>';
    return shell
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)} | Kasane 相談窓口さがし</title>`)
      .replace(/<div id="root">[\s\S]*<\/div>(\s*<\/body>)/, (_m, end: string) => `<div id="root">${header}<main class="kasane-main" id="main">${body.value}</main></div>${json}${end}`);
  };
  const send = (reply: FastifyReply, status: number, body: string) => reply.code(status).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(body);
  const caller = async (req: FastifyRequest, reply: FastifyReply) => createCaller(await createContext(options.deps, options.requestInfo(req, reply)));

  app.get('/m/', async (req, reply) => {
    const prefectures = await (await caller(req, reply)).portal.prefecture.list();
    const items = prefectures.map((p) => html`<li><a href="/m/p/${p.code}">${p.name}</a></li>`);
    return send(reply, 200, page('市区町村から探す', html`<h1>お住まいの市区町村から探す</h1><p>都道府県を選んでください。</p><ul class="portal-plain-list">${items}</ul>`));
  });
  app.get('/m', async (_req, reply) => reply.redirect('/m/', 301));

  app.get<{ Params: { code: string } }>('/m/p/:code', async (req, reply) => {
    const api = await caller(req, reply);
    const prefecture = /^\d{6}$/.test(req.params.code) ? (await api.portal.prefecture.list()).find((p) => p.code === req.params.code) : undefined;
    if (!prefecture) return send(reply, 404, page('ページが見つかりません', html`<h1>ページが見つかりません</h1><p><a href="/m/">都道府県の一覧へ</a></p>`));
    const all = [];
    for (let n = 1; ; n++) {
      const r = await api.portal.municipality.find({ query: '', prefectureCode: prefecture.code, page: n, pageSize: 100 });
      all.push(...r.items);
      if (all.length >= r.total || r.items.length === 0) break;
    }
    const items = all.map((m) => html`<li>${m.name}（${m.kana}）：<a href="/m/${m.code}/windows">相談窓口</a> ／ <a href="/m/${m.code}/places">居場所・活動</a></li>`);
    return send(reply, 200, page(prefecture.name, html`<h1>${prefecture.name}の市区町村</h1><ul class="portal-plain-list">${items}</ul><p><a href="/m/">都道府県の一覧へ</a></p>`));
  });

  app.get<{ Params: { code: string; kind: string } }>('/m/:code/:kind', async (req, reply) => {
    const { code, kind } = req.params;
    const api = await caller(req, reply);
    const profile = /^\d{6}$/.test(code) && (kind === 'windows' || kind === 'places') ? await api.portal.municipality.get({ code }).catch(() => null) : null;
    if (!profile) return send(reply, 404, page('ページが見つかりません', html`<h1>ページが見つかりません</h1><p><a href="/m/">市区町村の一覧へ</a></p>`));
    const chosen = { code: profile.code, name: profile.name, kana: profile.kana, prefectureCode: profile.prefectureCode };
    const nav = html`<p><a href="/m/${code}/windows">相談窓口</a> ／ <a href="/m/${code}/places">居場所・活動</a> ／ <a href="/m/p/${profile.prefectureCode}">${profile.prefectureName}の市区町村</a> ／ <a href="/api/open-data/${code}/hsds.json" download>オープンデータ（HSDS 3.0 の JSON）</a></p>`;
    const contact = html`<section class="kasane-card"><h2>${profile.name}の連絡先</h2>${profile.url ? html`<p><a href="${profile.url}" rel="noreferrer">${profile.name}のウェブサイト</a></p>` : null}<p>代表電話の番号は、このサイトの参照データ（全国地方公共団体の一覧）にまだ含まれていません。ウェブサイトでご確認ください。</p></section>`;
    if (kind === 'windows') {
      const data = await api.portal.window.find({ municipalityCode: code });
      const windows = (data?.windows ?? []).map(
        (w) => html`<li class="kasane-card portal-entry" data-testid="window"><h3>${w.name}</h3><dl class="kasane-dl"><dt>受付時間</dt><dd>${w.hoursText.join('、') || '—'}</dd>${w.phone ? html`<dt>電話</dt><dd><a href="tel:${w.phone.replace(/[^0-9+]/g, '')}">${w.phone}</a></dd>` : null}${w.address ? html`<dt>所在地</dt><dd>${w.address}</dd>` : null}</dl>${w.note ? html`<p>${w.note}</p>` : null}${credit(w.source)}</li>`,
      );
      const body = windows.length ? html`<ul class="portal-entry-list">${windows}</ul>` : html`<p>${profile.name}の窓口は、このサイトにまだ登録されていません。${profile.name}の代表電話か、ウェブサイトでお問い合わせください。</p>${contact}`;
      return send(reply, 200, page(`${profile.name}の相談窓口`, html`<h1>${profile.name}の相談窓口</h1>${nav}<p>どの窓口でも、どんな相談でも受け止めます。</p>${body}`, chosen));
    }
    const data = await api.portal.place.find({ municipalityCode: code });
    const places = data.places.map(
      (p) => html`<li class="kasane-card portal-entry" data-testid="place"><h3>${p.name}</h3>${p.area ? html`<p>${p.area}</p>` : null}<ul class="portal-plain-list">${p.activities.map((a) => html`<li><strong>${a.name}</strong>：${a.scheduleText.join(' ／ ') || '時間は問い合わせ'}</li>`)}</ul>${p.address ? html`<p>${p.address}</p>` : null}${credit(p.source)}</li>`,
    );
    const body = places.length ? html`<ul class="portal-entry-list">${places}</ul>` : html`<p>${profile.name}の居場所・活動は、このサイトにまだ登録されていません。</p>${contact}`;
    return send(reply, 200, page(`${profile.name}の居場所・活動`, html`<h1>${profile.name}の居場所・活動</h1>${nav}${body}`, chosen));
  });
}
