import { LoginThrottle } from '@kasane/api';
import type { ApiDeps } from '@kasane/api';
import type { Database } from '@kasane/db';
import type { Env } from './env.js';

export function apiDeps(db: Database, env: Env): ApiDeps {
  return {
    db,
    throttle: new LoginThrottle(),
    now: () => new Date(),
    config: {
      production: env.NODE_ENV === 'production',
      sessionIdleMinutes: env.KASANE_SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: env.KASANE_SESSION_ABSOLUTE_HOURS,
      suppressionThreshold: env.KASANE_SUPPRESSION_THRESHOLD,
      mfa: {
        ...(env.KASANE_MFA_KEY ? { secretKey: env.KASANE_MFA_KEY } : {}),
        ...(env.KASANE_WEBAUTHN_RP_ID ? { rpId: env.KASANE_WEBAUTHN_RP_ID } : {}),
        ...(env.KASANE_WEBAUTHN_ORIGINS ? { origins: env.KASANE_WEBAUTHN_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean) } : {}),
        prefectureRequired: env.KASANE_PREFECTURE_MFA_REQUIRED === 'true',
      },
    },
  };
}
