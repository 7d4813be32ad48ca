import {
  createMunicipalAccount, createMunicipalOrganisation, listAccounts, resetMunicipalAccountPassword, setMunicipalAccountEnabled, updateMunicipalAccountDetails,
} from '../../services/accounts/account-service.js';
import { ZCreateAccount, ZCreateOrganisation, ZResetPassword, ZSetAccountEnabled, ZUpdateAccount } from '../../services/accounts/account-schemas.js';
import { getMfaPolicy, resetAccountMfa, setMunicipalMfaPolicy } from '../../services/accounts/mfa-admin-service.js';
import { z } from 'zod';
import { router, staffProcedure } from '../../trpc.js';

/** Accounts and organisations of the administrator's own municipality (issue #2). */
const admin = staffProcedure.meta({ capability: 'accounts.manage' });

export const staffAccountRouter = router({
  find: admin.query(({ ctx }) => listAccounts(ctx.tx, ctx.actor)),
  create: admin.input(ZCreateAccount).mutation(({ ctx, input }) => createMunicipalAccount(ctx.tx, ctx.actor, input)),
  update: admin.input(ZUpdateAccount).mutation(({ ctx, input }) => updateMunicipalAccountDetails(ctx.tx, ctx.actor, input)),
  setEnabled: admin.input(ZSetAccountEnabled).mutation(({ ctx, input }) => setMunicipalAccountEnabled(ctx.tx, ctx.actor, input, ctx.deps.now())),
  resetPassword: admin.input(ZResetPassword).mutation(({ ctx, input }) => resetMunicipalAccountPassword(ctx.tx, ctx.actor, input, ctx.deps.now(), ctx.session?.id ?? '')),
  /** multi-factor sign-in (ADR 0017): the municipality's rule, and resetting an account's factors */
  mfaPolicy: admin.query(({ ctx }) => getMfaPolicy(ctx.tx, ctx.actor)),
  setMfaPolicy: admin.input(z.object({ required: z.boolean() })).mutation(({ ctx, input }) => setMunicipalMfaPolicy(ctx.tx, ctx.actor, input.required, ctx.deps.now())),
  resetMfa: admin.input(z.object({ id: z.uuid() })).mutation(({ ctx, input }) => resetAccountMfa(ctx.tx, ctx.actor, input.id)),
  createOrganisation: admin.input(ZCreateOrganisation).mutation(({ ctx, input }) => createMunicipalOrganisation(ctx.tx, ctx.actor, input)),
});
