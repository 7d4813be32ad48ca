// A municipality's administrator manages its accounts (staff app, 「アカウント管理」). Runs in the
// administrator's tenant scope: the repositories filter by the municipality and row-level
// security repeats it; sessions are ended through kasane_end_sessions (same municipality only).
import {
  countActiveAdmins, createAccount, createOrganisation, endAccountSessionsInScope, getMunicipalAccount, getOrganisation,
  listMunicipalAccounts, listOrganisations, loginIdExists, updateMunicipalAccount,
} from '@kasane/db';
import type { AccountSummary, Tx } from '@kasane/db';
import { roleLabels } from '@kasane/domain';
import type { Role } from '@kasane/domain';
import type { StaffActor } from '../../context.js';
import { AppError, apiError } from '../../errors.js';
import { checkPasswordRules, generatePassword, hashPassword } from '../../auth/password.js';
import { municipalRoles } from './account-schemas.js';
import type { TCreateAccount, TUpdateAccount } from './account-schemas.js';
import { auditAs } from '../audit-as.js';

const roleLabel = (role: string): string => roleLabels[role as Role] ?? role;

function view(a: AccountSummary) {
  return {
    id: a.id,
    loginId: a.loginId,
    displayName: a.displayName,
    role: a.role,
    roleLabel: roleLabel(a.role),
    organisationId: a.organisationId,
    organisationName: a.organisationName,
    active: a.disabledAt === null,
    disabledAt: a.disabledAt,
    lastSignInAt: a.lastSignInAt,
    mustChangePassword: a.mustChangePassword,
  };
}

async function audit(tx: Tx, actor: StaffActor, action: string, recordType: string, recordId: string, basisRef: string | null = null): Promise<void> {
  await auditAs(tx, actor, {
    action,
    recordType,
    recordId,
    legalBasis: 'administration',
    basisRef,
  });
}

/** A typed password must pass the rules; null means generate one, returned once to the administrator. */
async function initialPassword(password: string | null, loginId: string): Promise<{ hash: string; generated: string | null }> {
  if (password === null) {
    const generated = generatePassword();
    return { hash: await hashPassword(generated), generated };
  }
  const problems = checkPasswordRules(password, loginId);
  if (problems.length > 0) throw new AppError('BAD_REQUEST', 'PASSWORD_RULES', problems.join(''), { problems });
  return { hash: await hashPassword(password), generated: null };
}

async function requireAccount(tx: Tx, actor: StaffActor, id: string): Promise<AccountSummary> {
  const account = await getMunicipalAccount(tx, actor.municipalityCode, id);
  if (!account) throw apiError('NOT_FOUND');
  return account;
}

async function requireOrganisation(tx: Tx, actor: StaffActor, id: string): Promise<void> {
  if (!(await getOrganisation(tx, actor.municipalityCode, id))) throw new AppError('BAD_REQUEST', 'VALIDATION', '所属機関は、この市町村の機関から選んでください。');
}

/** The municipality must keep at least one active administrator who can manage accounts. */
async function assertNotLastAdmin(tx: Tx, actor: StaffActor, account: AccountSummary): Promise<void> {
  if (account.role !== 'municipal_admin' || account.disabledAt !== null) return;
  if ((await countActiveAdmins(tx, actor.municipalityCode)) <= 1) {
    throw new AppError('CONFLICT', 'LAST_ADMIN', '有効な管理者がほかにいないため、この操作はできません。先に別の職員を管理者にしてください。');
  }
}

export async function listAccounts(tx: Tx, actor: StaffActor) {
  const [accounts, organisations] = await Promise.all([listMunicipalAccounts(tx, actor.municipalityCode), listOrganisations(tx, actor.municipalityCode)]);
  return {
    accounts: accounts.map(view),
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
    roles: municipalRoles.map((r) => ({ id: r, label: roleLabel(r) })),
  };
}

