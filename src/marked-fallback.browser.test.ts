/**
 * The configurator writes a plain-HTML copy of what each element shows inside it, marked with
 * `<div data-support-fallback>`. Once an element renders, its marked copy is hidden; the info panel
 * shows its built-in text instead of a marked copy, while unmarked children stay the editor's own text.
 */
import {expect, fixture, html} from '@open-wc/testing';
import './index.js';
import {captureWarnings, renderedIn, shadow, visibleText} from '../test/browser.js';

/** Whether a child of an element is drawn on the page at all. */
const shown = (element: Element) => element.checkVisibility({visibilityProperty: true});

/** Headings a reader meets in the element, its own and its children's, drawn ones only. */
function headings(element: Element): string[] {
  return [
    ...shadow(element).querySelectorAll('[role="heading"]'),
    ...[...element.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(shown),
  ].map((heading) => visibleText(heading as HTMLElement));
}

describe('a marked fallback copy', () => {
  it('the info panel hides a marked copy and shows its built-in text, in the reader’s language', async () => {
    // A Swedish copy on a page a translation tool has turned English.
    const wrapper = await fixture(html`<div lang="en">
      <support-info-panel municipality="Överkalix kommun">
        <div data-support-fallback>
          <h2>Våldsbejakande extremism</h2>
          <p>Överkalix kommun gör det genom det sociala och pedagogiska arbete som redan finns.</p>
        </div>
      </support-info-panel>
    </div>`);
    const panel = wrapper.querySelector('support-info-panel')!;
    await renderedIn(panel, 'en');
    expect(shown(panel.querySelector('[data-support-fallback]')!), 'the copy is hidden').to.be.false;
    expect(visibleText(shadow(panel))).to.include('Överkalix kommun does this through the social and educational work');
    expect(headings(panel)).to.deep.equal(['Violent extremism']);
    await expect(wrapper).to.be.accessible();
  });

  it('unmarked children stay the editor’s own text', async () => {
    const panel = await fixture(html`<support-info-panel heading="How we work">
      <p>Our own words.</p>
    </support-info-panel>`);
    await renderedIn(panel, 'en');
    expect(shown(panel.querySelector('p')!)).to.be.true;
    expect(visibleText(shadow(panel))).not.to.include('umbrella term');
    expect(headings(panel)).to.deep.equal(['How we work']);
    await expect(panel).to.be.accessible();
  });

  it('beside the editor’s own text, a marked copy stays hidden', async () => {
    const panel = await fixture(html`<support-info-panel heading="How we work">
      <p id="own">Our own words.</p>
      <div data-support-fallback><h2>How we work</h2><p>Old copy.</p></div>
    </support-info-panel>`);
    await renderedIn(panel, 'en');
    expect(shown(panel.querySelector('#own')!)).to.be.true;
    expect(shown(panel.querySelector('[data-support-fallback]')!)).to.be.false;
    expect(headings(panel)).to.deep.equal(['How we work']);
    await expect(panel).to.be.accessible();
  });

  it('the card and the download hide their marked copies once they render', async () => {
    const wrapper = await fixture(html`<div>
      <support-helpline-card name="Orostelefonen" phone="020-100 200">
        <div data-support-fallback>
          <h2>Orostelefonen</h2>
          <p><a href="tel:020100200">Call 020-100 200</a></p>
        </div>
      </support-helpline-card>
      <support-action-plan href="/plan.pdf">
        <div data-support-fallback><a href="/plan.pdf">Action plan (PDF)</a></div>
      </support-action-plan>
    </div>`);
    for (const element of wrapper.children) {
      await renderedIn(element, 'en');
      expect(shown(element.querySelector('[data-support-fallback]')!), element.localName).to.be.false;
    }
    expect(visibleText(shadow(wrapper.children[0]!))).to.include('Call 020-100 200');
    expect(headings(wrapper.children[0]!)).to.deep.equal(['Orostelefonen']);
    await expect(wrapper).to.be.accessible();
  });

  it('a download without a usable link shows its marked copy: never an empty box', async () => {
    const warnings = captureWarnings();
    let plan: Element;
    try {
      plan = await fixture(html`<support-action-plan href="javascript:alert(1)">
        <div data-support-fallback><a href="/plan.pdf">Action plan (PDF)</a></div>
      </support-action-plan>`);
      await renderedIn(plan, 'en');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(shown(plan.querySelector('[data-support-fallback]')!)).to.be.true;
    await expect(plan).to.be.accessible();
  });
});

/**
 * A deferred script meets elements that already hold their fallback: each keeps it on screen and
 * renders in a task of its own, so the page is never blocked for all the renders at once and
 * nothing goes blank meanwhile. A script in `<head>` meets them empty: they render at once.
 */
describe('until the first render', () => {
  const FALLBACK = `<div data-support-fallback>
    <h2>Orostelefonen</h2>
    <p><a href="tel:020100200">Ring 020-100 200</a></p>
  </div>`;

  /** A task queued now, the way the page's own work would be: it runs after what is already queued. */
  const pageTask = (run: () => void) =>
    new Promise<void>((done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        run();
        channel.port1.close();
        done();
      };
      channel.port2.postMessage(null);
    });

  it('an element holding its fallback shows it while the page runs, then takes its place without moving', async () => {
    const page = await fixture(html`<div><p>Above.</p><div id="help"></div></div>`);
    const help = page.querySelector('#help')!;
    // As a deferred script finds it: the element arrives with its children already inside.
    help.innerHTML = `<support-helpline-card name="Orostelefonen" phone="020-100 200">${FALLBACK}</support-helpline-card>`;
    const card = help.firstElementChild as HTMLElementTagNameMap['support-helpline-card'];
    const fallback = card.querySelector('[data-support-fallback]')!;
    const top = card.getBoundingClientRect().top;

    let seenByThePage = {fallbackShown: false, rendered: true};
    const pageRan = pageTask(() => {
      seenByThePage = {fallbackShown: shown(fallback), rendered: card.rendered};
    });
    await card.updateComplete;
    await pageRan;
    expect(seenByThePage).to.deep.equal({fallbackShown: true, rendered: false});

    expect(shown(fallback)).to.be.false;
    expect(visibleText(shadow(card))).to.include('Call 020-100 200');
    // The fallback's heading margin stays inside the element, where its own render starts.
    expect(card.getBoundingClientRect().top).to.equal(top);
    await expect(page).to.be.accessible();
  });

  it('an element that starts empty renders before the page runs anything else', async () => {
    const help = await fixture(html`<div></div>`);
    const card = document.createElement('support-helpline-card');
    card.setAttribute('name', 'Orostelefonen');
    card.setAttribute('phone', '020-100 200');
    let renderedBeforeThePage = false;
    const pageRan = pageTask(() => (renderedBeforeThePage = card.rendered));
    help.append(card);
    await pageRan;
    expect(renderedBeforeThePage).to.be.true;
  });
});
