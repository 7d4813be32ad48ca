// C11: what the disclosure ledger says was disclosed, in words a person asking for their record can
// read (個人情報保護法 第76条以下), which reads are not disclosures at all, and when two reads are one
// disclosure (the same organisation, person and basis on the same day in Japan).

const labels: Readonly<Record<string, string>> = {
  Person: '氏名・生年月日・連絡先などの基本情報',
  Household: '世帯の情報',
  Consent: '同意の記録',
  Consultation: '相談の記録',
  Case: 'ケース（多機関協働）の記録',
  CaseList: 'ケース一覧での表示',
  List: '一覧での表示',
  MyWork: '担当業務の一覧での表示',
  AgendaItem: '会議の議題',
  MeetingDecision: '会議での決定',
  MeetingMinutes: '会議の記録',
  Plan: '支援プラン',
  Assessment: 'アセスメント',
  ParticipationMatch: '参加支援の記録',
  ProtectionReferral: '保護の実施機関へのつなぎ',
  OutreachSubject: 'アウトリーチの記録',
  PersonExport: '本人の記録の書き出し',
};

/** The Japanese name of a disclosed record type; unknown types are named generically, never in English. */
export function disclosedRecordLabel(recordType: string): string {
  return labels[recordType] ?? (recordType.endsWith('List') ? '一覧での表示' : '記録');
}

/** Reading the ledger itself discloses nothing new to anyone. */
export function isDisclosure(recordType: string): boolean {
  return recordType !== 'DisclosureLedger';
}

const JST_OFFSET_MS = 9 * 60 * 60 * 1000; // Japan has no daylight saving time
const DAY_MS = 24 * 60 * 60 * 1000;

/** The start of the day in Japan that `at` falls on, as an instant. */
export function startOfTokyoDay(at: Date): Date {
  return new Date(Math.floor((at.getTime() + JST_OFFSET_MS) / DAY_MS) * DAY_MS - JST_OFFSET_MS);
}

export interface DisclosureKeyParts {
  personId: string;
  recipientOrganisationId: string;
  legalBasis: string;
  basisRef: string | null;
  disclosedAt: Date;
}

/** One ledger row per organisation × person × basis × day: reads with the same key add nothing. */
export function disclosureDayKey(d: DisclosureKeyParts): string {
  return [d.personId, d.recipientOrganisationId, d.legalBasis, d.basisRef ?? '', startOfTokyoDay(d.disclosedAt).toISOString()].join('|');
}
