import { render } from '@testing-library/react';
import { FakeAppError, fakeTrpcFetch } from '@kasane/ui/testing';
import { staffAreasOf } from '@kasane/domain';
import { createApi } from '../src/api.js';
import { App } from '../src/app.js';
import { createI18n } from '../src/i18n/index.js';
import { createAppRouter } from '../src/router.js';

export const worker = {
  kind: 'staff' as const,
  userId: 'u1',
  displayName: '土浦 花子',
  role: 'consultation_worker',
  organisationId: 'org-shakyo',
  municipalityCode: '082031',
};

export const homeData = {
  user: { id: 'u1', displayName: '土浦 花子', role: 'consultation_worker', roleLabel: '相談支援員' },
  organisation: { id: 'org-shakyo', municipalityCode: '082031', name: '土浦市社会福祉協議会', kind: 'social_welfare_council', isPublicAssistanceOffice: false, phone: '029-000-0000', address: '土浦市見本町' },
  municipality: { code: '082031', name: '土浦市', kana: 'つちうらし', prefectureName: '茨城県' },
  parts: [
    { partId: 'consult.poverty', mode: 'entrusted', name: '生活困窮者自立相談支援事業' },
    { partId: 'coordination', mode: 'direct', name: '多機関協働事業' },
  ],
};

/** What auth.session answers for this actor, the menu areas derived as the API derives them. */
export function fakeSession(actor: { role: string } | null) {
  return { actor, csrfToken: 'csrf-1', mustChangePassword: false, staffAreas: actor ? staffAreasOf(actor.role) : [] };
}

/** The staff app on a fake server whose session starts signed out. */
export async function renderStaffApp(options: { path?: string; login?: (input: unknown) => unknown } = {}) {
  let actor: typeof worker | null = null;
  const server = fakeTrpcFetch({
    'auth.session': () => fakeSession(actor),
    'auth.login': (input) => {
      const result = options.login ? options.login(input) : { actor: worker };
      actor = worker;
      return result;
    },
    'auth.logout': () => {
      actor = null;
      return { ok: true };
    },
    'staff.home.get': () => {
      if (!actor) throw new FakeAppError('UNAUTHENTICATED', 'ログインが必要です。もう一度ログインしてください。', 401);
      return homeData;
    },
    'staff.organisation.find': () => [
      { ...homeData.organisation, parts: homeData.parts },
      { id: 'org-npo', municipalityCode: '082031', name: 'NPO法人 見本ささえあいネット', kind: 'npo', isPublicAssistanceOffice: false, phone: null, address: null, parts: [] },
    ],
  });
  document.cookie = 'kasane_csrf=csrf-1; path=/';
  const api = createApi({ fetch: server.fetch });
  const router = createAppRouter(api, { initialPath: options.path ?? '/staff/' });
  const i18n = await createI18n();
  const view = render(<App api={api} router={router} i18n={i18n} />);
  return { ...view, server, router };
}
