/**
 * The opening hours, built as `dist/hours.js` (a lazy feature: src/features/list.json) and loaded
 * only by a card with `phone-hours` or `chat-hours`: the parser, the status now and the week in
 * words, public holidays and time zones (HoursFeature). It carries its own texts in every language.
 */
import {html, msg, useHost} from '../features/host.js';
import {templates} from '../features/texts.js';
import {hoursInWords, upcomingTexts} from '../localized/hours-text.js';
import {STOCKHOLM, zoneClock} from '../lib/time-zone.js';
import type {HoursFeature} from './hours.feature.js';
import {readHoursConfig} from './hours.config.js';

/** Text as written; named `css` so the build minifies it like Lit's css`` (scripts/source-edits.ts). */
const css = String.raw;

/** The hours' look, which the card adopts when this file has arrived. */
const sheet = new CSSStyleSheet();
sheet.replaceSync(css`
/* Every sentence the status will show this week shares one grid cell; only the first (now's) is
   visible. The line is as tall as the longest, so a change never moves the page. */
.status {
  display: grid;
  margin: 0;
}
.status > * {
  grid-area: 1 / 1;
}
.status > :not(:first-child) {
  visibility: hidden;
}
details {
  margin: 0;
}
summary {
  padding-block: 0.625em;
  cursor: pointer;
}
summary:focus-visible {
  outline: 3px solid var(--support-focus-color, currentColor);
  outline-offset: 2px;
}
.week {
  margin: 0 0 0.5em;
  padding: 0;
  list-style: none;
}
/* "måndag–fredag" starts a line as "Måndag–fredag". */
.week li::first-letter {
  text-transform: uppercase;
}
/* A status on paper would be out of date by the time it is read. */
@media print {
  .status {
    display: none;
  }
}
`);

/**
 * A channel's hours at the instant `now`, in the language msg() answers in: the status now, which
 * holds the space of the longest status it will show this week so that a change never moves the
 * page, and the week's hours in words under a disclosure. Old data (`stale`) gets no status.
 */
const channelView: HoursFeature['channelView'] = (channel, schedule, label, {timeZone = STOCKHOLM, stale}, now) => {
  const {clock, offset} = zoneClock(timeZone, now);
  // A reader elsewhere is told whose clock the times are on: “16:00 (Swedish time)”.
  const zone =
    offset === -new Date(now).getTimezoneOffset()
      ? ''
      : timeZone === STOCKHOLM
        ? msg('Swedish time', {desc: 'After a time, for a reader in another time zone: “16:00 (Swedish time)”.'})
        : timeZone;
  const texts = stale ? [] : upcomingTexts(schedule, clock, zone);
  const id = texts.length ? `${channel}-status` : undefined;
  return {
    status: id,
    content: html`${id ? html`<p class="status" id=${id} data-live>${texts.map((t) => html`<span>${t}</span>`)}</p>` : ''}
      <details ?open=${stale}><summary>${label}${zone && ` (${zone})`}</summary>
        <ul class="week">${hoursInWords(schedule).map((line) => html`<li>${line}</li>`)}</ul></details>`,
  };
};

// Taken when this file arrives: page markup can stand in for `document`'s members (<img name=…>).
const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!.get!;
const {addEventListener: listen, removeEventListener: unlisten} = EventTarget.prototype;

/**
 * Keeps a card's hours current and styled: adopts their style sheet, and looks at the clock again
 * at the start of the next minute while a status shows, when the page becomes visible again, and
 * when the card comes back to the page (the status may be stale after time away).
 */
const hoursClock: HoursFeature['clock'] = (card, config) => {
  let tick: ReturnType<typeof setTimeout> | undefined;
  const onVisible = () => visibility.call(document) === 'visible' && card.requestUpdate();
  return {
    hostConnected() {
      listen.call(document, 'visibilitychange', onVisible);
      card.requestUpdate();
    },
    hostDisconnected() {
      unlisten.call(document, 'visibilitychange', onVisible);
      clearTimeout(tick);
    },
    hostUpdated() {
      const root = card.shadowRoot!;
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      clearTimeout(tick);
      const {phoneHours, chatHours, stale} = config();
      if ((phoneHours?.schedule || chatHours?.schedule) && !stale && card.isConnected) {
        tick = setTimeout(() => card.requestUpdate(), 60_000 - (Date.now() % 60_000));
      }
    },
  };
};

export default {templates, useHost, readHours: readHoursConfig, channelView, clock: hoursClock} satisfies HoursFeature;
