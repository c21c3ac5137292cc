import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parsePo, readMo, writeMo} from './mo-file.mjs';

const PO = `# Swedish translation of support-widget.
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

#: includes/admin-page.php:12
msgid "Support resources"
msgstr "Stödresurser"

msgctxt "settings section"
msgid "Quick exit"
msgstr "Snabbutgång"

msgid "%d post"
msgid_plural "%d posts"
msgstr[0] "%d inlägg"
msgstr[1] "%d inlägg (flera)"

msgid ""
"A long text "
"on two lines with \\"quotes\\""
msgstr "En lång text på två rader med \\"citattecken\\"\\n"

#, fuzzy
msgid "Not yet checked"
msgstr "Inte kontrollerad"

msgid "Not translated"
msgstr ""
`;

const hasMsgunfmt = spawnSync('msgunfmt', ['--version']).status === 0;

describe('the .mo writer', () => {
  it('writes every translated message, with context and plurals, and reads back the same', () => {
    const mo = readMo(writeMo(parsePo(PO)));
    expect(mo.get('Support resources')).toEqual(['Stödresurser']);
    expect(mo.get('settings section\u0004Quick exit')).toEqual(['Snabbutgång']);
    expect(mo.get('%d post\0%d posts')).toEqual(['%d inlägg', '%d inlägg (flera)']);
    expect(mo.get('A long text on two lines with "quotes"')).toEqual(['En lång text på två rader med "citattecken"\n']);
    expect(mo.get('')?.[0]).toContain('Plural-Forms: nplurals=2');
  });

  it('leaves out fuzzy and untranslated messages, as msgfmt does', () => {
    const mo = readMo(writeMo(parsePo(PO)));
    expect(mo.has('Not yet checked')).toBe(false);
    expect(mo.has('Not translated')).toBe(false);
    expect(mo.size).toBe(5);
  });

  it('refuses a line it cannot read instead of dropping it', () => {
    expect(() => parsePo('msgid "a"\nmsgstr "b"\nnonsense\n')).toThrow(/nonsense/);
  });

  it.skipIf(!hasMsgunfmt)('gives a file gettext’s own msgunfmt reads as the same catalogue', () => {
    const folder = mkdtempSync(join(tmpdir(), 'mo-'));
    writeFileSync(join(folder, 'sv.mo'), writeMo(parsePo(PO)));
    const {stdout, status} = spawnSync('msgunfmt', [join(folder, 'sv.mo')], {encoding: 'utf8'});
    expect(status).toBe(0);
    expect(stdout).toContain('msgctxt "settings section"\nmsgid "Quick exit"\nmsgstr "Snabbutgång"');
    expect(stdout).toContain('msgstr[1] "%d inlägg (flera)"');
    expect(stdout).toContain('msgid "Support resources"\nmsgstr "Stödresurser"');
  });
});
