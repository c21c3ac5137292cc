import {expect, fixture, html} from '@open-wc/testing';
import '../index.js';
import type {SupportHelplineCard} from './helpline-card.js';
import {captureWarnings, renderedIn, shadow, visibleText} from '../../test/browser.js';

const reference = html`<support-helpline-card
  name="Orostelefonen"
  organization="Rädda Barnen"
  description="Children and adults can call."
  phone="020-100 200"
  chat-url="https://www.raddabarnen.se/oroschatten"
  info-url="https://www.raddabarnen.se/orostelefonen"
  anonymous
  languages="sv en ar"
  police-phone="114 14"
  social-services-url="/socialtjanst"
></support-helpline-card>`;

function link(card: Element, selector: string): HTMLAnchorElement | null {
  return shadow(card).querySelector<HTMLAnchorElement>(selector);
}

describe('<support-helpline-card>', () => {
  it('shows the reference page’s support line with working links', async () => {
    const card = await fixture<SupportHelplineCard>(reference);
    const root = shadow(card);
    expect(root.querySelector('[role="heading"]')!.textContent).to.equal('Orostelefonen');
    expect(root.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(link(card, '[part="call-link"]')!.getAttribute('href')).to.equal('tel:020100200');
    expect(link(card, '[part="chat-link"]')!.getAttribute('href')).to.equal('https://www.raddabarnen.se/oroschatten');
    expect(link(card, '[data-channel="info"]')!.getAttribute('href')).to.equal(
      'https://www.raddabarnen.se/orostelefonen',
    );
    expect(link(card, '[data-channel="police"]')!.getAttribute('href')).to.equal('tel:11414');
    expect(link(card, '[data-channel="emergency"]')!.getAttribute('href')).to.equal('tel:112');
    expect(link(card, '[data-channel="social-services"]')!.getAttribute('href')).to.equal('/socialtjanst');
    const text = visibleText(root);
    expect(text).to.include('Run by Rädda Barnen');
    expect(text).to.include('Children and adults can call.');
    expect(text).to.include('you do not have to say who you are');
    expect(text).to.include('Call 020-100 200');
    expect(text).to.include('Languages: Swedish, English, and Arabic');
    expect(text).to.include('In an emergency, call 112');
    await expect(card).to.be.accessible();
  });

  it('renders the expected structure', async () => {
    const card = await fixture<SupportHelplineCard>(
      html`<support-helpline-card name="Orostelefonen" phone="020-100 200"></support-helpline-card>`,
    );
    await expect(card).shadowDom.to.equal(
      `<div class="root" lang="en" dir="ltr">
        <div class="card" part="card">
          <div class="heading" part="heading" role="heading" aria-level="2">Orostelefonen</div>
          <div class="actions"><div class="channel"><a class="action target" part="call-link" href="tel:020100200" data-channel="phone"><span>Call \u2066020-\u2060100\u00a0200\u2069</span></a></div></div>
          <p class="emergency" part="emergency"><a class="target" href="tel:112" data-channel="emergency"><span>In an emergency, call \u2066112\u2069</span></a></p>
        </div>
      </div>`,
    );
  });

  it('opens external links normally, without passing on the page address', async () => {
    const card = await fixture(reference);
    const links = shadow(card).querySelectorAll('a[href^="https:"], a[href^="/"]');
    expect(links.length).to.equal(3);
    for (const a of links) {
      expect(a.getAttribute('rel')).to.equal('noreferrer');
      expect(a.hasAttribute('target')).to.be.false;
    }
  });

  it('makes call and chat at least 44 by 44 CSS pixels, even in a 200 px sidebar', async () => {
    const wrapper = await fixture(html`<div style="width: 200px">${reference}</div>`);
    const card = wrapper.firstElementChild!;
    for (const part of ['call-link', 'chat-link']) {
      const box = link(card, `[part="${part}"]`)!.getBoundingClientRect();
      expect(box.width, part).to.be.at.least(44);
      expect(box.height, part).to.be.at.least(44);
    }
    const section = shadow(card).querySelector('.card')!;
    expect(section.scrollWidth).to.be.at.most(section.clientWidth);
    expect(card.getBoundingClientRect().width).to.be.at.most(200);
  });

  it('follows heading-level, and falls back to 2 with a warning', async () => {
    const card = await fixture(
      html`<support-helpline-card name="X" phone="112" heading-level="4"></support-helpline-card>`,
    );
    expect(shadow(card).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    const warnings = captureWarnings();
    try {
      card.setAttribute('heading-level', '9');
      await (card as SupportHelplineCard).updateComplete;
    } finally {
      warnings.restore();
    }
    expect(shadow(card).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(warnings.messages).to.deep.equal([
      '<support-helpline-card> heading-level: "9" is not a number from 2 to 6; 2 is used.',
    ]);
  });

  it('tells who runs it and hides the emergency line only when asked', async () => {
    const card = await fixture(
      html`<support-helpline-card name="X" organization="Rädda Barnen" phone="112" emergency-phone="none" anonymous="false"></support-helpline-card>`,
    );
    expect(shadow(card).querySelector('[part="emergency"]')).to.be.null;
    expect(visibleText(shadow(card))).to.include('Run by Rädda Barnen');
    expect(visibleText(shadow(card))).not.to.include('you do not have to say who you are');
    await expect(card).to.be.accessible();
  });

  it('reports a contact to the page and lets the link open', async () => {
    const card = await fixture(reference);
    const seen: unknown[] = [];
    let cancelled: boolean | undefined;
    const onContact = (event: Event) => seen.push((event as CustomEvent).detail);
    // Runs after the card: records whether the card cancelled the click, then keeps the test page here.
    const stayOnPage = (event: Event) => {
      cancelled = event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener('support-contact', onContact);
    document.addEventListener('click', stayOnPage);
    try {
      for (const selector of [
        '[part="call-link"]',
        '[part="chat-link"]',
        '[data-channel="emergency"]',
        '[data-channel="police"]',
        '[data-channel="info"]',
        '[data-channel="social-services"]',
      ]) {
        link(card, selector)!.click();
        expect(cancelled, selector).to.be.false;
      }
    } finally {
      document.removeEventListener('support-contact', onContact);
      document.removeEventListener('click', stayOnPage);
    }
    expect(seen).to.deep.equal([
      {channel: 'phone', href: 'tel:020100200'},
      {channel: 'chat', href: 'https://www.raddabarnen.se/oroschatten'},
      {channel: 'emergency', href: 'tel:112'},
      {channel: 'police', href: 'tel:11414'},
      {channel: 'info', href: 'https://www.raddabarnen.se/orostelefonen'},
      {channel: 'social-services', href: '/socialtjanst'},
    ]);
  });

  it('drops unsafe links, keeps markup as text and warns once per problem', async () => {
    const warnings = captureWarnings();
    let card: SupportHelplineCard;
    try {
      card = await fixture(html`<support-helpline-card
        name=${'<img src=x onerror=alert(1)>'}
        phone="020-100 200"
        chat-url="javascript:alert(1)"
        info-url=" java\tscript:alert(1)"
        social-services-url=${'data:text/html,<script>alert(1)</script>'}
      ></support-helpline-card>`);
      card.requestUpdate();
      await card.updateComplete;
    } finally {
      warnings.restore();
    }
    const root = shadow(card);
    expect(root.querySelector('img')).to.be.null;
    expect(root.querySelector('[role="heading"]')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(root.querySelector('[part="chat-link"]')).to.be.null;
    for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^tel:\d+$/);
    expect(warnings.messages).to.have.length(3);
    expect(warnings.messages[0]).to.equal(
      '<support-helpline-card> chat-url: "javascript:alert(1)" is not an http, https or relative link, so it is left out.',
    );
    expect(warnings.messages[1]).to.match(/^<support-helpline-card> info-url: /);
    expect(warnings.messages[2]).to.match(/^<support-helpline-card> social-services-url: /);
    await expect(card).to.be.accessible();
  });

  it('refuses a chat address without https://, with one warning that says the fix', async () => {
    const warnings = captureWarnings();
    let card: SupportHelplineCard;
    try {
      card = await fixture(
        html`<support-helpline-card name="Orostelefonen" phone="020-100 200" chat-url="www.raddabarnen.se/oroschatten"></support-helpline-card>`,
      );
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([
      '<support-helpline-card> chat-url: "www.raddabarnen.se/oroschatten" has no https://, so it is left out; start the address with https://.',
    ]);
    expect(link(card, '[part="chat-link"]')).to.be.null;
    for (const a of shadow(card).querySelectorAll('a')) expect(a.getAttribute('href')).not.to.include('raddabarnen');
  });

  it('refuses a verified date after today, with one warning, and shows no "checked on" line', async () => {
    const warnings = captureWarnings();
    let card: SupportHelplineCard;
    try {
      card = await fixture(
        html`<support-helpline-card name="Orostelefonen" phone="020-100 200" verified="2062-11-20" show-verified></support-helpline-card>`,
      );
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([
      '<support-helpline-card> verified: 2062-11-20 is after today, so it is left out.',
    ]);
    expect(visibleText(shadow(card))).not.to.include('checked on');
    expect(visibleText(shadow(card))).not.to.include('2062');
  });

  it('still helps when the editor forgot nearly everything', async () => {
    const warnings = captureWarnings();
    let card: SupportHelplineCard;
    try {
      card = await fixture(html`<support-helpline-card phone="ring oss"></support-helpline-card>`);
    } finally {
      warnings.restore();
    }
    expect(shadow(card).querySelector('[role="heading"]')!.textContent).to.equal('Support line');
    expect(link(card, '[data-channel="emergency"]')!.getAttribute('href')).to.equal('tel:112');
    expect(warnings.messages).to.have.length(3);
    await expect(card).to.be.accessible();
  });

  it('hides its fallback content once it renders', async () => {
    const card = await fixture(
      html`<support-helpline-card name="X" phone="112"><p>Ring <a href="tel:112">112</a></p></support-helpline-card>`,
    );
    expect(card.querySelector('p')!.getClientRects().length).to.equal(0);
  });

  it('renders after its attributes change', async () => {
    const card = await fixture<SupportHelplineCard>(reference);
    card.setAttribute('phone', '+46 8 123 45');
    card.removeAttribute('chat-url');
    await card.updateComplete;
    expect(link(card, '[part="call-link"]')!.getAttribute('href')).to.equal('tel:+46812345');
    expect(link(card, '[part="chat-link"]')).to.be.null;
  });

  it('speaks Swedish in a Swedish part of the page, with Swedish language names', async () => {
    const wrapper = await fixture(html`<div lang="sv-SE">${reference}</div>`);
    const card = wrapper.firstElementChild!;
    await renderedIn(card, 'sv');
    const text = visibleText(shadow(card));
    expect(text).to.include('Ring 020-100 200');
    expect(text).to.include('Chatta');
    expect(text).to.include('Samtalsspråk: svenska, engelska och arabiska');
    expect(text).to.include('Vid akut fara, ring 112');
    await expect(card).to.be.accessible();
  });
});
