import { z } from 'zod';

// SPEC §3.1: 窓口・電話・訪問・ポータル・他機関からの情報・民生委員から — any of them, never refused (C1).
export const intakeChannels = ['window', 'phone', 'visit', 'portal', 'other_organisation', 'minsei'] as const;
export const ZIntakeChannel = z.enum(intakeChannels);
export type IntakeChannel = z.infer<typeof ZIntakeChannel>;
export const intakeChannelLabels: Readonly<Record<IntakeChannel, string>> = {
  window: '窓口',
  phone: '電話',
  visit: '訪問',
  portal: 'ポータル（相談フォーム）',
  other_organisation: '他機関からの情報',
  minsei: '民生委員から',
};

// Who brought the consultation; an anonymous consultation is recorded too (C1).
export const consulterTypes = ['self', 'family', 'minsei', 'other_organisation', 'anonymous'] as const;
export const ZConsulterType = z.enum(consulterTypes);
export type ConsulterType = z.infer<typeof ZConsulterType>;
export const consulterTypeLabels: Readonly<Record<ConsulterType, string>> = {
  self: '本人',
  family: '家族',
  minsei: '民生委員・児童委員',
  other_organisation: '他の機関',
  anonymous: '匿名',
};
