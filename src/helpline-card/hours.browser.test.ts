import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../index.js';
import type {SupportHelplineCard} from './helpline-card.js';
import {captureWarnings, renderedIn, shadow, visibleText} from '../../test/browser.js';

/**
 * The card on a fixed clock: `Date.now` answers what the test says (the card reads the time only
 * there), and is put back after each test.
 */
const realNow = Date.now;
function setClock(iso: string): void {
  const instant = Date.parse(iso);
  Date.now = () => instant;
}
afterEach(() => {
  Date.now = realNow;
});

// Orostelefonen per a municipal page dated July 2024 (issue 10). 2026-03-09 is a Monday.
const REFERENCE = 'Mo 12:00-18:00; Th 09:00-13:00; PH off';

const card = (verified = '2026-02-20') => html`<support-helpline-card
  name="Orostelefonen"
  phone="020-100 200"
  chat-url="https://example.org/chat"
  phone-hours=${REFERENCE}
  chat-hours="Mo-Fr 09:00-12:00"
  verified=${verified}
></support-helpline-card>`;

/** A fixture whose cards have rendered: the first card with hours waits for hours.js. */
async function shown<T extends Element = SupportHelplineCard>(template: ReturnType<typeof html>): Promise<T> {
  const el = await fixture<T>(template);
  const cards = el.localName === 'support-helpline-card' ? [el] : [...el.querySelectorAll('support-helpline-card')];
  for (const c of cards) await renderedIn(c, c.closest('[lang]')?.getAttribute('lang') ?? 'en');
  return el;
}

/** The text a reader sees in a status line: the first of its sentences, the others hold its space. */
function status(el: Element, channel: 'phone' | 'chat'): string {
  const line = shadow(el).querySelector(`#${channel}-status`);
  return line ? visibleText(line) : '';
}

