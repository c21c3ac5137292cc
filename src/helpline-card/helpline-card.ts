import {html, nothing, type PropertyDeclarations, type PropertyValues, type ReactiveController} from 'lit';
import {msg, str} from '@lit/localize';
import {SupportElement} from '../support-element.js';
import {booleanProperty, numberProperty} from '../properties.js';
import {emergencyText, printedAddress} from '../shared-templates.js';
import type {Locale} from '../localization.js';
import {sharedStyles} from '../shared.styles.js';
import {helplineCardStyles} from './helpline-card.styles.js';
import {parseHelplineConfig} from './helpline-card.config.js';
import type {ContactChannel, HelplineConfig, Hours, SupportContactDetail} from './helpline-card.config.js';
import {isolate, phoneText} from '../lib/bidi.js';
import {joinList, languageName} from '../lib/locale.js';
import {longDate, readFormats} from '../localized/formats.js';
import {DEFAULT_EMERGENCY} from '../lib/phone.js';
import {feature} from '../features/load.js';
import type {HoursFeature} from './hours.feature.js';

/** The opening hours' code, loaded by the first card with hours; without it they are shown as written. */
const hours = feature<HoursFeature>('hours.js', 'support-helpline-card', 'the hours are shown as written');

export type {ContactChannel, SupportContactDetail} from './helpline-card.config.js';

/**
 * A support line residents can call or chat with: the service, who runs it, whether it is
 * anonymous, the languages it answers in, and the emergency and police numbers.
 *
 * @tagname support-helpline-card
 * @summary Call and chat links for a support line, with emergency numbers.
 *
 * @slot - Fallback content: shown without JavaScript, or if the card cannot be shown; hidden once it renders.
 *
 * @fires support-contact - A resident followed a contact link. `detail: {channel, href}`, channel
 *   one of `phone`, `chat`, `info`, `emergency`, `police`, `social-services`. Never cancels the link.
 *
 * @csspart card - The card's frame.
 * @csspart heading - The service's name.
 * @csspart call-link - The main call link.
 * @csspart chat-link - The main chat link.
 * @csspart emergency - The emergency line.
 *
 * @cssprop [--support-accent-color=#1b4f8a] - Background of the call and chat links.
 * @cssprop [--support-on-accent-color=#fff] - Text on the call and chat links.
 * @cssprop [--support-link-color=inherit] - Other links: the page's text colour unless set.
 * @cssprop [--support-focus-color=currentColor] - The focus outline: the colour of the focused link's text on the page.
 * @cssprop --support-border-color - The card's border: the page's text colour, faded, unless set.
 * @cssprop [--support-emergency-color=#a3142b] - The emergency line's marker.
 * @cssprop [--support-surface-color=transparent] - The card's background.
 * @cssprop [--support-radius=0.5rem] - Corner radius of the card and its buttons.
 * @cssprop [--support-padding=1rem] - Space inside the card.
 * @cssprop [--support-gap=1.5rem] - Space below the element when another element follows it.
 * @cssprop [--support-heading-size=1.375em] - Heading size.
 */
export class SupportHelplineCard extends SupportElement<HelplineConfig> {
  static override properties: PropertyDeclarations = {
    name: {},
    organization: {},
    description: {},
    phone: {},
    chatUrl: {attribute: 'chat-url'},
    infoUrl: {attribute: 'info-url'},
    anonymous: {converter: booleanProperty('anonymous')},
    languages: {},
    emergencyPhone: {attribute: 'emergency-phone'},
    policePhone: {attribute: 'police-phone'},
    socialServicesUrl: {attribute: 'social-services-url'},
    headingLevel: {attribute: 'heading-level', converter: numberProperty},
    phoneHours: {attribute: 'phone-hours'},
    chatHours: {attribute: 'chat-hours'},
    timeZone: {attribute: 'time-zone'},
    verified: {},
    showVerified: {attribute: 'show-verified', converter: booleanProperty('show-verified')},
  };

  static override styles = [sharedStyles, helplineCardStyles];

