// The administrators' tool's account commands (`pnpm kasane municipality:setup` …): they run on
// the owner connection, before any administrator exists who could do it in the staff app.
import {
  appendAudit, asSystem, createAccount, createOrganisation, deleteSessionsOfAccount, findAccountByLoginId, findOrganisationByName,
  getMunicipality, getPrefecture, listPrefectures, setAccountPassword,
} from '@kasane/db';
import type { Database, Tx } from '@kasane/db';
import { err, ok } from '@kasane/domain';
import type { Result } from '@kasane/domain';
import { checkPasswordRules, generatePassword, hashPassword } from '../../auth/password.js';
import { ZDisplayName, ZLoginId } from './account-schemas.js';

export interface OnboardingProblem {
  message: string;
}

export interface IssuedPassword {
  /** the generated password, to be shown once; null when the operator supplied one */
  generatedPassword: string | null;
}

/** The tool is not a user: its entries name no actor, and its role says where they came from. */
const toolActor = { actorUserId: null, actorRole: 'admin_tool', actorOrganisationId: null } as const;

function problem(message: string): Result<never, OnboardingProblem> {
  return err({ message });
}

function parseIdentity(loginId: string, displayName: string): Result<{ loginId: string; displayName: string }, OnboardingProblem> {
  const id = ZLoginId.safeParse(loginId);
  if (!id.success) return problem(id.error.issues[0]?.message ?? 'ログインIDが正しくありません。');
  const name = ZDisplayName.safeParse(displayName);
  if (!name.success) return problem(name.error.issues[0]?.message ?? '氏名が正しくありません。');
  return ok({ loginId: id.data, displayName: name.data });
}

/** A supplied password must pass the rules; none means a generated one. */
async function choosePassword(password: string | null, loginId: string): Promise<Result<{ hash: string; generated: string | null }, OnboardingProblem>> {
  if (password !== null) {
    const problems = checkPasswordRules(password, loginId);
    if (problems.length > 0) return problem(problems.join(''));
    return ok({ hash: await hashPassword(password), generated: null });
  }
  const generated = generatePassword();
  return ok({ hash: await hashPassword(generated), generated });
}

async function loginTaken(tx: Tx, loginId: string): Promise<boolean> {
  return (await findAccountByLoginId(tx, loginId)) !== null;
}

export interface MunicipalitySetup {
  municipalityCode: string;
  organisationName: string;
  loginId: string;
  displayName: string;
  password: string | null;
}

/** A municipality's first organisation (reused if it already exists by name) and its administrator. */
export async function setUpMunicipality(
  db: Database,
  input: MunicipalitySetup,
): Promise<Result<IssuedPassword & { municipality: { code: string; name: string }; organisation: { id: string; name: string; created: boolean }; account: { id: string; loginId: string } }, OnboardingProblem>> {
  if (!/^\d{6}$/.test(input.municipalityCode)) return problem('全国地方公共団体コードは6桁の数字で指定してください（例: 082031）。');
  const identity = parseIdentity(input.loginId, input.displayName);
  if (!identity.ok) return identity;
  const organisationName = input.organisationName.trim();
  if (!organisationName) return problem('機関名（--organisation）を指定してください。');
  const { loginId, displayName } = identity.value;
  const password = await choosePassword(input.password, loginId);
  if (!password.ok) return password;

  return asSystem(db, async (tx) => {
    const municipality = await getMunicipality(tx, input.municipalityCode);
    if (!municipality) return problem(`全国地方公共団体コード ${input.municipalityCode} の市区町村は参照データにありません。コードを確かめてください。`);
    if (municipality.isWard) return problem(`${municipality.name}は政令指定都市の区です。市のコード（${municipality.parentCode ?? '—'}）で設定してください。`);
    if (await loginTaken(tx, loginId)) return problem(`ログインID「${loginId}」はすでに使われています。別のIDを指定してください（パスワードの再設定は user:reset-password）。`);
    const existing = await findOrganisationByName(tx, municipality.code, organisationName);
    const organisation = existing ?? (await createOrganisation(tx, { municipalityCode: municipality.code, name: organisationName, kind: 'municipal_department' }));
    if (!existing) {
      await appendAudit(tx, { ...toolActor, municipalityCode: municipality.code, action: 'create', recordType: 'Organisation', recordId: organisation.id, legalBasis: 'administration', basisRef: 'municipality:setup' });
    }
    const account = await createAccount(tx, {
      loginId,
      displayName,
      role: 'municipal_admin',
      municipalityCode: municipality.code,
      prefectureCode: null,
      organisationId: organisation.id,
      passwordHash: password.value.hash,
      mustChangePassword: password.value.generated !== null,
    });
    await appendAudit(tx, { ...toolActor, municipalityCode: municipality.code, action: 'create', recordType: 'User', recordId: account.id, legalBasis: 'administration', basisRef: 'municipality:setup role=municipal_admin' });
    return ok({
      municipality: { code: municipality.code, name: municipality.name },
      organisation: { id: organisation.id, name: organisation.name, created: !existing },
      account: { id: account.id, loginId },
      generatedPassword: password.value.generated,
    });
  });
}

