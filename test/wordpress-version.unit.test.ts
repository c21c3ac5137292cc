import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';

const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}).version;
const plugin = readFileSync('wordpress/support-widget.php', 'utf8');

describe('the WordPress plugin', () => {
  it('has the package version in its header, which WordPress shows and compares on upgrade', () => {
    expect(/^ \* Version:\s+(\S+)$/m.exec(plugin)?.[1]).toBe(packageVersion);
  });

  it('has the package version in the constant that versions its script addresses', () => {
    expect(/define\( 'SUPPORT_WIDGET_VERSION', '([^']+)' \)/.exec(plugin)?.[1]).toBe(packageVersion);
  });

  it('says the same versions in readme.txt as in its header', () => {
    const readme = readFileSync('wordpress/readme.txt', 'utf8');
    for (const field of ['Requires at least', 'Requires PHP'])
      expect(new RegExp(`^${field}: (\\S+)$`, 'm').exec(readme)?.[1]).toBe(
        new RegExp(`^ \\* ${field}:\\s+(\\S+)$`, 'm').exec(plugin)?.[1],
      );
    expect(/^Stable tag: (\S+)$/m.exec(readme)?.[1]).toBe(packageVersion);
  });
});
