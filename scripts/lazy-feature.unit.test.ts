import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build, type Rolldown} from 'vite';
import {afterAll, describe, expect, it} from 'vitest';
import {catalogueTexts, featureBuild, HOST} from './lazy-feature.js';

const scratch = mkdtempSync(join(tmpdir(), 'lazy-feature-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

/** Builds a feature whose modules are `files` (the first is its entry); returns its code. */
async function buildFeature(files: Record<string, string>): Promise<string> {
  const dir = mkdtempSync(join(scratch, 'feature-'));
  for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);
  const config = featureBuild(
    {file: 'feature.js', entry: join(dir, Object.keys(files)[0]!)},
    {ids: new Set(), plugins: [], banner: ''},
  );
  const result = (await build({...config, build: {...config.build, write: false}})) as Rolldown.RolldownOutput[];
  return result[0]!.output[0].code;
}

describe("a lazy feature's file", () => {
  it("builds with the embed script's Lit: html and msg from host.ts, msg and str from @lit/localize in a shared module, types from lit", async () => {
    const code = await buildFeature({
      'entry.lazy.ts': `
        import type {TemplateResult} from 'lit';
        import {html, msg} from '${HOST}';
        import {greeting} from './shared.js';
        export {useHost} from '${HOST}';
        export const view = (): TemplateResult => html\`<p>\${msg('Hello')} \${greeting('you')}</p>\`;`,
      'shared.ts': `
        import {msg, str} from '@lit/localize';
        export const greeting = (name: string) => msg(str\`Hello \${name}\`);`,
    });
    // No Lit of its own (Lit's html alone is several kilobytes, with its template markers).
    expect(code).not.toMatch(/lit\$|_\$litPart\$/);
    expect(code.length).toBeLessThan(1000);
    expect(code).toMatch(/export\s*\{.*\bas useHost\b/);
  });

  it.each([
    ['imports lit directly', `import {html} from 'lit'; export const view = () => html\`<p></p>\`;`, '"lit"'],
    [
      'imports a directive',
      `import {classMap} from 'lit/directives/class-map.js'; export const c = classMap;`,
      '"lit/directives/class-map.js"',
    ],
    ['imports lit-html', `import {render} from 'lit-html'; export const r = render;`, '"lit-html"'],
  ])('fails the build when it %s, naming the module and host.ts', async (_, code, source) => {
    const failure = buildFeature({'entry.lazy.ts': code});
    await expect(failure).rejects.toThrow(source);
    await expect(failure).rejects.toThrow(/entry\.lazy\.ts imports .*src\/features\/host\.ts/);
  });

  it('fails the build when a module asks @lit/localize for more than host.ts has', async () => {
    const failure = buildFeature({
      'entry.lazy.ts': `import {configureLocalization} from '@lit/localize'; export const c = configureLocalization;`,
    });
    await expect(failure).rejects.toThrow(/"configureLocalization" is not exported by .*host\.ts/);
  });
});

describe('catalogueTexts', () => {
  const ID = 's0123456789abcdef';
  const OTHER = 'sfedcba9876543210';
  const catalogue = `import {str} from '@lit/localize';\nexport const templates = {\n'${ID}': \`Hej\`,\n'${OTHER}': str\`Hej \${0}\`,\n};\n`;
  const edit = (keep: boolean, code = catalogue) => {
    const {transform} = catalogueTexts(new Set([ID]), keep) as unknown as {
      transform: (code: string, id: string) => {code: string} | undefined;
    };
    return transform(code, '/project/src/generated/locales/sv.ts')?.code;
  };

  it("keeps only a feature's texts in its file, and takes them out of the others", () => {
    expect(edit(true)).toContain(ID);
    expect(edit(true)).not.toContain(OTHER);
    expect(edit(false)).not.toContain(ID);
    expect(edit(false)).toContain(OTHER);
  });

  it('fails when a catalogue lacks a text of the feature, or is not the shape lit-localize writes', () => {
    expect(() => edit(true, catalogue.replace(ID, OTHER))).toThrow("sv.ts holds 0 of the features' 1 texts");
    expect(() => edit(true, 'export default {};')).toThrow('no one `templates` object');
  });
});
