/**
 * The fallback copy is read from what an element renders: real headings, paragraphs, lists and
 * links, without the element's styling hooks, icons or printed addresses.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../index.js';
import {renderedIn} from '../../test/browser.js';
import {fallbackOf, visibleText} from './fallback.js';
import {writeNodes} from './model.js';

describe('the fallback copy of a rendered element', () => {
  it('is the card as plain HTML, in its language', async () => {
    const wrapper = await fixture(html`<div lang="sv">
      <support-helpline-card name="Linjen" organization="Föreningen" phone="08-123 45" chat-url="https://example.se/chatt"
        anonymous police-phone="114 14" heading-level="3"></support-helpline-card>
    </div>`);
    const card = wrapper.firstElementChild!;
    await renderedIn(card, 'sv');
    // A name is isolated by a visible <bdi> (it may be written right to left); the test reads the words.
    const copy = writeNodes(fallbackOf(card)!, '')
      .join('\n')
      .replace(/<\/?bdi>/g, '');
    expect(copy).to.equal(
      [
        '<h3>Linjen</h3>',
        '<p>Drivs av Föreningen</p>',
        '<p>Anonymt: du behöver inte berätta vem du är.</p>',
        '<p><a href="tel:0812345">Ring 08-123 45</a></p>',
        '<p><a href="https://example.se/chatt">Chatta</a></p>',
        '<p><a href="tel:11414">Polisen, när det inte är akut: 114 14</a></p>',
        '<p><a href="tel:112">Vid akut fara, ring 112</a></p>',
      ].join('\n'),
    );
    expect(copy).not.to.match(/class=|part=|data-|svg/);
  });

  it('keeps the week’s hours under their disclosure, but not the status of the moment', async () => {
    const card = await fixture(
      html`<support-helpline-card lang="en" name="Linjen" phone="08-123 45" phone-hours="Mo-Fr 09:00-16:00; PH off"></support-helpline-card>`,
    );
    await renderedIn(card, 'en');
    // The card may render before hours.js arrives, with the hours as written: wait for the week.
    await waitUntil(() => card.shadowRoot!.querySelector('details'), 'hours.js did not load', {timeout: 10_000});
    // The status is on screen ("Open now, closes 16:00" or "Closed, opens …")...
    expect(card.shadowRoot!.textContent).to.match(/Open now|Closed/);
    const copy = writeNodes(fallbackOf(card)!, '').join('\n');
    // ...but a copy pasted today would say the same next week: it is left out.
    expect(copy).not.to.match(/Open now|Closed|closes|opens/);
    expect(copy).to.match(/<details><summary>Phone hours[^<]*<\/summary>\s*<ul>/);
    expect(copy).to.contain('<li>Monday–Friday: 09:00–16:00</li>');
  });

  it('is the download with its type and size, and its date', async () => {
    const plan = await fixture(
      html`<support-action-plan href="/plan.pdf" file-size="1258291" last-updated="2024-03-12"></support-action-plan>`,
    );
    await renderedIn(plan, 'en');
    expect(writeNodes(fallbackOf(plan)!, '')).to.deep.equal([
      '<a href="/plan.pdf"><bdi>Action plan</bdi> (<bdi>PDF</bdi>, <bdi>1.2 MB</bdi>)</a>',
      '<p>Last updated: <time datetime="2024-03-12">March 12, 2024</time></p>',
    ]);
  });

  it('is nothing before the element has rendered', () => {
    expect(fallbackOf(document.createElement('support-info-panel'))).to.equal(undefined);
  });

  it('isolates with visible markup, never invisible controls: a number in <bdi dir="ltr"> in right-to-left text', () => {
    const text = 'اتصل بالرقم \u2066020-\u2060100\u00a0200\u2069 مع \u2068Föreningen\u2069\u200f';
    const copy = writeNodes([{tag: 'p', children: visibleText(text, true)}], '').join('');
    expect(copy).not.to.match(/[\u061c\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069]/);
    expect(copy).to.include('<bdi dir="ltr">020-100 200</bdi>');
    expect(copy).to.include('<bdi>Föreningen</bdi>');
    // In left-to-right text the number needs no markup.
    expect(writeNodes([{tag: 'p', children: visibleText('Ring \u2066112\u2069', false)}], '')).to.deep.equal([
      '<p>Ring 112</p>',
    ]);
  });
});
