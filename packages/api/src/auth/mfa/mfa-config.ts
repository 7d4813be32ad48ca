import type { ApiConfig, MfaConfig } from '../../context.js';

const defaults: MfaConfig = {
  rpId: 'localhost',
  rpName: 'Kasane',
  origins: ['http://localhost:3000', 'http://localhost:5173', 'http://localhost:5174'],
  prefectureRequired: false,
};

export function mfaConfigOf(config: ApiConfig): MfaConfig {
  return { ...defaults, ...config.mfa };
}
