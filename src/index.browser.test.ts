import {expect} from '@open-wc/testing';
import {captureWarnings, renderedIn, shadow, visibleText} from '../test/browser.js';

// This file loads the script itself, after putting elements in the page, as a CMS page does
// when the script tag comes last (or has `defer`).
const page = document.createElement('div');
page.innerHTML = `
  <support-helpline-card id="card" lang="sv" name="Orostelefonen" phone="020-100 200">
    <p id="fallback">Ring <a href="tel:020100200">020-100 200</a></p>
  </support-helpline-card>
  <support-info-panel id="panel"></support-info-panel>
  <support-action-plan id="plan" href="plan.pdf" lang="en"></support-action-plan>`;
document.body.append(page);

const byId = (id: string) => document.getElementById(id)!;

describe('the embed script', () => {
  it('leaves fallback content readable until it runs', () => {
    expect(byId('fallback').getClientRects().length).to.be.greaterThan(0);
  });

  it('upgrades elements that were in the page before it', async () => {
    await import('./index.js');
    const card = byId('card');
    await renderedIn(card, 'sv');
    expect(visibleText(shadow(card))).to.include('Ring 020-100 200');
    expect(byId('fallback').getClientRects().length).to.equal(0);
  });

  it('follows the page language, keeps its own, and ignores languages it does not have', async () => {
    const [card, panel, plan] = ['card', 'panel', 'plan'].map(byId);
    await renderedIn(panel, 'en');
    document.documentElement.lang = 'sv-SE';
    await renderedIn(panel, 'sv');
    expect(visibleText(shadow(panel))).to.include('Våldsbejakande extremism');
    expect(shadow(plan).querySelector('.root')!.getAttribute('lang')).to.equal('en');

    const warnings = captureWarnings();
    try {
      document.documentElement.lang = 'de';
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      warnings.restore();
    }
    expect(shadow(panel).querySelector('.root')!.getAttribute('lang')).to.equal('sv');
    expect(warnings.messages).to.deep.equal([]);

    card.setAttribute('lang', 'en');
    await renderedIn(card, 'en');
    expect(visibleText(shadow(card))).to.include('Call 020-100 200');
    document.documentElement.removeAttribute('lang');
  });
});
