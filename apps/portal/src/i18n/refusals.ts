// The server's refusals of a portal request (`data.appError.code`, and for VALIDATION the field and
// problem in its details) in the portal's three languages. Kept apart from community-*.ts so that only
// the request page's chunk carries them: the first-load JavaScript does not grow.
import type { Language } from './index.js';

const ja = {
  RATE_LIMITED: '送信が続いたため、受付を一時的に止めています。{{minutes}}分ほどたってから、もう一度お試しください。お急ぎの場合は窓口へお電話ください。',
  CSRF: '画面の有効期限が切れました。ページを再読み込みしてから、もう一度お試しください。',
  NOT_FOUND: 'この市町村の受付が見つかりません。市町村を選び直してください。',
  VALIDATION: '入力内容を確かめてください。',
  VALIDATION_contact: '連絡先を入力するか、「連絡はいらない」を選んでください。',
  VALIDATION_email: 'メールアドレスの形式が正しくありません。',
  too_long: '{{field}}は{{max}}文字以内で入力してください。',
  control: '{{field}}に使えない制御文字が含まれています。文字をコピーせずに、直接入力してください。',
  bidi: '{{field}}に文字の向きを変える特殊な記号が含まれています。取り除いてから送信してください。',
  invisible: '{{field}}に目に見えない特殊な文字が含まれています。取り除いてから送信してください。',
  required: '{{field}}を入力してください。',
  fields: { name: '名前', contact: '連絡先', preferredTime: '連絡してよい時間', message: '相談の内容', area: '地区' },
};
export type RefusalKey = Exclude<keyof typeof ja, 'fields'>;
export type RefusalTexts = { [K in RefusalKey]: string } & { fields: Record<keyof typeof ja.fields, string> };

const easyJa: RefusalTexts = {
  RATE_LIMITED: 'たくさん おくられたので、いま うけつけを とめています。{{minutes}}ぷん ぐらい まってから、もう いちど おくって ください。いそぐ ときは、まどぐちに でんわ して ください。',
  CSRF: 'じかんが たちすぎました。ページを よみこみなおしてから、もう いちど おくって ください。',
  NOT_FOUND: 'この しちょうそんの うけつけが ありません。しちょうそんを えらびなおして ください。',
  VALIDATION: 'かいた ことを もう いちど みて ください。',
  VALIDATION_contact: 'れんらくさきを かくか、「れんらく は いらない」を えらんで ください。',
  VALIDATION_email: 'メールアドレスが ただしく ありません。',
  too_long: '{{field}}は {{max}}もじ までに して ください。',
  control: '{{field}}に つかえない もじが はいっています。コピーしないで、じぶんで うって ください。',
  bidi: '{{field}}に もじの むきを かえる とくべつな きごうが はいっています。けしてから おくって ください。',
  invisible: '{{field}}に めに みえない とくべつな もじが はいっています。けしてから おくって ください。',
  required: '{{field}}を かいて ください。',
  fields: { name: 'なまえ', contact: 'れんらくさき', preferredTime: 'れんらくして よい じかん', message: 'そうだんの ないよう', area: 'ちく' },
};

const en: RefusalTexts = {
  RATE_LIMITED: 'Too many messages were sent, so the form is paused. Please try again in about {{minutes}} minutes. If it is urgent, please call the desk.',
  CSRF: 'This page has expired. Please reload the page and try again.',
  NOT_FOUND: 'The desk of this municipality was not found. Please choose the municipality again.',
  VALIDATION: 'Please check what you entered.',
  VALIDATION_contact: 'Enter how to reach you, or choose “No contact needed”.',
  VALIDATION_email: 'The email address is not valid.',
  too_long: '{{field}}: please use {{max}} characters or fewer.',
  control: '{{field}} contains control characters that cannot be used. Please type the text instead of pasting it.',
  bidi: '{{field}} contains special characters that change the text direction. Please remove them and send again.',
  invisible: '{{field}} contains invisible special characters. Please remove them and send again.',
  required: 'Please fill in {{field}}.',
  fields: { name: 'Name', contact: 'Contact', preferredTime: 'When we may contact you', message: 'Your message', area: 'District' },
};

export const refusalTexts: Readonly<Record<Language, RefusalTexts>> = { ja, 'easy-ja': easyJa, en };
