import {expect, fixture, html} from '@open-wc/testing';
import './index.js';
import {resetLocalesForTests, setLocaleLoader} from './localization.js';
import {LOCALE_WAIT_MS} from './controllers/readiness.js';
import {
  captureWarnings,
  nextLangChangeSeen,
  renderedContent,
  renderedIn,
  shadow,
  visibleText,
} from '../test/browser.js';

const ARABIC = /[\u0600-\u06ff]/;
/** Every locale loaded in this test; the embed script loads `locales/<code>.js` instead (see e2e/). */
const loaded: string[] = [];
const loadFromSource = (locale: string) => {
  loaded.push(locale);
  return import(`/src/generated/locales/${locale}.ts`);
};

/** Left edge on screen of character `index` in the text node holding `text`. */
function charLeft(root: ShadowRoot, text: string, index: number): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const start = node.data.indexOf(text);
    if (start < 0) continue;
    const range = document.createRange();
    range.setStart(node, start + index);
    range.setEnd(node, start + index + 1);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`"${text}" not found`);
}

/** Holds every language file back until the returned function is called. */
function holdLocales(): () => void {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  setLocaleLoader((locale) => arrived.then(() => loadFromSource(locale)));
  return arrive;
}

/**
 * Resolves once the elements have rendered after their wait for a language ran out: their timers
 * started before this one, with the same delay, so they have fired by the time it does.
 */
async function pastLocaleWait(...elements: Element[]): Promise<void> {
  await new Promise((r) => setTimeout(r, LOCALE_WAIT_MS));
  await Promise.all(
    elements.map((element) => (element as Element & {updateComplete: Promise<unknown>}).updateComplete),
  );
}

