import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { Api } from './api.js';
import { TrpcProvider } from './api.js';
import type { AppRouterInstance } from './router.js';

export function App({ api, router, i18n }: { api: Api; router: AppRouterInstance; i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={api.queryClient}>
        <TrpcProvider value={api.trpc}>
          <RouterProvider router={router} />
        </TrpcProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