export async function createMunicipalAccount(tx: Tx, actor: StaffActor, input: TCreateAccount) {
  await requireOrganisation(tx, actor, input.organisationId);
  if (await loginIdExists(tx, input.loginId)) throw new AppError('CONFLICT', 'LOGIN_ID_TAKEN', `ログインID「${input.loginId}」はすでに使われています。別のIDにしてください。`);
  const password = await initialPassword(input.password, input.loginId);
  const created = await createAccount(tx, {
    loginId: input.loginId,
    displayName: input.displayName,
    role: input.role,
    municipalityCode: actor.municipalityCode,
    prefectureCode: null,
    organisationId: input.organisationId,
    passwordHash: password.hash,
    // The administrator knows this password: its owner replaces it at the first sign-in.
    mustChangePassword: true,
  });
  await audit(tx, actor, 'create', 'User', created.id, `role=${input.role}`);
  return { account: view(await requireAccount(tx, actor, created.id)), generatedPassword: password.generated };
}

export async function updateMunicipalAccountDetails(tx: Tx, actor: StaffActor, input: TUpdateAccount) {
  const account = await requireAccount(tx, actor, input.id);
  await requireOrganisation(tx, actor, input.data.organisationId);
  if (input.data.role !== 'municipal_admin') await assertNotLastAdmin(tx, actor, account);
  await updateMunicipalAccount(tx, actor.municipalityCode, account.id, input.data);
  const changes = [account.role !== input.data.role ? `role=${account.role}->${input.data.role}` : null, account.organisationId !== input.data.organisationId ? `organisation=${input.data.organisationId}` : null].filter(Boolean);
  // No session needs ending: every request reloads the account, so the new role applies at once.
  await audit(tx, actor, 'update', 'User', account.id, changes.join(' ') || null);
  return view(await requireAccount(tx, actor, account.id));
}

export async function setMunicipalAccountEnabled(tx: Tx, actor: StaffActor, input: { id: string; enabled: boolean }, now: Date) {
  const account = await requireAccount(tx, actor, input.id);
  if (input.enabled === (account.disabledAt === null)) return view(account);
  if (!input.enabled) await assertNotLastAdmin(tx, actor, account);
  await updateMunicipalAccount(tx, actor.municipalityCode, account.id, { disabledAt: input.enabled ? null : now });
  if (!input.enabled) await endAccountSessionsInScope(tx, account.id, null);
  await audit(tx, actor, input.enabled ? 'enable' : 'disable', 'User', account.id);
  return view(await requireAccount(tx, actor, account.id));
}

export async function resetMunicipalAccountPassword(tx: Tx, actor: StaffActor, input: { id: string; password: string | null }, now: Date, ownSessionId: string) {
  const account = await requireAccount(tx, actor, input.id);
  const password = await initialPassword(input.password, account.loginId);
  await updateMunicipalAccount(tx, actor.municipalityCode, account.id, { passwordHash: password.hash, mustChangePassword: true, passwordChangedAt: now });
  await endAccountSessionsInScope(tx, account.id, account.id === actor.userId ? ownSessionId : null);
  await audit(tx, actor, 'reset_password', 'User', account.id);
  return { account: view(await requireAccount(tx, actor, account.id)), generatedPassword: password.generated };
}

export async function createMunicipalOrganisation(tx: Tx, actor: StaffActor, input: { name: string; kind: string }) {
  const existing = (await listOrganisations(tx, actor.municipalityCode)).find((o) => o.name === input.name);
  if (existing) throw new AppError('CONFLICT', 'ORGANISATION_EXISTS', `「${input.name}」はすでに登録されています。`);
  const organisation = await createOrganisation(tx, { municipalityCode: actor.municipalityCode, name: input.name, kind: input.kind, isPublicAssistanceOffice: input.kind === 'public_assistance_office' });
  await audit(tx, actor, 'create', 'Organisation', organisation.id);
  return { id: organisation.id, name: organisation.name, kind: organisation.kind };
}