  /** The service's name, shown as the card's heading. */
  name?: string;
  /** Who runs the service. */
  organization?: string;
  /** Sentences in the editor's words: who may call, and what kind of support it is. */
  description?: string;
  /**
   * The number as people write it ("020-100 200"), shown as written; the call link dials its digits
   * (a leading "+" kept, a "(0)" after the country code dropped). Digits, spaces and `- . / ( )` only:
   * an extension, a word or a second number gives no call link and a warning, so no stray digit rings.
   */
  phone?: string;
  /**
   * Link to the chat: http, https or relative; anything else is left out with a warning, and so is
   * a host name without a scheme (`www.raddabarnen.se/oroschatten`), which would be a broken link.
   */
  chatUrl?: string;
  /** Link to the service's own page: opening hours and more. */
  infoUrl?: string;
  /** The service can be used without giving a name. As an attribute: present is true, `"false"` is false. */
  anonymous = false;
  /** Language codes the line answers in ("sv en ar so"), shown as names in the reader's language; at most 50. */
  languages?: string;
  /** The emergency number, shown as "In an emergency, call 112"; default "112", "none" hides the line. */
  emergencyPhone?: string;
  /** The police's non-urgent number ("114 14"). */
  policePhone?: string;
  /** Link to the municipality's social services. */
  socialServicesUrl?: string;
  /** 2 to 6, so the card fits the page's heading outline. */
  headingLevel = 2;
  /**
   * When the phone answers, in the README's subset of OpenStreetMap's `opening_hours`: `Mo 12:00-18:00;
   * Th 09:00-13:00; PH off`. Shows the status now and the week; text it cannot read, as written.
   */
  phoneHours?: string;
  /** When the chat answers, written as `phone-hours`. */
  chatHours?: string;
  /** The time zone the hours are in (IANA, such as "Europe/Helsinki"); default "Europe/Stockholm". */
  timeZone?: string;
  /**
   * The date (YYYY-MM-DD) someone last checked the card's details with the service. Over 12 months
   * ago: the hours show no open/closed status, and the console warns. A date after today (a typo
   * such as 2062) is left out with a warning. Without it, the status is shown.
   */
  verified?: string;
  /** Shows residents the `verified` date: "Information checked on 12 November 2026". */
  showVerified = false;

  /** The time the card was last brought up to date; it is again every minute while it shows a status. */
  private now = 0;
  private clock?: ReactiveController; // keeps the hours current once hours.js has arrived (HoursFeature)

  protected override willUpdate(changed: PropertyValues): void {
    this.now = Date.now();
    // The hours need hours.js: the first render waits for it as for a language, until it is ready or failed.
    if ((this.phoneHours || this.chatHours) && (!hours.state || hours.state == 'loading'))
      this.readiness.hold(hours.load());
    if (hours.module && !this.clock) this.addController((this.clock = hours.module.clock(this, () => this.config)));
    super.willUpdate(changed);
  }

  protected parseConfig() {
    // Whether `verified` is too old is a question of dates: the reader's today (a Swedish reader's
    // is Stockholm's), so that the main script needs no time-zone rules of its own.
    const today = new Date(this.now);
    return parseHelplineConfig(
      this,
      {year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate()},
      hours.module?.readHours,
    );
  }

  protected override fallbackEmergency() {
    return this.config?.emergencyPhone ?? DEFAULT_EMERGENCY;
  }

