import {describe, expect, it} from 'vitest';
import {parseQuickExitConfig} from './quick-exit.config.js';

describe('parseQuickExitConfig', () => {
  it('goes to the page the editor names: http, https or relative', () => {
    for (const href of ['https://www.smhi.se/', 'http://example.org/weather', '/nyheter']) {
      expect(parseQuickExitConfig({href})).toEqual({config: {href}, problems: []});
    }
  });

  it('goes to a search engine’s front page, quietly, when no page is named', () => {
    expect(parseQuickExitConfig({})).toEqual({config: {href: 'https://www.google.com/'}, problems: []});
    expect(parseQuickExitConfig({href: '  '})).toEqual({config: {href: 'https://www.google.com/'}, problems: []});
  });

  it('refuses a link that is not http, https or relative, and says so', () => {
    const {config, problems} = parseQuickExitConfig({href: 'javascript:alert(1)'});
    expect(config.href).toBe('https://www.google.com/');
    expect(problems.map((p) => p.message)).toEqual([
      'href: "javascript:alert(1)" is not an http, https or relative link, so it is left out.',
    ]);
  });

  it('refuses a link back to this page or its folder, which would leave nothing behind, and says so', () => {
    const here = {
      url: 'https://kommun.se/stod/oro.html?tab=1#hjalp',
      base: 'https://kommun.se/stod/oro.html?tab=1#hjalp',
    };
    for (const href of [
      '#',
      '?',
      '.',
      './',
      '#top',
      '?q=1',
      'oro.html',
      '/stod/oro.html#x',
      'https://kommun.se/stod/oro.html',
    ]) {
      const {config, problems} = parseQuickExitConfig({href}, here);
      expect(config.href, href).toBe('https://www.google.com/');
      expect(problems).toEqual([
        {
          attributes: ['href'],
          kind: 'refused',
          reason: 'samePage',
          message: `href: ${JSON.stringify(href)} leads back to this page, so it is left out.`,
        },
      ]);
    }
  });

  it('accepts another page of the same site, and the same path on another site', () => {
    const here = {url: 'https://kommun.se/stod/oro.html', base: 'https://kommun.se/stod/'};
    for (const href of ['/', '../', 'https://www.smhi.se/stod/oro.html', 'annan.html']) {
      expect(parseQuickExitConfig({href}, here)).toEqual({config: {href}, problems: []});
    }
  });
});
