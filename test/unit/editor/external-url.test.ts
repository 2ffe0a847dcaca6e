// Which link addresses may go to the system browser or mail program: http(s) with a host, mailto to plain addresses with subject/body/cc/bcc only, bounded.
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
  'mailto:a@example.com,b@example.vn',
  'mailto:a+bao-chi@example.com?cc=b@example.vn,c+1@example.vn&BCC=d@example.vn',
  'mailto:a@example.com?Subject=Tin%20nh%E1%BA%AFn&body=D%C3%B2ng%201%0D%0AD%C3%B2ng%202',
  'mailto:ph%C3%B2ng@ch%C3%ADnhph%E1%BB%A7.vn',
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
  'mailto:x@example.com?attach=/home/u/.ssh/id_rsa',
  'mailto:x@example.com?ATTACHMENT=%2Fetc%2Fpasswd',
  'mailto:x@example.com?subject=hi&attach=file:///home/u/.ssh/id_rsa',
  'mailto:x@example.com?from=boss@example.com',
  'mailto:x@example.com?to=y@example.com',
  'mailto:x@example.com?X-Mailer=evil',
  'mailto:?to=x@example.com',
  'mailto:?subject=no-address',
  'mailto:x@example.com#fragment',
  'mailto:not-an-address',
  'mailto:x@localhost',
  'mailto:x@example.com,',
  'mailto:x@example.com%0D%0ABcc:y@example.com',
  'mailto:x@example.com?subject=a%0D%0ABcc:%20y@example.com',
  'mailto:x@example.com?cc=not-an-address',
  'mailto:x@example.com?cc=y@example.com%0D%0AAttach:a',
  'mailto:x@example.com?body=%00',
  'mailto:x@example.com?subject=%E0%A4%A',
  'mailto:%E2%80%AEmoc.elpmaxe@x.vn',
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
