import { adminJa } from './ja-admin.js';
import { communityJa } from './ja-community.js';
import { coordinationJa } from './ja-coordination.js';
import { auditJa } from './ja-audit.js';
import { backofficeJa } from './ja-backoffice.js';
import { emergencyJa } from './ja-emergency.js';
import { intakeJa } from './ja-intake.js';
import { caseworkJa } from './ja-casework.js';
import { surveysJa } from './ja-surveys.js';
import { meetingsRecordJa } from './ja-meetings.js';
import { formsJa } from './ja-forms.js';
// Every string the staff app shows. Keys are grouped by screen.
export const staffJa = {
  ...coordinationJa,
  ...communityJa,
  ...intakeJa,
  ...adminJa,
  ...emergencyJa,
  ...auditJa,
  ...caseworkJa,
  ...formsJa,
  ...backofficeJa,
  ...surveysJa,
  ...meetingsRecordJa,
  appName: 'Kasane 職員用',
  appSubtitle: '重層的支援体制整備事業',
  nav: {
    label: '主なメニュー',
    home: 'ホーム',
    organisations: '機関一覧',
    groups: { casework: '相談・ケース', meetings: '会議', community: '地域づくり・参加支援', administration: '管理' },
  },
  login: {
    title: 'ログイン',
    lead: '市町村・支援関係機関の職員の方は、配布されたログインIDとパスワードでログインしてください。',
    otherApp: '都道府県の職員の方は、都道府県用の画面からログインしてください。',
    otherAppLink: '都道府県用の画面へ',
  },
  header: {
    context: '{{prefecture}} {{municipality}}　{{organisation}}',
  },
  home: {
    title: 'ホーム',
    greeting: '{{name}}さん、お疲れさまです。',
    organisation: '所属機関',
    municipality: '市町村',
    name: '名称',
    kind: '種別',
    phone: '電話番号',
    address: '所在地',
    municipalityName: '市町村名',
    municipalityCode: '全国地方公共団体コード',
    parts: '担当している事業',
    partsCaption: '{{organisation}}が実施する重層的支援体制整備事業の事業',
    partName: '事業',
    mode: '実施方法',
    noParts: 'この機関が担当する事業は登録されていません。',
    notSet: '未登録',
    publicAssistance: '生活保護の実施機関',
  },
  organisations: {
    title: '機関一覧',
    lead: '{{municipality}}で重層的支援体制整備事業に関わる機関と、それぞれが実施する事業です。',
    caption: '{{municipality}}の機関（{{count}}件）',
    name: '機関名',
    kind: '種別',
    parts: '実施する事業',
    contact: '連絡先',
    none: 'なし',
    empty: '登録されている機関はありません。',
    yours: 'あなたの所属',
  },
  mode: {
    direct: '直営',
    entrusted: '委託',
  },
  organisationKind: {
    municipal_department: '市町村の担当部署',
    community_general_support_center: '地域包括支援センター',
    disability_consultation: '障害者相談支援事業所',
    child_support: '子育て支援機関',
    social_welfare_council: '社会福祉協議会',
    public_assistance_office: '福祉事務所',
    npo: 'NPO法人',
    volunteer_commissioners: '民生委員・児童委員',
  } as Record<string, string>,
  notFound: {
    back: 'ホームへ戻る',
  },
  footer: '重層的支援体制整備事業（社会福祉法第106条の4）の支援関係機関のための画面です。個人情報の取扱いに注意してください。',
};
