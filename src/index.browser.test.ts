import {expect} from '@open-wc/testing';
import {
  captureWarnings,
  nextLangChangeSeen,
  renderedContent,
  renderedIn,
  shadow,
  visibleText,
} from '../test/browser.js';

// This file loads the script itself, after putting elements in the page, as a CMS page does
// when the script tag comes last (or has `defer`). Each test has its own elements, all in the
// page before the script, and loads the script itself (it runs once, whichever test is first).
function elementsBeforeTheScript(id: string): Record<'card' | 'panel' | 'plan' | 'fallback', HTMLElement> {
  const page = document.createElement('div');
  page.innerHTML = `
    <support-helpline-card lang="sv" name="Orostelefonen" phone="020-100 200">
      <p>Ring <a href="tel:020100200">020-100 200</a></p>
    </support-helpline-card>
    <support-info-panel></support-info-panel>
    <support-action-plan href="plan.pdf" lang="en"></support-action-plan>`;
  page.id = id;
  document.body.append(page);
  const [card, panel, plan] = page.children as unknown as HTMLElement[];
  return {card: card!, panel: panel!, plan: plan!, fallback: page.querySelector('p')!};
}

const upgrade = elementsBeforeTheScript('upgrade');
const follow = elementsBeforeTheScript('follow');
// Until the script runs, an unknown element shows its children: the fallback is readable.
const fallbackShownBeforeTheScript = upgrade.fallback.getClientRects().length > 0;
const loadScript = () => import('./index.js');

describe('the embed script', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('upgrades elements that were in the page before it, and hides their fallback then', async () => {
    const {card, fallback} = upgrade;
    expect(fallbackShownBeforeTheScript).to.equal(true);
    await loadScript();
    await renderedIn(card, 'sv');
    expect(visibleText(shadow(card))).to.include('Ring 020-100 200');
    expect(fallback.getClientRects().length).to.equal(0);
  });

  it('follows the page language, keeps its own, and ignores languages it does not have', async () => {
    await loadScript();
    const {card, panel, plan} = follow;
    await renderedIn(panel, 'en');
    document.documentElement.lang = 'sv-SE';
    await renderedIn(panel, 'sv');
    expect(visibleText(shadow(panel))).to.include('Våldsbejakande extremism');
    expect(renderedContent(plan)!.getAttribute('lang')).to.equal('en');

    const warnings = captureWarnings();
    try {
      const seen = nextLangChangeSeen();
      document.documentElement.lang = 'de';
      await seen;
      await (panel as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    } finally {
      warnings.restore();
    }
    expect(renderedContent(panel)!.getAttribute('lang')).to.equal('sv');
    expect(warnings.messages).to.deep.equal([]);

    card.setAttribute('lang', 'en');
    await renderedIn(card, 'en');
    expect(visibleText(shadow(card))).to.include('Call 020-100 200');
  });
});
