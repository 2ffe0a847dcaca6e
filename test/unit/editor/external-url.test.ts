// Which link addresses may go to the system browser or mail program: http(s) with a host, mailto, nothing else, bounded.
import { describe, expect, it } from 'vitest';
import { externalUrlSchema, isExternalUrl, MAX_EXTERNAL_URL_LENGTH } from '../../../shared/editor/external-url.js';
import { MARK_ATTRS } from '../../../shared/editor/nodes.js';

const ACCEPTED = [
  'https://baochinhphu.vn/ket-luan-57-kl-tw.htm',
  'http://example.com',
  'HTTPS://EXAMPLE.COM/Path?q=1#x',
  'https://chínhphủ.vn/',
  'https://thuvienphapluat.vn/van-ban/Quyet-dinh-1079-QD-TTg?tab=1&x=%C4%91',
  'mailto:vanphong@example.gov.vn',
  'mailto:a@example.com?subject=H%E1%BB%8Dp%20b%C3%A1o',
];

const REFUSED = [
  '',
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'app://spokesdesk/index.html',
  'vbscript:msgbox',
  'smb://server/share',
  'ftp://example.com/',
  'https://',
  'mailto:',
  '//example.com/protocol-relative',
  'example.com',
  'https://example.com/with space',
  'https://example.com/\ttab',
  'https://example.com/\u0000nul',
  ' https://example.com/',
  `https://example.com/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`,
];

describe('isExternalUrl', () => {
  it.each(ACCEPTED)('accepts %s', (url) => {
    expect(isExternalUrl(url)).toBe(true);
    expect(externalUrlSchema.safeParse(url).success).toBe(true);
  });

  it.each(REFUSED)('refuses %j', (url) => {
    expect(isExternalUrl(url)).toBe(false);
    expect(externalUrlSchema.safeParse(url).success).toBe(false);
  });

  it('accepts nothing a stored link could not hold (the mark schema is the wider gate)', () => {
    for (const url of [...ACCEPTED, ...REFUSED]) {
      if (isExternalUrl(url)) expect(MARK_ATTRS.link.safeParse({ href: url }).success, url).toBe(true);
    }
  });
});
