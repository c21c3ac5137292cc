import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {TAGS} from '../tags.js';
import {checkElement, readManifest, writeElement, writeScriptTag, type ElementSpec, type Manifest} from './model.js';
import {PARSERS} from './parsers.js';
import {viewProblems} from './problems.js';
import {TEXTS} from './texts.js';
import type {Problem} from '../lib/problems.js';

/** What the configurator shows an editor for each problem: the reason the parser gave. */
const reason = (problem: Problem) => problem.reason;

// custom-elements.json is what `npm run build` writes from the elements' JSDoc.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const specs = readManifest(manifest);
const spec = (tag: string) => specs.find((s) => s.tag === tag)!;

describe('the elements, from custom-elements.json', () => {
  it('are every tag the script defines, each with its attributes', () => {
    expect(specs.map((s) => s.tag).sort()).toEqual([...TAGS].sort());
    expect(spec('support-helpline-card').attributes.map((a) => a.name)).toContain('chat-url');
    expect(spec('support-helpline-card').attributes.find((a) => a.name === 'anonymous')).toMatchObject({
      field: 'anonymous',
      type: 'boolean',
      default: 'false',
    });
  });

  it('come in the order asked for, others last', () => {
    expect(readManifest(manifest, ['support-helpline-card']).map((s) => s.tag)[0]).toBe('support-helpline-card');
  });

  it('each has its own parser, so every field is checked as the element checks it', () => {
    for (const {tag} of specs) expect(PARSERS[tag], tag).toBeTypeOf('function');
  });
});

describe('checking a form', () => {
  const card = spec('support-helpline-card');
  const parse = PARSERS['support-helpline-card'];

  it('keeps good values and leaves out what equals the default', () => {
    const {attributes, problems} = checkElement(
      card,
      {name: ' Orostelefonen ', phone: '020-100 200', anonymous: true, 'heading-level': '2', languages: ''},
      parse,
    );
    expect(attributes).toEqual([
      ['name', 'Orostelefonen'],
      ['phone', '020-100 200'],
      ['anonymous', true],
    ]);
    expect(problems).toEqual({});
  });

  it.each([
    ['chat-url', 'javascript:alert(1)', 'link'],
    ['chat-url', 'www.raddabarnen.se/oroschatten', 'hostWithoutScheme'],
    ['social-services-url', 'overkalix.se', 'hostWithoutScheme'],
    ['info-url', 'https://exa mple.se:99999/', 'badLink'],
    ['phone', '020-100 200 eller 112', 'phone'],
    ['police-phone', 'ring polisen', 'phone'],
    ['languages', 'svenska!', 'language'],
    ['heading-level', '7', 'headingLevel'],
    ['time-zone', 'Mars/Olympus', 'timeZone'],
  ])('a bad %s (%j) is its own problem, and left out', (name, value, kind) => {
    const good = {name: 'Orostelefonen', phone: '020-100 200', 'chat-url': 'https://example.se/chatt'};
    const {attributes, problems} = checkElement(card, {...good, [name]: value}, parse);
    expect(Object.keys(problems)).toEqual([name]);
    expect(problems[name]!.map(reason)).toContain(kind);
    expect(attributes.map(([attribute]) => attribute)).toEqual(Object.keys(good).filter((a) => a !== name));
    expect(JSON.stringify(attributes)).not.toContain(value);
  });

  it.each([
    ['chat-url', 'javascript:alert(1)//has no name'],
    ['heading-level', '7 has no name'],
    ['chat-url', 'javascript:alert(1)//more than 12 months ago'],
    ['phone', '020-100 200, more than 12 months ago'],
  ])('a refused %s stays out of the code whatever its text says (%j)', (name, value) => {
    const good = {name: 'Orostelefonen', phone: '020-100 200', 'chat-url': 'https://example.se/chatt'};
    const {attributes, problems} = checkElement(card, {...good, [name]: value}, parse);
    expect(problems[name]!.map((problem) => problem.kind)).toEqual(['refused']);
    expect(attributes.map(([attribute]) => attribute)).not.toContain(name);
    expect(JSON.stringify(attributes)).not.toContain(value);
  });

  it('hours it cannot read are written as the card shows them (as written, with no status), with a note beside the field', () => {
    const good = {name: 'Orostelefonen', phone: '020-100 200'};
    const {attributes, problems} = checkElement(card, {...good, 'phone-hours': 'vardagar 9-16'}, parse);
    expect(problems['phone-hours']!.map((problem) => [problem.kind, problem.reason])).toEqual([['noted', 'hours']]);
    expect(attributes).toContainEqual(['phone-hours', 'vardagar 9-16']);
  });

  it('details checked more than 12 months ago get a marker, and the date is still written', () => {
    const good = {name: 'Orostelefonen', phone: '020-100 200', 'phone-hours': 'Mo 12:00-18:00'};
    const today = {year: 2026, month: 12, day: 2};
    const old = checkElement(card, {...good, verified: '2025-12-01'}, parse, today);
    expect(old.problems.verified!.map(reason)).toEqual(['stale']);
    expect(old.attributes).toContainEqual(['verified', '2025-12-01']);
    const recent = checkElement(card, {...good, verified: '2025-12-02'}, parse, today);
    expect(recent.problems).toEqual({});
    expect(recent.attributes).toContainEqual(['verified', '2025-12-02']);
  });

  it('a verified date after today is refused beside the field and left out', () => {
    const good = {name: 'Orostelefonen', phone: '020-100 200'};
    const {attributes, problems} = checkElement(card, {...good, verified: '2062-11-20'}, parse, {
      year: 2026,
      month: 12,
      day: 2,
    });
    expect(problems.verified!.map((problem) => [problem.kind, problem.reason])).toEqual([['refused', 'futureDate']]);
    expect(JSON.stringify(attributes)).not.toContain('2062');
  });

  it('a card nobody can reach says so beside both ways to reach it', () => {
    const {problems} = checkElement(card, {name: 'Orostelefonen'}, parse);
    expect(problems.phone!.map(reason)).toEqual(['noContact']);
    expect(problems['chat-url']!.map(reason)).toEqual(['noContact']);
  });

  it.each([
    ['href', 'data:text/html,hi', 'link'],
    ['file-size', 'stor', 'size'],
    ['last-updated', '12 mars 2024', 'date'],
    ['document-lang', '??', 'language'],
  ])('the action plan: a bad %s (%j) is named for editors', (name, value, kind) => {
    const {problems} = checkElement(
      spec('support-action-plan'),
      {href: 'plan.pdf', [name]: value},
      PARSERS['support-action-plan'],
    );
    expect(problems[name]!.map(reason)).toContain(kind);
  });

  it('the action plan without its link says the link is missing', () => {
    const {problems} = checkElement(spec('support-action-plan'), {}, PARSERS['support-action-plan']);
    expect(problems.href!.map(reason)).toEqual(['missingLink']);
  });
});

