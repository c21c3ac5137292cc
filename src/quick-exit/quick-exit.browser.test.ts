import {expect, fixture, html} from '@open-wc/testing';
import '../index.js';
import type {SupportQuickExit} from './quick-exit.js';
import {captureWarnings, renderedIn, sendKeys, shadow, visibleText} from '../../test/browser.js';

/** Resolves once the element shows its button (quick-exit.js has arrived). */
async function ready(element: Element): Promise<HTMLAnchorElement> {
  const deadline = Date.now() + 10_000;
  while (!element.shadowRoot?.querySelector('[part="button"]')) {
    if (Date.now() > deadline) throw new Error('no quick exit button');
    await new Promise((r) => setTimeout(r, 10));
  }
  await (element as SupportQuickExit).updateComplete;
  return element.shadowRoot.querySelector('[part="button"]')!;
}

const status = (element: Element) => shadow(element).querySelector('[role="status"]')!.textContent.trim();

/** Shift pressed and released on its own, on the keyboard (the browser's own, trusted events). */
const pressShift = () => sendKeys({press: 'Shift'});

/** Waits until the status says `text`: the count may change with time, not only with keys. */
async function statusBecomes(element: Element, text: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (status(element) !== text) {
    if (Date.now() > deadline) throw new Error(`the status did not become "${text}"`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('<support-quick-exit>', () => {
  it('shows a labelled link to the neutral page and says that history is not erased', async () => {
    const exit = await fixture(html`<support-quick-exit href="https://www.smhi.se/"></support-quick-exit>`);
    const button = await ready(exit);
    expect(button.getAttribute('href')).to.equal('https://www.smhi.se/');
    expect(visibleText(button)).to.equal('Leave this page');
    expect(visibleText(shadow(exit))).to.include('Or press Shift 3 times. This does not erase your browser history.');
    await expect(exit).to.be.accessible();
  });

  it('goes to a search engine’s front page when the link is missing or unsafe, with a warning', async () => {
    const warnings = captureWarnings();
    try {
      const exit = await fixture(html`<support-quick-exit href="javascript:alert(1)"></support-quick-exit>`);
      expect((await ready(exit)).getAttribute('href')).to.equal('https://www.google.com/');
      expect(warnings.messages).to.deep.equal([
        '<support-quick-exit> href: "javascript:alert(1)" is not an http, https or relative link, so it is left out.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('speaks the page’s language', async () => {
    const sv = (await fixture(html`<div lang="sv"><support-quick-exit></support-quick-exit></div>`)).firstElementChild!;
    await renderedIn(sv, 'sv');
    expect(visibleText(await ready(sv))).to.equal('Lämna sidan');
    await expect(sv).to.be.accessible();
  });

  it('hides its fallback link once it renders', async () => {
    const exit = await fixture(
      html`<support-quick-exit href="/neutral"><a href="/neutral">Lämna sidan</a></support-quick-exit>`,
    );
    await ready(exit);
    expect(exit.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });

  it('in preview mode, set from JavaScript only, a click or Shift 3 times says where it would go and stays', async () => {
    const exit = await fixture<SupportQuickExit>(
      html`<support-quick-exit href="https://www.smhi.se/"></support-quick-exit>`,
    );
    exit.preview = true;
    const page = location.href;
    const button = await ready(exit);
    button.click();
    await exit.updateComplete;
    expect(visibleText(shadow(exit))).to.include('Would go to https://www.smhi.se/');
    expect(shadow(exit).querySelector<HTMLDialogElement>('.overlay')!.open).to.equal(false);
    for (let i = 0; i < 3; i++) await pressShift();
    await exit.updateComplete;
    expect(location.href).to.equal(page);
    expect(exit.hasAttribute('preview')).to.equal(false);
  });

  it('tells screen readers how many more Shift presses leave the page', async () => {
    const exit = await fixture(html`<support-quick-exit href="/neutral"></support-quick-exit>`);
    await ready(exit);
    expect(status(exit)).to.equal('');
    await pressShift();
    await (exit as SupportQuickExit).updateComplete;
    expect(status(exit)).to.equal('Press Shift 2 more times to leave');
    await expect(exit).to.be.accessible();
    await pressShift();
    await (exit as SupportQuickExit).updateComplete;
    expect(status(exit)).to.equal('Press Shift 1 more time to leave');
    // Any other key starts again: the page stays.
    await sendKeys({press: 'a'});
    await (exit as SupportQuickExit).updateComplete;
    expect(status(exit)).to.equal('');
  });

  it('counts one press once with two elements on the page, and only the first one speaks', async () => {
    const wrapper = await fixture(
      html`<div><support-quick-exit href="/a"></support-quick-exit><support-quick-exit href="/b"></support-quick-exit></div>`,
    );
    const [first, second] = [...wrapper.children] as SupportQuickExit[];
    await ready(first!);
    await ready(second!);
    await pressShift();
    await first!.updateComplete;
    await second!.updateComplete;
    // One listener: one press is one, not two ("1 more time" would mean it was counted twice).
    expect([status(first!), status(second!)]).to.deep.equal(['Press Shift 2 more times to leave', '']);
    await sendKeys({press: 'Escape'});
  });

  it('when the first of two leaves the page, the other takes over: it sticks in view and speaks; taken off while stuck, it lets go', async () => {
    const wrapper = await fixture(
      html`<div><support-quick-exit href="/a"></support-quick-exit><support-quick-exit href="/b"></support-quick-exit><div style="height: 300vh"></div></div>`,
    );
    const [first, second] = [...wrapper.querySelectorAll('support-quick-exit')] as SupportQuickExit[];
    await ready(first!);
    await ready(second!);
    first!.remove();
    try {
      scrollTo(0, innerHeight);
      const deadline = Date.now() + 10_000;
      while (!shadow(second!).querySelector('.stuck')) {
        if (Date.now() > deadline) throw new Error('the remaining quick exit did not stick');
        await new Promise((r) => setTimeout(r, 10));
      }
      expect(shadow(second!).querySelector('.stuck')!.getBoundingClientRect().top).to.be.within(0, innerHeight);
      // Taken off the page while stuck, it lets go: put back later, it starts in its place.
      second!.remove();
      expect(shadow(second!).querySelector('.stuck')).to.be.null;
      expect(shadow(second!).querySelector<HTMLElement>('.place')!.style.height).to.equal('');
      wrapper.prepend(second!);
      await second!.updateComplete;
    } finally {
      scrollTo(0, 0);
    }
    await pressShift();
    await second!.updateComplete;
    expect(status(second!)).to.equal('Press Shift 2 more times to leave');
    await sendKeys({press: 'Escape'});
  });

  it('taken off the page and put back (a single-page app’s view shown again), it still listens for Shift', async () => {
    const wrapper = await fixture(html`<div><support-quick-exit href="/a"></support-quick-exit></div>`);
    const exit = wrapper.firstElementChild as SupportQuickExit;
    await ready(exit);
    exit.remove();
    await new Promise((r) => setTimeout(r));
    wrapper.append(exit);
    await exit.updateComplete;
    await pressShift();
    await exit.updateComplete;
    expect(status(exit)).to.equal('Press Shift 2 more times to leave');
    await sendKeys({press: 'Escape'});
  });

  it('refuses a link back to this page (href="#"): the button goes to the search engine, with a warning', async () => {
    const warnings = captureWarnings();
    try {
      const exit = await fixture(html`<support-quick-exit href="#"></support-quick-exit>`);
      expect((await ready(exit)).getAttribute('href')).to.equal('https://www.google.com/');
      expect(warnings.messages).to.deep.equal([
        '<support-quick-exit> href: "#" leads back to this page, so it is left out.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('is read as a button, and Space leaves as a button does', async () => {
    const exit = await fixture(html`<support-quick-exit href="/neutral"></support-quick-exit>`);
    const button = await ready(exit);
    expect(button.getAttribute('role')).to.equal('button');
    (exit as SupportQuickExit).preview = true;
    button.focus();
    await sendKeys({press: 'Space'});
    await (exit as SupportQuickExit).updateComplete;
    expect(visibleText(shadow(exit))).to.include(`Would go to ${location.origin}/neutral`);
  });

  it('in preview, Shift three times and a click say where they would go, and the page stays', async () => {
    const byShift = await fixture(html`<support-quick-exit href="https://www.smhi.se/"></support-quick-exit>`);
    (byShift as SupportQuickExit).preview = true;
    await ready(byShift);
    for (let i = 0; i < 3; i++) await pressShift();
    await (byShift as SupportQuickExit).updateComplete;
    expect(visibleText(shadow(byShift))).to.include('Would go to https://www.smhi.se/');
    expect(shadow(byShift).querySelector<HTMLDialogElement>('[part="overlay"]')!.open).to.equal(false);
    byShift.remove();

    const byClick = await fixture(html`<support-quick-exit href="https://www.yr.no/"></support-quick-exit>`);
    (byClick as SupportQuickExit).preview = true;
    (await ready(byClick)).click();
    await (byClick as SupportQuickExit).updateComplete;
    expect(visibleText(shadow(byClick))).to.include('Would go to https://www.yr.no/');
  });

  it('a key listener the page adds after the script, which stops Shift, does not stop the count', async () => {
    const stop = (event: Event) => event.stopImmediatePropagation();
    for (const type of ['keydown', 'keyup']) addEventListener(type, stop, true);
    try {
      const exit = await fixture(html`<support-quick-exit href="/neutral"></support-quick-exit>`);
      await ready(exit);
      await pressShift();
      await (exit as SupportQuickExit).updateComplete;
      expect(status(exit)).to.equal('Press Shift 2 more times to leave');
    } finally {
      for (const type of ['keydown', 'keyup']) removeEventListener(type, stop, true);
      await sendKeys({press: 'Escape'});
    }
  });

  it('one Shift, then five seconds without another: the count starts again, and screen readers hear so', async () => {
    const exit = await fixture(html`<support-quick-exit href="/neutral"></support-quick-exit>`);
    await ready(exit);
    await pressShift();
    await statusBecomes(exit, 'Press Shift 2 more times to leave');
    await statusBecomes(exit, 'Time ran out. Press Shift 3 times to leave');
    // The next press is the first again.
    await pressShift();
    await statusBecomes(exit, 'Press Shift 2 more times to leave');
    await sendKeys({press: 'Escape'});
  });
});
