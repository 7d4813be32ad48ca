// The MFA pages call the API directly (a vanilla client of the one AppRouter both apps use): the
// steps run before the app's own screens, and the apps share them unchanged.
import type { AppRouter } from '@kasane/api';
import { createKasaneClient } from '../trpc/client.js';

let client: ReturnType<typeof createKasaneClient<AppRouter>> | undefined;

export function mfaApi() {
  client ??= createKasaneClient<AppRouter>();
  return client.auth;
}