describe('what a field says', () => {
  const card = spec('support-helpline-card');
  const parse = PARSERS['support-helpline-card'];

  it('its own problem first, before one it shares with other fields', () => {
    const {problems} = checkElement(card, {name: 'Linjen', phone: 'ring oss'}, parse);
    const view = viewProblems(problems.phone, TEXTS.en, 'phone');
    expect(view.refused).toBe(true);
    expect(view.message).toBe(`${TEXTS.en.problems.phone} ${TEXTS.en.problems.noContact}`);
  });

  it('an unusable emergency number is one message, which says what to do', () => {
    const {problems} = checkElement(card, {name: 'Linjen', phone: '112', 'emergency-phone': 'inget'}, parse);
    expect(viewProblems(problems['emergency-phone'], TEXTS.sv, 'emergency-phone').message).toBe(
      TEXTS.sv.problems.emergency,
    );
  });

  it('a host name without https:// tells the fix, in Swedish and in English', () => {
    const {problems} = checkElement(card, {name: 'Linjen', 'chat-url': 'raddabarnen.se'}, parse);
    expect(viewProblems(problems['chat-url'], TEXTS.sv, 'chat-url').message).toContain('Börja adressen med https://');
    expect(viewProblems(problems['chat-url'], TEXTS.en, 'chat-url').message).toContain(
      'Start the address with https://',
    );
  });
});

describe('writing the code', () => {
  const card: ElementSpec = spec('support-helpline-card');

  it('writes attributes one per line, escaped, a boolean bare, and the copy marked', () => {
    const html = writeElement(
      card.tag,
      [
        ['name', 'Stöd "direkt" <nu>'],
        ['anonymous', true],
      ],
      [
        {tag: 'h2', children: ['Stöd & <hjälp>']},
        {tag: 'p', children: [{tag: 'a', attributes: [['href', 'tel:112']], children: [' Ring 112 ']}]},
      ],
    );
    expect(html).toBe(
      [
        '<support-helpline-card',
        '  name="Stöd &quot;direkt&quot; &lt;nu&gt;"',
        '  anonymous>',
        '  <div data-support-fallback>',
        '    <h2>Stöd &amp; &lt;hjälp&gt;</h2>',
        '    <p><a href="tel:112">Ring 112</a></p>',
        '  </div>',
        '</support-helpline-card>',
      ].join('\n'),
    );
  });

  it('an element with nothing set is just its tags', () => {
    expect(writeElement('support-info-panel', [], [])).toBe('<support-info-panel>\n</support-info-panel>');
  });

  it('the script tag, plain or pinned with its hash', () => {
    expect(writeScriptTag('/js/support-widget.js')).toBe('<script src="/js/support-widget.js" defer></script>');
    expect(writeScriptTag('/js/support-widget.js', 'sha384-abc')).toBe(
      '<script src="/js/support-widget.js" integrity="sha384-abc" crossorigin="anonymous" defer></script>',
    );
  });
});
