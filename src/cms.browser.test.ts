import {expect} from '@open-wc/testing';
import DOMPurify, {type Config} from 'dompurify';
import {captureWarnings, renderedIn, shadow} from '../test/browser.js';
import {TAGS as ALL_TAGS} from './tags.js';

// The CMS guide's promises, checked with the real DOMPurify on the README's own snippet. The
// allowlists are read from the guides themselves, so a test passes only for what a site would copy.

const TAGS = ['support-helpline-card', 'support-info-panel', 'support-action-plan'] as const;

/** The quick exit, which the README's snippet leaves out (it is opt-in), as an editor would add it. */
const QUICK_EXIT = '<support-quick-exit href="https://www.smhi.se/" lang="sv"></support-quick-exit>';

async function read(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

/** The code block that follows `<!-- allowlist:name -->` in a guide (up to `<!-- /allowlist:name -->`). */
function allowlistBlock(guide: string, name: string): string {
  const match = new RegExp(`<!-- allowlist:${name} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\``).exec(guide);
  if (!match) throw new Error(`no ${name} allowlist in the guide`);
  return match[1]!;
}

/** The README's "Paste this into a page" snippet. */
function pasteSnippet(readme: string): string {
  const section = readme.slice(readme.indexOf('## Paste this into a page'));
  return /```html\n([\s\S]*?)\n```/.exec(section)![1]!;
}

/** Each element's attributes as the README's generated tables list them, plus HTML's own `lang`. */
function documentedAttributes(readme: string, tag: string): string[] {
  const table = readme.slice(readme.indexOf(`<!-- api:${tag}:start -->`), readme.indexOf(`<!-- api:${tag}:end -->`));
  // Attribute rows are the only rows whose first two cells are both code: `chat-url` | `chatUrl`.
  return [...table.matchAll(/^\| `([a-z-]+)` \| `/gm)].map((m) => m[1]!).concat('lang');
}

/** The guide's DOMPurify configuration, run as the script a site would paste it into. */
async function dompurifyAllowlist(guide: string): Promise<Config> {
  const code = `${allowlistBlock(guide, 'dompurify')}\nexport default supportWidgetAllowlist;`;
  const url = URL.createObjectURL(new Blob([code], {type: 'text/javascript'}));
  try {
    return ((await import(url)) as {default: Config}).default;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Puts sanitised HTML in the page, as a CMS prints a page's content. */
function publish(html: string): HTMLElement {
  const page = document.createElement('div');
  page.lang = 'sv';
  page.innerHTML = html;
  document.body.append(page);
  return page;
}

function attributesOf(element: Element): Record<string, string> {
  return Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));
}

describe('the CMS guide', () => {
  let readme: string;
  let guide: string;
  let snippet: string;
  before(async () => {
    [readme, guide] = await Promise.all([read('/README.md'), read('/docs/cms.md')]);
    snippet = pasteSnippet(readme);
  });

  it("DOMPurify's default configuration strips the elements and leaves their fallback as working links", () => {
    const page = publish(DOMPurify.sanitize(snippet));
    for (const tag of TAGS) expect(page.querySelector(tag), tag).to.equal(null);
    expect(page.querySelector('script')).to.equal(null);

    const links = [...page.querySelectorAll('a')].filter((a) => a.getClientRects().length > 0);
    expect(links.map((a) => [a.href, a.textContent])).to.deep.equal([
      ['tel:020100200', '020-100 200'],
      ['https://www.raddabarnen.se/oroschatten', 'chatt'],
      ['tel:112', '112'],
      [new URL('/files/handlingsplan.pdf', location.href).href, 'Handlingsplan (PDF)'],
    ]);
    page.remove();
  });

  it('the documented DOMPurify allowlist keeps the four elements with every attribute, and they render', async () => {
    const original = publish(snippet + QUICK_EXIT);
    const page = publish(DOMPurify.sanitize(snippet + QUICK_EXIT, await dompurifyAllowlist(guide)));
    for (const tag of ALL_TAGS) {
      expect(attributesOf(page.querySelector(tag)!), tag).to.deep.equal(attributesOf(original.querySelector(tag)!));
    }
    original.remove();
    // Its rendering is the end-to-end tests' (e2e/install.e2e.test.ts): here it would load quick-exit.js from src/.
    page.querySelector('support-quick-exit')!.remove();

    // The site-wide part, loaded once the content is in the page.
    await import('./index.js');
    const [card, panel, plan] = TAGS.map((tag) => page.querySelector(tag)!);
    await Promise.all([card, panel, plan].map((element) => renderedIn(element!, 'sv')));
    expect(shadow(card!).querySelector('[part~="call-link"]')!.getAttribute('href')).to.equal('tel:020100200');
    expect(shadow(card!).querySelector('[part~="chat-link"]')!.getAttribute('href')).to.equal(
      'https://www.raddabarnen.se/oroschatten',
    );
    expect(shadow(panel!).querySelector('[part~="heading"]')!.textContent.trim()).to.equal(
      'Vad det är och vad kommunen gör',
    );
    expect(shadow(plan!).querySelector('[part~="download-link"]')!.getAttribute('href')).to.equal(
      '/files/handlingsplan.pdf',
    );
    page.remove();
  });

  it('the documented DOMPurify allowlist lets no event handler or unknown element through', async () => {
    const hostile = `<support-helpline-card phone="1" onclick="alert(1)" onfocus="alert(2)"></support-helpline-card>
      <support-helpline-cards phone="1"></support-helpline-cards>`;
    const clean = DOMPurify.sanitize(hostile, await dompurifyAllowlist(guide));
    expect(clean).to.equal('<support-helpline-card phone="1"></support-helpline-card>\n      ');
  });

  it('the documented DOMPurify allowlist drops onclick from each of the four elements and javascript: addresses', async () => {
    const allowlist = await dompurifyAllowlist(guide);
    for (const tag of ALL_TAGS) {
      const clean = DOMPurify.sanitize(`<${tag} lang="sv" onclick="alert(1)"></${tag}>`, allowlist);
      expect(clean, tag).to.equal(`<${tag} lang="sv"></${tag}>`);
    }
    const hostile = `<support-helpline-card name="Orostelefonen" phone="020-100 200" chat-url="javascript:alert(1)"
      info-url=" JavaScript:alert(2)" social-services-url="javascript:alert(3)" lang="sv"></support-helpline-card>
      <support-action-plan href="javascript:alert(4)" lang="sv"></support-action-plan>
      <support-quick-exit href="javascript:alert(5)" lang="sv"></support-quick-exit>`;
    // Read inert first: the quick exit would load quick-exit.js from src/ here (e2e/install.e2e.test.ts renders it).
    const clean = document.createElement('template');
    clean.innerHTML = DOMPurify.sanitize(hostile, allowlist);
    const card = clean.content.querySelector('support-helpline-card')!;
    expect(attributesOf(card)).to.deep.equal({name: 'Orostelefonen', phone: '020-100 200', lang: 'sv'});
    expect(clean.content.querySelector('support-action-plan')!.hasAttribute('href')).to.equal(false);
    expect(clean.content.querySelector('support-quick-exit')!.hasAttribute('href')).to.equal(false);
    clean.content.querySelector('support-quick-exit')!.remove();
    const warnings = captureWarnings();
    const page = publish('');
    page.append(clean.content);
    await import('./index.js');
    await renderedIn(card, 'sv');
    warnings.restore();
    const links = [...shadow(card).querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.length).to.be.greaterThan(0);
    expect(links.filter((href) => /^\s*javascript:/i.test(href))).to.deep.equal([]);
    page.remove();
    // The card says nothing: nothing wrong reached it. The plan, left without its address, says so.
    expect(warnings.messages.filter((message) => message.startsWith('<support-helpline-card>'))).to.deep.equal([]);
  });

  it('the English and Swedish guides give the same allowlists', async () => {
    const swedish = await read('/docs/cms.sv.md');
    for (const name of ['wordpress', 'drupal', 'tinymce', 'dompurify']) {
      expect(allowlistBlock(swedish, name), name).to.equal(allowlistBlock(guide, name));
    }
  });

  it('every allowlist lists exactly the attributes the README documents, for each element', async () => {
    const listed: Record<string, (tag: string) => string[]> = {
      wordpress: (tag) =>
        new RegExp(`'${tag}'\\s*=> '([^']*)'`).exec(allowlistBlock(guide, 'wordpress'))![1]!.split(' '),
      drupal: (tag) => new RegExp(`<${tag} ([^>]*)>`).exec(allowlistBlock(guide, 'drupal'))![1]!.split(' '),
      tinymce: (tag) => new RegExp(`${tag}\\[([^\\]]*)\\]`).exec(allowlistBlock(guide, 'tinymce'))![1]!.split('|'),
    };
    const allowlist = await dompurifyAllowlist(guide);
    for (const tag of ALL_TAGS) {
      const documented = documentedAttributes(readme, tag);
      expect(documented.length, tag).to.be.greaterThan(1);
      for (const [name, attributes] of Object.entries(listed)) {
        expect([...attributes(tag)].sort(), `${name} ${tag}`).to.deep.equal([...documented].sort());
      }
      // DOMPurify's check is one list for all four elements: each documented attribute survives it.
      for (const attribute of documented) {
        const clean = DOMPurify.sanitize(`<${tag} ${attribute}="2"></${tag}>`, allowlist);
        expect(clean, `dompurify ${tag} ${attribute}`).to.equal(`<${tag} ${attribute}="2"></${tag}>`);
      }
    }
  });
});
