import { z } from 'zod';

export const roles = [
  'municipal_admin',
  'consultation_worker',
  'coordinator',
  'outreach_worker',
  'community_coordinator',
  'meeting_member',
  'auditor',
  'prefectural_official',
] as const;

export const ZRole = z.enum(roles);
export type Role = z.infer<typeof ZRole>;

export const roleLabels: Readonly<Record<Role, string>> = {
  municipal_admin: '市町村の事業担当（管理者）',
  consultation_worker: '相談支援員',
  coordinator: '多機関協働担当（相談支援包括化推進員）',
  outreach_worker: 'アウトリーチ支援員',
  community_coordinator: '地域づくりコーディネーター',
  meeting_member: '会議の構成員',
  auditor: '監査担当',
  prefectural_official: '都道府県職員',
};

