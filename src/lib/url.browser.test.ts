/**
 * checkUrl against the browser itself: where a link goes when its text is an `<a href>` in this
 * page (Chromium's own URL parser, the one that follows the link), for inputs built to fool a
 * checker.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {checkUrl} from './url.js';

/** The protocol Chromium follows for `href`; ':' when it cannot parse the link (it goes nowhere). */
function protocolFollowed(href: string): string {
  const link = document.createElement('a');
  link.href = href;
  return link.protocol;
}

const WEB = ['http:', 'https:'];

describe('checkUrl and the browser', () => {
  // This page is served over http, so relative links go to http.
  const cases: [string, string, boolean][] = [
    ['https://example.se/chat', 'https:', true],
    ['/socialtjanst', 'http:', true],
    ['//cdn.example.se/plan.pdf', 'http:', true],
    ['plan.pdf?a=b#c', 'http:', true],
    ['javascript:alert(1)', 'javascript:', false],
    [' JaVaScRiPt:alert(1)', 'javascript:', false],
    ['java\tscript:alert(1)', 'javascript:', false],
    ['java\nscript:alert(1)', 'javascript:', false],
    ['\u0001javascript:alert(1)', 'javascript:', false],
    ['javascript:alert(1)\u0000', 'javascript:', false],
    ['data:text/html,<script>alert(1)</script>', 'data:', false],
    ['vbscript:msgbox(1)', 'vbscript:', false],
    ['tel:112', 'tel:', false],
    ['https://[::1', ':', false],
    // On this http page "https:" alone cannot be parsed (on an https page it is the page itself).
    ['https:', ':', false],
    // Chromium percent-encodes a space in a host where Node's parser refuses the URL.
    ['http://exa mple.se', 'http:', true],
    // Not a scheme to the browser: these stay on the site, as relative paths.
    ['javascript&#58;alert(1)', 'http:', true],
    ['javascript%3Aalert(1)', 'http:', true],
    ['javascript\uff1aalert(1)', 'http:', true],
    // The browser would follow this one as a harmless relative path, but checkUrl trims the
    // no-break space like any white space and refuses what is left: stricter, never looser.
    ['\u00a0javascript:alert(1)', 'http:', false],
  ];

  for (const [href, protocol, accepted] of cases) {
    it(`${JSON.stringify(href)}: the browser goes to ${protocol}, checkUrl ${accepted ? 'accepts' : 'refuses'}`, () => {
      expect({protocol: protocolFollowed(href), accepted: checkUrl(href).ok}).to.deep.equal({protocol, accepted});
    });
  }

  it('accepts only links the browser follows to http(s) or cannot follow at all (generated scheme tricks)', () => {
    const part = fc.constantFrom(
      '',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u0001',
      '\u001f',
      '\u007f',
      '\u00a0',
      '\u200b',
      '\ufeff',
      ':',
      '/',
      '%3A',
      '&#58;',
      '\uff1a',
    );
    const trick = fc
      .tuple(
        part,
        fc.constantFrom('javascript', 'JaVaScRiPt', 'data', 'vbscript', 'file', 'blob', 'http', 'https', 'tel', ''),
        fc.nat({max: 10}),
        part,
        fc.constantFrom(':', '::', ':/', '://', '%3A', '\uff1a', ''),
        fc.string({maxLength: 12}),
      )
      .map(
        ([lead, scheme, at, inside, colon, rest]) =>
          `${lead}${scheme.slice(0, at)}${inside}${scheme.slice(at)}${colon}${rest}`,
      );
    fc.assert(
      fc.property(fc.oneof(trick, fc.string(), fc.webUrl()), (href) => {
        const protocol = protocolFollowed(href);
        const web = WEB.includes(protocol);
        // An accepted link goes to the web or, if this page cannot parse it, nowhere ("https:"
        // alone on an http page). Beyond that the two read the same text when the browser can
        // parse it and no white space surrounds it (checkUrl trims more kinds than the parser).
        if (checkUrl(href).ok)
          expect(web || protocol === ':', `the browser follows ${JSON.stringify(href)} to ${protocol}`).to.equal(true);
        // eslint-disable-next-line no-control-regex -- control characters are what this excludes
        if (protocol !== ':' && href === href.trim() && !/^[\u0000-\u0020]|[\u0000-\u0020]$/.test(href)) {
          expect(checkUrl(href).ok, JSON.stringify(href)).to.equal(web);
        }
      }),
      {numRuns: 2000, seed: 20261202},
    );
  });
});
