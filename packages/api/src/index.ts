export { appRouter } from './root.js';
export type { AppRouter } from './root.js';
export { createContext } from './create-context.js';
export { createCallerFactory } from './trpc.js';
export { LoginThrottle, defaultThrottleLimits } from './auth/login-throttle.js';
export type { ThrottleLimits } from './auth/login-throttle.js';
export { hashPassword } from './auth/password.js';
export { sessionCookie, csrfCookie } from './auth/cookies.js';
export type { ApiConfig, ApiDeps, Actor, Context, CookieOptions, RequestInfo } from './context.js';
