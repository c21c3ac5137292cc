/**
 * Gettext catalogues for the plugin: reads a .po file and writes the binary .mo WordPress loads
 * (GNU gettext manual, "The Format of GNU MO Files"), in Node alone so a release needs no msgfmt.
 * Fuzzy entries and untranslated ones are left out, as msgfmt does.
 */

/**
 * @typedef {{context?: string, id: string, plural?: string, translations: string[]}} Message
 */

/** @param {string} quoted a "…" string of a .po line */
function unquote(quoted) {
  const escapes = /** @type {Record<string, string>} */ ({n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\'});
  return quoted.slice(1, -1).replace(/\\(.)/g, (_, c) => escapes[c] ?? c);
}

/**
 * The messages of a .po file, the header (msgid "") included.
 * @param {string} text
 * @returns {Message[]}
 */
export function parsePo(text) {
  /** @type {Message[]} */
  const messages = [];
  /** The entry being read: its fields, and whether a `#, fuzzy` comment came before it. */
  let entry = {fields: /** @type {Record<string, string>} */ ({}), fuzzy: false};
  /** @type {string | undefined} */
  let field;
  const hasTranslation = () => Object.keys(entry.fields).some((key) => key.startsWith('msgstr'));
  const finish = () => {
    const {fields, fuzzy} = entry;
    const translations = Object.keys(fields)
      .filter((key) => key.startsWith('msgstr'))
      .sort()
      .map((key) => /** @type {string} */ (fields[key]));
    if (fields.msgid !== undefined && !fuzzy && (fields.msgid === '' || translations.some((t) => t !== '')))
      messages.push({
        ...(fields.msgctxt === undefined ? {} : {context: fields.msgctxt}),
        id: fields.msgid,
        ...(fields.msgid_plural === undefined ? {} : {plural: fields.msgid_plural}),
        translations,
      });
    entry = {fields: {}, fuzzy: false};
    field = undefined;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const keyword = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")$/.exec(line);
    // A comment or a new msgctxt/msgid after a translation starts the next entry.
    if (hasTranslation() && (line.startsWith('#') || /^msg(ctxt|id)\s/.test(line))) finish();
    if (line === '' || line.startsWith('#~')) continue;
    if (line.startsWith('#')) {
      if (/^#,.*\bfuzzy\b/.test(line)) entry.fuzzy = true;
    } else if (keyword) {
      field = keyword[1] === 'msgstr' ? 'msgstr[0]' : /** @type {string} */ (keyword[1]);
      entry.fields[field] = unquote(/** @type {string} */ (keyword[2]));
    } else if (line.startsWith('"') && field) {
      entry.fields[field] += unquote(line);
    } else {
      throw new Error(`Cannot read this .po line: ${raw}`);
    }
  }
  finish();
  return messages;
}

/** @param {Message} message the key gettext looks it up by */
const keyOf = (message) =>
  (message.context === undefined ? '' : `${message.context}\u0004`) +
  message.id +
  (message.plural === undefined ? '' : `\0${message.plural}`);

/**
 * The .mo file of `messages`: little-endian, sorted by key, no hash table (gettext and WordPress's
 * MO reader then search the sorted table).
 * @param {Message[]} messages
 * @returns {Buffer}
 */
export function writeMo(messages) {
  const entries = messages
    .map((m) => ({key: Buffer.from(keyOf(m), 'utf8'), value: Buffer.from(m.translations.join('\0'), 'utf8')}))
    .sort((a, b) => Buffer.compare(a.key, b.key));
  const count = entries.length;
  const headerSize = 28;
  const originals = headerSize;
  const translations = originals + count * 8;
  let offset = translations + count * 8;
  const header = Buffer.alloc(headerSize + count * 16);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4); // revision
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(originals, 12);
  header.writeUInt32LE(translations, 16);
  header.writeUInt32LE(0, 20); // hash table size
  header.writeUInt32LE(offset, 24); // hash table offset (empty)
  /** @type {Buffer[]} */
  const strings = [];
  for (const [table, part] of /** @type {const} */ ([
    [originals, 'key'],
    [translations, 'value'],
  ])) {
    entries.forEach((entry, index) => {
      const bytes = entry[part];
      header.writeUInt32LE(bytes.length, table + index * 8);
      header.writeUInt32LE(offset, table + index * 8 + 4);
      strings.push(bytes, Buffer.alloc(1));
      offset += bytes.length + 1;
    });
  }
  return Buffer.concat([header, ...strings]);
}

/**
 * Reads a .mo file back: key (context\u0004id\0plural) → translations.
 * @param {Buffer} mo
 * @returns {Map<string, string[]>}
 */
export function readMo(mo) {
  if (mo.readUInt32LE(0) !== 0x950412de) throw new Error('Not a little-endian .mo file.');
  const count = mo.readUInt32LE(8);
  const originals = mo.readUInt32LE(12);
  const translations = mo.readUInt32LE(16);
  /** @param {number} table @param {number} index */
  const string = (table, index) => {
    const length = mo.readUInt32LE(table + index * 8);
    const start = mo.readUInt32LE(table + index * 8 + 4);
    return mo.toString('utf8', start, start + length);
  };
  const result = new Map();
  for (let index = 0; index < count; index++)
    result.set(string(originals, index), string(translations, index).split('\0'));
  return result;
}