  private onClick(event: MouseEvent): void {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-channel]');
    if (!link) return;
    const detail: SupportContactDetail = {
      channel: link.dataset.channel as ContactChannel,
      href: link.getAttribute('href')!,
    };
    this.dispatchEvent(new CustomEvent('support-contact', {bubbles: true, composed: true, detail}));
  }

  /** Each name in its own language's `lang`, isolated so right-to-left names keep their place. */
  private renderLanguages(locale: Locale) {
    const {languages} = this.config;
    if (languages.length === 0) return nothing;
    const formats = readFormats();
    const names = languages.map((tag) => {
      const {name, lang} = languageName(tag, locale, formats.names, () => this.requestUpdate());
      return html`<bdi lang=${lang}>${name}</bdi>`;
    });
    return html`<p>${msg('Languages:', {desc: 'Followed by a list of the languages the support line answers in.'})} ${joinList(names, locale, formats.list)}</p>`;
  }

  /** A contact link; `tel:` links carry no `rel` and print no address: their text is the number. */
  private renderLink(channel: ContactChannel, href: string, text: string, part?: string, describedBy?: string) {
    const phone = href.startsWith('tel:');
    return html`<a class=${part ? 'action target' : 'target'} part=${part ?? nothing} href=${href}
      rel=${phone ? nothing : 'noreferrer'} data-channel=${channel} aria-describedby=${describedBy ?? nothing}
      ><span>${text}</span>${phone ? nothing : printedAddress(href)}</a>`;
  }

  /**
   * Call or chat, with its hours: once hours.js has read them, its status and the week's hours
   * (HoursFeature); otherwise the hours as written. A closed channel keeps its link.
   */
  private renderChannel(
    channel: 'phone' | 'chat',
    href: string,
    text: string,
    written: Hours | undefined,
    label: string,
  ) {
    // A schedule means hours.js has read the text.
    const view =
      written?.schedule && hours.module?.channelView(channel, written.schedule, label, this.config, this.now);
    return html`<div class="channel">
      ${this.renderLink(channel, href, text, `${channel === 'phone' ? 'call' : 'chat'}-link`, view ? view.status : undefined)}
      ${view ? view.content : written ? html`<p class="hours">${label}: ${written.text}</p>` : nothing}
    </div>`;
  }

  /** The other ways to get help, as list items: none of them is required. */
  private renderMoreHelp() {
    const {infoUrl, socialServicesUrl, policePhone} = this.config;
    const items = [
      infoUrl &&
        this.renderLink(
          'info',
          infoUrl,
          msg('Opening hours and more information', {desc: 'Link to the support line’s own page.'}),
        ),
      socialServicesUrl &&
        this.renderLink(
          'social-services',
          socialServicesUrl,
          msg('You can also get support from social services in your municipality', {
            desc: 'Link to the municipality’s social services.',
          }),
        ),
      policePhone &&
        this.renderLink(
          'police',
          policePhone.href,
          msg(str`Police, when it is not urgent: ${phoneText(policePhone.display)}`, {
            desc: 'Followed by the police’s non-emergency number.',
          }),
        ),
    ].filter((item) => item);
    return items.length ? html`<ul class="more">${items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing;
  }

  protected renderContent(locale: Locale) {
    const c = this.config;
    const heading = c.name ?? msg('Support line', {desc: 'Heading used when the editor gave the service no name.'});
    return html`
      <div class="card" part="card" @click=${this.onClick}>
        <div class="heading" part="heading" role="heading" aria-level=${c.headingLevel}>${heading}</div>
        ${
          c.organization
            ? html`<p class="organization">${msg(str`Run by ${isolate(c.organization)}`, {desc: 'The value is the name of the organisation that runs the support line, as the editor wrote it (“Rädda Barnen”).'})}</p>`
            : nothing
        }
        ${
          c.anonymous
            ? html`<p>${msg('Anonymous: you do not have to say who you are.', {desc: 'Tells residents the support line does not ask for their name.'})}</p>`
            : nothing
        }
        <div class="actions">
          ${
            c.phone
              ? this.renderChannel(
                  'phone',
                  c.phone.href,
                  msg(str`Call ${phoneText(c.phone.display)}`, {desc: 'Main button. Followed by the phone number.'}),
                  c.phoneHours,
                  msg('Phone hours', {desc: 'Opens a list of the phone line’s opening hours for the week.'}),
                )
              : nothing
          }
          ${
            c.chatUrl
              ? this.renderChannel(
                  'chat',
                  c.chatUrl,
                  msg('Chat', {
                    desc: 'Main button that opens the support line’s chat. Verb or noun, as short as possible.',
                  }),
                  c.chatHours,
                  msg('Chat hours', {desc: 'Opens a list of the chat’s opening hours for the week.'}),
                )
              : nothing
          }
        </div>
        ${c.description ? html`<p>${c.description}</p>` : nothing}
        ${this.renderLanguages(locale)}
        ${this.renderMoreHelp()}
        ${
          c.showVerified && c.verified
            ? html`<p>${msg(str`Information checked on ${longDate(c.verified)}`, {desc: 'The date someone last checked the support line’s details with the service (“November 12, 2026”).'})}</p>`
            : nothing
        }
        ${
          c.emergencyPhone
            ? html`<p class="emergency" part="emergency">${this.renderLink('emergency', c.emergencyPhone.href, emergencyText(c.emergencyPhone))}</p>`
            : nothing
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'support-helpline-card': SupportHelplineCard;
  }
  interface HTMLElementEventMap {
    'support-contact': CustomEvent<SupportContactDetail>;
  }
}