export interface PrefecturalOfficialSetup {
  /** two digits (08) or the six-digit code with check digit (080004) */
  prefecture: string;
  loginId: string;
  displayName: string;
  password: string | null;
}

export async function createPrefecturalOfficial(
  db: Database,
  input: PrefecturalOfficialSetup,
): Promise<Result<IssuedPassword & { prefecture: { code: string; name: string }; account: { id: string; loginId: string } }, OnboardingProblem>> {
  if (!/^(\d{2}|\d{6})$/.test(input.prefecture)) return problem('都道府県は2桁（例: 08）または6桁（例: 080004）のコードで指定してください。');
  const identity = parseIdentity(input.loginId, input.displayName);
  if (!identity.ok) return identity;
  const { loginId, displayName } = identity.value;
  const password = await choosePassword(input.password, loginId);
  if (!password.ok) return password;

  return asSystem(db, async (tx) => {
    const prefecture =
      input.prefecture.length === 6 ? await getPrefecture(tx, input.prefecture) : ((await listPrefectures(tx)).find((p) => p.code.startsWith(input.prefecture)) ?? null);
    if (!prefecture) return problem(`都道府県コード ${input.prefecture} は参照データにありません。`);
    if (await loginTaken(tx, loginId)) return problem(`ログインID「${loginId}」はすでに使われています。別のIDを指定してください（パスワードの再設定は user:reset-password）。`);
    const account = await createAccount(tx, {
      loginId,
      displayName,
      role: 'prefectural_official',
      municipalityCode: null,
      prefectureCode: prefecture.code,
      organisationId: null,
      passwordHash: password.value.hash,
      mustChangePassword: password.value.generated !== null,
    });
    await appendAudit(tx, { ...toolActor, municipalityCode: null, action: 'create', recordType: 'User', recordId: account.id, legalBasis: 'administration', basisRef: `prefecture:official prefecture=${prefecture.code}` });
    return ok({ prefecture: { code: prefecture.code, name: prefecture.name }, account: { id: account.id, loginId }, generatedPassword: password.value.generated });
  });
}

/** A forgotten password: a new one (supplied or generated), and every session of the account ends. */
export async function resetPasswordByTool(
  db: Database,
  input: { loginId: string; password: string | null; now: Date },
): Promise<Result<IssuedPassword & { account: { id: string; loginId: string }; endedSessions: number }, OnboardingProblem>> {
  const loginId = input.loginId.trim();
  return asSystem(db, async (tx) => {
    const account = await findAccountByLoginId(tx, loginId);
    if (!account) return problem(`ログインID「${loginId}」のアカウントはありません。`);
    const password = await choosePassword(input.password, loginId);
    if (!password.ok) return password;
    await setAccountPassword(tx, account.id, password.value.hash, { mustChange: password.value.generated !== null, at: input.now });
    const endedSessions = await deleteSessionsOfAccount(tx, account.id);
    await appendAudit(tx, { ...toolActor, municipalityCode: account.municipalityCode, action: 'reset_password', recordType: 'User', recordId: account.id, legalBasis: 'administration', basisRef: 'user:reset-password' });
    return ok({ account: { id: account.id, loginId }, endedSessions, generatedPassword: password.value.generated });
  });
}
