import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditBasisLabel } from './audit-labels.js';

describe('access log labels', () => {
  it('names actions and bases in Japanese, lists of bases joined', () => {
    expect(auditActionLabel('denied')).toBe('拒否されたアクセス');
    expect(auditBasisLabel('consent,own_case')).toBe('本人の同意・自機関のケース');
    expect(auditBasisLabel('protection_referral')).toBe('保護の実施機関への通報（生活保護法）');
  });
  it('keeps an unknown code as it is rather than hiding it', () => {
    expect(auditActionLabel('frobnicate')).toBe('frobnicate');
    expect(auditBasisLabel('x')).toBe('x');
  });
});
