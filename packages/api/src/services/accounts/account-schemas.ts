import { z } from 'zod';
import { roles } from '@kasane/domain';

/** Lower-case ASCII so that an id read out over the phone is typed the same way. */
export const ZLoginId = z
  .string()
  .trim()
  .min(3, 'ログインIDは3文字以上にしてください。')
  .max(64, 'ログインIDは64文字以内にしてください。')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'ログインIDは半角の英小文字・数字と「.」「_」「-」で入力してください（先頭は英小文字か数字）。');

export const ZDisplayName = z.string().trim().min(1, '氏名を入力してください。').max(100, '氏名は100文字以内にしてください。');

/** Every role a municipality's administrator may give (prefectural officials are set up by the tool). */
export const municipalRoles = roles.filter((r) => r !== 'prefectural_official');
export const ZMunicipalRole = z.enum(municipalRoles as [Exclude<(typeof roles)[number], 'prefectural_official'>, ...Exclude<(typeof roles)[number], 'prefectural_official'>[]]);

export const organisationKinds = [
  'municipal_department',
  'community_general_support_center',
  'disability_consultation',
  'child_support',
  'social_welfare_council',
  'public_assistance_office',
  'npo',
  'volunteer_commissioners',
] as const;
export const ZOrganisationKind = z.enum(organisationKinds);

/** A password typed by an administrator; null asks the server to generate one (shown once). */
export const ZInitialPassword = z.string().max(200).nullable();

export const ZCreateAccount = z.object({
  loginId: ZLoginId,
  displayName: ZDisplayName,
  role: ZMunicipalRole,
  organisationId: z.uuid('所属機関を選んでください。'),
  password: ZInitialPassword,
});
export type TCreateAccount = z.infer<typeof ZCreateAccount>;

export const ZUpdateAccount = z.object({
  id: z.uuid(),
  data: z.object({ displayName: ZDisplayName, role: ZMunicipalRole, organisationId: z.uuid('所属機関を選んでください。') }),
});
export type TUpdateAccount = z.infer<typeof ZUpdateAccount>;

export const ZSetAccountEnabled = z.object({ id: z.uuid(), enabled: z.boolean() });
export const ZResetPassword = z.object({ id: z.uuid(), password: ZInitialPassword });
export const ZCreateOrganisation = z.object({ name: z.string().trim().min(1, '機関名を入力してください。').max(100), kind: ZOrganisationKind });

export const ZChangeOwnPassword = z.object({
  currentPassword: z.string().min(1, '現在のパスワードを入力してください。').max(200),
  newPassword: z.string().min(1, '新しいパスワードを入力してください。').max(200),
});
