import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { refusalText } from '../src/pages/request-page.js';

const refusal = (code: string, message: string, details: Record<string, unknown> | null = null) =>
  new TRPCClientError(message, { result: { error: { message, code: -32600, data: { code: 'BAD_REQUEST', httpStatus: 400, appError: { code, details } } } } });

describe('refusalText: the server’s refusal in the portal’s language', () => {
  it('maps the rate limit with its wait, in English, やさしい日本語 and 日本語', () => {
    const e = refusal('RATE_LIMITED', '送信が続いたため…', { retryAfterMinutes: 7 });
    expect(refusalText(e, 'en', false)).toBe('Too many messages were sent, so the form is paused. Please try again in about 7 minutes. If it is urgent, please call the desk.');
    expect(refusalText(e, 'easy-ja', false)).toContain('7ぷん');
    expect(refusalText(e, 'ja', false)).toContain('7分ほど');
  });

  it('names the field and the problem of refused text (hostile characters, too long)', () => {
    expect(refusalText(refusal('VALIDATION', '文字の向きを…', { field: 'message', problem: 'bidi' }), 'en', false)).toBe('Your message contains special characters that change the text direction. Please remove them and send again.');
    expect(refusalText(refusal('VALIDATION', '…', { field: 'name', problem: 'too_long' }), 'en', false)).toBe('Name: please use 50 characters or fewer.');
    expect(refusalText(refusal('VALIDATION', '…', { field: 'contact' }), 'en', true)).toBe('The email address is not valid.');
    expect(refusalText(refusal('VALIDATION', '…', { field: 'contact' }), 'en', false)).toBe('Enter how to reach you, or choose “No contact needed”.');
  });

  it('maps CSRF, and keeps the server’s message for a code it does not know', () => {
    expect(refusalText(refusal('CSRF', '画面の有効期限が切れました。'), 'en', false)).toBe('This page has expired. Please reload the page and try again.');
    expect(refusalText(refusal('SOMETHING_NEW', 'サーバーの説明'), 'en', false)).toBe('サーバーの説明');
  });
});