describe('languages', () => {
  // Each test starts as a fresh page does: only Swedish built in, nothing loaded yet.
  beforeEach(() => {
    resetLocalesForTests();
    loaded.length = 0;
    setLocaleLoader(loadFromSource);
  });
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('says so and keeps the text it has when a language cannot be loaded', async () => {
    setLocaleLoader(() => Promise.reject(new Error('offline')));
    const warnings = captureWarnings();
    try {
      const card = await fixture(html`<support-helpline-card lang="so" name="X" phone="112"></support-helpline-card>`);
      await renderedIn(card, 'en');
      expect(warnings.messages).to.deep.equal([
        '<support-helpline-card> lang: the "so" translation could not be loaded; the text stays in en.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('shows each element in its own language: an Arabic card on a Swedish page', async () => {
    const page = await fixture(html`<div lang="sv">
      <support-info-panel></support-info-panel>
      <support-helpline-card lang="ar" name="Orostelefonen" phone="020-100 200" chat-url="https://example.se/chat"></support-helpline-card>
    </div>`);
    const panel = page.querySelector('support-info-panel')!;
    const card = page.querySelector('support-helpline-card')!;
    await renderedIn(card, 'ar');
    await renderedIn(panel, 'sv');
    expect(renderedContent(card)!.getAttribute('dir')).to.equal('rtl');
    expect(renderedContent(panel)!.getAttribute('dir')).to.equal('ltr');
    expect(visibleText(shadow(card))).to.match(ARABIC);
    expect(visibleText(shadow(panel))).to.include('Våldsbejakande extremism');
    await expect(card).to.be.accessible();
  });

  it('keeps a phone number in reading order inside right-to-left text', async () => {
    const card = await fixture(
      html`<support-helpline-card lang="ar" name="X" phone="020-100 200"></support-helpline-card>`,
    );
    await renderedIn(card, 'ar');
    const number = '020-\u2060100\u00a0200';
    // "020" must start left of "200" on screen, as in left-to-right text.
    expect(charLeft(shadow(card), number, 0)).to.be.lessThan(charLeft(shadow(card), number, number.length - 1));
    // The call button's text starts on the right in Arabic.
    expect(getComputedStyle(renderedContent(card)!).direction).to.equal('rtl');
  });

  it('reads a file’s details in right-to-left order: the type first, on the right', async () => {
    const plan = await fixture(
      html`<support-action-plan lang="ar" href="plan.pdf" file-size="708"></support-action-plan>`,
    );
    await renderedIn(plan, 'ar');
    const link = shadow(plan).querySelector('[part="download-link"] span')!.textContent;
    const size = link.match(/[0-9\u0660-\u0669]+/)![0];
    expect(charLeft(shadow(plan), 'PDF', 0)).to.be.greaterThan(charLeft(shadow(plan), size, 0));
  });

  it('loads a language once, however many elements need it', async () => {
    const page = await fixture(html`<div>
      <support-action-plan lang="fa" href="a.pdf"></support-action-plan>
      <support-action-plan lang="fa-IR" href="b.pdf"></support-action-plan>
    </div>`);
    await Promise.all([...page.children].map((plan) => renderedIn(plan, 'fa')));
    expect(loaded.filter((l) => l === 'fa')).to.deep.equal(['fa']);
  });

  it('holds its place, invisibly, while a language loads, so the page hardly moves', async () => {
    const arrive = holdLocales();
    try {
      const card = await fixture(
        html`<support-helpline-card lang="uk" name="X" phone="112" chat-url="/chat"></support-helpline-card>`,
      );
      const pending = card.shadowRoot!.querySelector('.pending')!;
      expect(getComputedStyle(pending).visibility).to.equal('hidden');
      const before = card.getBoundingClientRect().height;
      expect(before).to.be.greaterThan(100);
      arrive();
      await renderedIn(card, 'uk');
      expect(card.shadowRoot!.querySelector('.pending')).to.be.null;
      expect(getComputedStyle(renderedContent(card)!).visibility).to.equal('visible');
      // The placeholder is the same card in English: only the texts' lengths differ.
      const after = card.getBoundingClientRect().height;
      expect(after).to.be.closeTo(before, before * 0.1);
    } finally {
      arrive();
    }
  });

  it('while a language is slow to arrive, the card shows its fallback and the info panel the editor’s text', async () => {
    const arrive = holdLocales();
    try {
      const page = await fixture(html`<div lang="fi">
        <support-helpline-card name="X" phone="020-100 200"><p>Soita <a href="tel:020100200">020-100 200</a></p></support-helpline-card>
        <support-info-panel><p>Kunnan oma teksti.</p></support-info-panel>
      </div>`);
      const card = page.querySelector('support-helpline-card')!;
      const panel = page.querySelector('support-info-panel')!;
      await pastLocaleWait(card, panel);
      expect([card.rendered, panel.rendered]).to.deep.equal([false, false]);
      const fallbackLink = card.querySelector('a')!;
      const panelText = panel.querySelector('p')!;
      expect(fallbackLink.checkVisibility({visibilityProperty: true})).to.equal(true);
      expect(panelText.checkVisibility({visibilityProperty: true})).to.equal(true);
      await expect(page).to.be.accessible();
      arrive();
      await renderedIn(card, 'fi');
      await renderedIn(panel, 'fi');
      expect(fallbackLink.checkVisibility()).to.equal(false);
      expect(panelText.checkVisibility({visibilityProperty: true})).to.equal(true);
    } finally {
      arrive();
    }
  });

  it('an element that starts with its fallback keeps showing it while its language loads', async () => {
    const arrive = holdLocales();
    try {
      const page = await fixture(html`<div lang="fi"></div>`);
      // As a deferred script finds it: the card already holds its fallback when it starts.
      page.innerHTML = `<support-helpline-card name="X" phone="020-100 200"><p>Soita <a href="tel:020100200">020-100 200</a></p></support-helpline-card>`;
      const card = page.firstElementChild as HTMLElementTagNameMap['support-helpline-card'];
      const fallbackLink = card.querySelector('a')!;
      await card.updateComplete;
      // Its first update has run, its language has not arrived, and the wait has not run out.
      expect(card.rendered).to.be.false;
      expect(shadow(card).querySelector('.pending')).to.be.null;
      expect(fallbackLink.checkVisibility({visibilityProperty: true})).to.equal(true);
      await expect(page).to.be.accessible();
      arrive();
      await renderedIn(card, 'fi');
      expect(fallbackLink.checkVisibility()).to.equal(false);
    } finally {
      arrive();
    }
  });

  it('while a language is slow to arrive, a card without fallback content shows itself in English', async () => {
    const arrive = holdLocales();
    try {
      const card = await fixture<HTMLElementTagNameMap['support-helpline-card']>(
        html`<support-helpline-card lang="so" name="X" phone="020-100 200"></support-helpline-card>`,
      );
      await pastLocaleWait(card);
      // Shown, but not yet in its own language.
      expect(card.rendered).to.be.false;
      const call = shadow(card).querySelector<HTMLAnchorElement>('[part="call-link"]')!;
      expect(call.checkVisibility({visibilityProperty: true})).to.equal(true);
      expect(call.getAttribute('href')).to.equal('tel:020100200');
      expect(shadow(card).querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
      await expect(card).to.be.accessible();
      arrive();
      await renderedIn(card, 'so');
      expect(visibleText(shadow(card))).not.to.include('Call');
    } finally {
      arrive();
    }
  });

  it('follows <html lang> when a translation tool changes it, and stays when the language is missing', async () => {
    const panel = await fixture(html`<support-info-panel></support-info-panel>`);
    await renderedIn(panel, 'en');
    document.documentElement.lang = 'fi';
    await renderedIn(panel, 'fi');
    expect(visibleText(shadow(panel))).not.to.include('Violent extremism');
    document.documentElement.lang = 'ar';
    await renderedIn(panel, 'ar');
    expect(visibleText(shadow(panel))).to.match(ARABIC);
    const seen = nextLangChangeSeen();
    document.documentElement.lang = 'zu';
    await seen;
    await (panel as Element & {updateComplete: Promise<unknown>}).updateComplete;
    expect(renderedContent(panel)!.getAttribute('lang')).to.equal('ar');
  });

  it('formats dates, sizes and language names in the language shown', async () => {
    const plan = await fixture(
      html`<support-action-plan lang="fi" href="plan.pdf" file-size="1258291" last-updated="2024-03-12" document-lang="sv"></support-action-plan>`,
    );
    await renderedIn(plan, 'fi');
    const text = visibleText(shadow(plan));
    expect(text).to.include('1,2 Mt');
    expect(text).to.include('12. maaliskuuta 2024');
    expect(text).to.include('ruotsi');
  });

  it('never shows English month or language names in a Somali box', async () => {
    const plan = await fixture(
      html`<support-action-plan lang="so" href="plan.pdf" last-updated="2024-03-12" document-lang="sv"></support-action-plan>`,
    );
    await renderedIn(plan, 'so');
    const text = visibleText(shadow(plan));
    expect(text).not.to.include('March');
    expect(text).not.to.include('Swedish');
    expect(text).to.match(/2024/);
  });
});
