// The one normaliser both sides use for a link: what opens (punycode host, encoded path) and its Unicode reading when that differs.
import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeExternalUrl } from '../../../shared/editor/external-url.js';
import { decodePunycode, hostToUnicode } from '../../../shared/editor/punycode.js';

const NORMALIZED = [
  // A look-alike: Cyrillic "а", "р", "ӏ", "е" spelling "apple".
  { url: 'https://аррӏе.com/login', href: 'https://xn--80ak6aa92e.com/login', unicode: 'https://аррӏе.com/login' },
  { url: 'https://gооgle.com/', href: 'https://xn--ggle-55da.com/', unicode: 'https://gооgle.com/' },
  { url: 'https://chínhphủ.vn/đ?q=ư#x', href: 'https://xn--chnhph-4va0152d.vn/%C4%91?q=%C6%B0#x', unicode: 'https://chínhphủ.vn/%C4%91?q=%C6%B0#x' },
  // Written in punycode already: still shown both ways, so the officer sees what the name reads as.
  { url: 'https://xn--chnhph-4va0152d.vn/', href: 'https://xn--chnhph-4va0152d.vn/', unicode: 'https://chínhphủ.vn/' },
  { url: 'https://user:pw@thủtướng.chínhphủ.vn:8443/', href: 'https://user:pw@xn--thtng-hrb3833cxca.xn--chnhph-4va0152d.vn:8443/', unicode: 'https://user:pw@thủtướng.chínhphủ.vn:8443/' },
  { url: 'HTTPS://BAOCHINHPHU.VN/Ket-Luan', href: 'https://baochinhphu.vn/Ket-Luan', unicode: null },
  { url: 'https://baochinhphu.vn/đ', href: 'https://baochinhphu.vn/%C4%91', unicode: null },
  { url: 'mailto:vanphong@example.gov.vn?subject=H%E1%BB%8Dp', href: 'mailto:vanphong@example.gov.vn?subject=H%E1%BB%8Dp', unicode: null },
  { url: 'mailto:phòng@chínhphủ.vn', href: 'mailto:ph%C3%B2ng@ch%C3%ADnhph%E1%BB%A7.vn', unicode: 'mailto:phòng@chínhphủ.vn' },
];

describe('normalizeExternalUrl', () => {
  it.each(NORMALIZED)('$url → $href', ({ url, href, unicode }) => {
    expect(normalizeExternalUrl(url)).toEqual({ href, unicode });
  });

  it('opens exactly what the URL parser (and so the browser) would', () => {
    for (const { url } of NORMALIZED) expect(normalizeExternalUrl(url)?.href).toBe(new URL(url).href);
  });

  it('refuses what may not be opened at all', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'mailto:x@example.com?attach=/etc/passwd', 'https://', '']) expect(normalizeExternalUrl(url), url).toBeNull();
  });
});

describe('punycode', () => {
  it('decodes hosts as Node (ICU) does', () => {
    for (const host of ['xn--chnhph-4va0152d.vn', 'xn--80ak6aa92e.com', 'xn--bcher-kva.de', 'xn--maana-pta.com', 'xn--r8jz45g.xn--zckzah', 'xn--thtng-hrb3833cxca.xn--chnhph-4va0152d.vn', 'baochinhphu.vn']) {
      expect(hostToUnicode(host), host).toBe(domainToUnicode(host));
    }
  });

  it('returns null for text that is not punycode, and leaves such a label as written', () => {
    expect(decodePunycode('abc-!!')).toBeNull();
    expect(decodePunycode('99999999999')).toBeNull();
    expect(decodePunycode('a-9')).toBeNull();
    expect(hostToUnicode('xn--abc-!!.vn')).toBe('xn--abc-!!.vn');
  });
});