describe('<support-helpline-card> hours', () => {
  // A card stops waiting for hours.js after a moment and shows the hours as written; the first
  // load compiles it, which a busy machine may take longer for. Load it once before the tests.
  before(async () => {
    const el = await fixture(card());
    await waitUntil(() => el.shadowRoot?.querySelector('details'), 'hours.js did not load', {timeout: 10_000});
  });

  it('shows the status beside call and chat, described by it, and the week under a disclosure', async () => {
    setClock('2026-03-09T13:00+01:00');
    const el = await shown(card());
    const root = shadow(el);
    expect(status(el, 'phone')).to.match(/^Open now, closes 18:00( \(Swedish time\))?$/);
    expect(status(el, 'chat')).to.match(/^Closed, opens Tuesday 09:00( \(Swedish time\))?$/);
    // A closed channel keeps its link, and the link is described by its status.
    const chat = root.querySelector('[part="chat-link"]')!;
    expect(chat.getAttribute('href')).to.equal('https://example.org/chat');
    expect(chat.getAttribute('aria-describedby')).to.equal('chat-status');
    expect(root.querySelector('[part="call-link"]')!.getAttribute('aria-describedby')).to.equal('phone-status');
    // Not a live region: it would speak every minute.
    expect(root.querySelector('[aria-live], [role="status"]')).to.be.null;
    const details = root.querySelector('details')!;
    expect(details.open).to.be.false;
    expect(visibleText(details)).to.match(/^Phone hours( \(Swedish time\))?$/);
    await expect(el).to.be.accessible();
    details.querySelector('summary')!.click();
    expect(details.open).to.be.true;
    expect([...details.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Monday: 12:00–18:00',
      'Tuesday–Wednesday: closed',
      'Thursday: 09:00–13:00',
      'Friday–Sunday: closed',
      'Public holidays: closed',
    ]);
    await expect(el).to.be.accessible();
  });

  it('says a public holiday is why it is closed', async () => {
    setClock('2026-12-25T10:00+01:00');
    const el = await shown(card('2026-11-20'));
    expect(status(el, 'phone')).to.match(/^Closed today, public holiday, opens Monday 12:00( \(Swedish time\))?$/);
    await expect(el).to.be.accessible();
  });

  it('keeps the status line’s box when the text changes, so nothing below moves', async () => {
    setClock('2026-03-09T17:59+01:00');
    const el = await shown<HTMLElement>(
      html`<div style="width: 320px">${card()}<p id="below">Below the card</p></div>`,
    );
    const helpline = el.querySelector('support-helpline-card')!;
    const line = shadow(helpline).querySelector('#phone-status')!;
    const below = el.querySelector('#below')!;
    const box = (element: Element) => {
      const {x, y, width, height} = element.getBoundingClientRect();
      return {x, y, width, height};
    };
    const before = {line: box(line), below: box(below)};
    expect(status(helpline, 'phone')).to.match(/^Open now, closes 18:00/);
    setClock('2026-03-09T18:00+01:00');
    // What the card does when the page becomes visible again: look at the clock.
    document.dispatchEvent(new Event('visibilitychange'));
    await helpline.updateComplete;
    expect(status(helpline, 'phone')).to.match(/^Closed, opens Thursday 09:00/);
    expect(box(line)).to.deep.equal(before.line);
    expect(box(below)).to.deep.equal(before.below);
  });

  it('shows the hours but no status when verified is more than 12 months old, and warns once', async () => {
    setClock('2026-03-09T13:00+01:00');
    const warnings = captureWarnings();
    let el: SupportHelplineCard;
    try {
      el = await shown(card('2025-03-01'));
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    const root = shadow(el);
    expect(root.querySelector('.status')).to.be.null;
    expect(root.querySelector('[aria-describedby]')).to.be.null;
    expect(visibleText(root)).not.to.match(/Open now|Closed/);
    // Without a status, the hours are open to read.
    const details = root.querySelectorAll('details');
    expect([...details].map((d) => d.open)).to.deep.equal([true, true]);
    expect(visibleText(root)).to.include('Monday: 12:00–18:00');
    expect(warnings.messages).to.deep.equal([
      '<support-helpline-card> verified: the details were last checked on 2025-03-01, more than 12 months ago, so no open/closed status is shown. Check them with the service and update verified.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows hours it cannot read as written, with no status and one warning', async () => {
    setClock('2026-03-09T13:00+01:00');
    const warnings = captureWarnings();
    let el: SupportHelplineCard;
    try {
      el = await shown(
        html`<support-helpline-card name="X" phone="112" phone-hours="mån–fre 9–16"></support-helpline-card>`,
      );
    } finally {
      warnings.restore();
    }
    const root = shadow(el);
    expect(root.querySelector('.status, details')).to.be.null;
    expect(visibleText(root)).to.include('Phone hours: mån–fre 9–16');
    expect(warnings.messages).to.deep.equal([
      '<support-helpline-card> phone-hours: could not read "mån–fre" in "mån–fre 9–16", so the hours are shown as written, with no open/closed status.',
    ]);
    await expect(el).to.be.accessible();
  });

  /** A card with these phone hours, rendered, and the warnings it gave. */
  async function cardWith(hours: string): Promise<{el: SupportHelplineCard; warnings: string[]}> {
    setClock('2026-03-09T13:00+01:00');
    const warnings = captureWarnings();
    try {
      const el = await shown(
        html`<support-helpline-card name="X" phone="112" phone-hours=${hours}></support-helpline-card>`,
      );
      // The next minute's look at the clock warns no more.
      el.requestUpdate();
      await el.updateComplete;
      return {el, warnings: warnings.messages};
    } finally {
      warnings.restore();
    }
  }

  it('shows 51 rules as written, with no status and one warning, rather than a status from some', async () => {
    const hours = Array.from({length: 51}, (_, i) => (i === 50 ? 'Mo off' : 'Mo-Fr 09:00-16:00')).join('; ');
    const {el, warnings} = await cardWith(hours);
    const root = shadow(el);
    // A boolean: chai would print the card's whole shadow root if this failed.
    expect(Boolean(root.querySelector('.status, details')), 'a status or the week in words').to.be.false;
    expect(visibleText(root)).to.include(`Phone hours: ${hours}`);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<support-helpline-card> phone-hours: more than 50 rules\b.*shown as written/);
    await expect(el).to.be.accessible();
  });

  it('quotes at most 60 characters of a 100 KB attribute in its one warning', async () => {
    const {el, warnings} = await cardWith(`Mo-Fr 09:00-16:00; Sa ${'1'.repeat(100_000)}`);
    expect(Boolean(shadow(el).querySelector('.status')), 'a status').to.be.false;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<support-helpline-card> phone-hours: /);
    const quoted = [...warnings[0]!.matchAll(/"([^"]*)"/g)].map(([, text]) => text!.replace(/…$/, ''));
    expect(quoted.join('').length).to.be.within(1, 60);
    expect(warnings[0]!.length).to.be.below(250);
  });

  it('quotes at most 60 characters of a 100 KB time zone in its one warning', async () => {
    setClock('2026-03-09T13:00+01:00');
    const warnings = captureWarnings();
    try {
      await shown(
        html`<support-helpline-card
          name="X"
          phone="112"
          phone-hours="Mo 09:00-12:00"
          time-zone=${'Europe/'.repeat(15_000)}
        ></support-helpline-card>`,
      );
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([
      `<support-helpline-card> time-zone: "${'Europe/'.repeat(9).slice(0, 60)}…" is not a time zone such as "Europe/Stockholm"; Europe/Stockholm is used.`,
    ]);
  });

  it('tells residents when the details were checked, in Swedish, when the editor asks', async () => {
    setClock('2026-12-02T10:00+01:00');
    const wrapper = await fixture(
      html`<div lang="sv">
        <support-helpline-card name="X" phone="112" verified="2026-11-20" show-verified></support-helpline-card>
        <support-helpline-card name="Y" phone="112" verified="2026-11-20"></support-helpline-card>
      </div>`,
    );
    const [shown, hidden] = wrapper.querySelectorAll('support-helpline-card');
    await renderedIn(shown!, 'sv');
    await renderedIn(hidden!, 'sv');
    expect(visibleText(shadow(shown!))).to.include('Uppgifterna kontrollerades 20 november 2026');
    expect(visibleText(shadow(hidden!))).not.to.include('kontrollerades');
    await expect(shown).to.be.accessible();
  });

  it('needs no Intl date or time formats for Stockholm hours (the default)', async () => {
    setClock('2026-03-09T13:00+01:00');
    const RealFormat = Intl.DateTimeFormat;
    let formats = 0;
    // Counts every formatter made while the card renders, with or without `new`.
    Intl.DateTimeFormat = new Proxy(RealFormat, {
      construct: (target, args: ConstructorParameters<typeof RealFormat>) => (formats++, new target(...args)),
      apply: (target, _this, args: ConstructorParameters<typeof RealFormat>) => (formats++, target(...args)),
    });
    try {
      const el = await shown(card('2026-02-20'));
      expect(status(el, 'phone')).to.match(/^Open now, closes 18:00/);
      expect(shadow(el).querySelector('.week')!.textContent).to.include('Monday: 12:00–18:00');
    } finally {
      Intl.DateTimeFormat = RealFormat;
    }
    expect(formats).to.equal(0);
  });

  it('stops looking at the clock once it leaves the page', async () => {
    setClock('2026-03-09T13:00:30+01:00');
    const scheduled: Array<{id: number; delay: number}> = [];
    const cleared = new Set<number>();
    const [realSet, realClear] = [window.setTimeout, window.clearTimeout];
    window.setTimeout = ((handler: TimerHandler, delay?: number) => {
      const id = realSet(handler, delay);
      scheduled.push({id, delay: delay ?? 0});
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = (id?: number) => {
      if (id !== undefined) cleared.add(id);
      realClear(id);
    };
    try {
      const el = await shown(card());
      // The next look is at the start of the next minute: 30 s away.
      const tick = scheduled.filter(({delay}) => delay === 30_000).at(-1);
      expect(tick).to.exist;
      el.remove();
      expect(cleared.has(tick!.id)).to.be.true;
    } finally {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    }
  });
});
