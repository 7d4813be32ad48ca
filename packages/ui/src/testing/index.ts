export { FakeAppError, fakeTrpcFetch } from './fake-trpc.js';
export type { FakeCall, FakeHandler } from './fake-trpc.js';
