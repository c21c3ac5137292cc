import {html, nothing, type PropertyDeclarations} from 'lit';
import {msg, str} from '@lit/localize';
import {SupportElement} from '../support-element.js';
import type {Locale} from '../localization.js';
import {sharedStyles} from '../shared.styles.js';
import {helplineCardStyles} from './helpline-card.styles.js';
import {parseHelplineConfig, type HelplineConfig} from './helpline-card.config.js';
import {phoneText} from '../lib/bidi.js';
import {joinNames, languageName} from '../lib/locale.js';

export type ContactChannel = 'phone' | 'chat' | 'info' | 'emergency' | 'police' | 'social-services';

export interface SupportContactDetail {
  channel: ContactChannel;
  href: string;
}

/**
 * A support line residents can call or chat with: the service, who runs it, whether it is
 * anonymous, the languages it answers in, and the emergency and police numbers.
 *
 * @tagname support-helpline-card
 * @summary Call and chat links for a support line, with emergency numbers.
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
 * @cssprop --support-accent - Background of the call and chat links.
 * @cssprop --support-on-accent - Text on the call and chat links.
 * @cssprop --support-emergency-color - The emergency line's marker.
 * @cssprop --support-surface - The card's background.
 */
export class SupportHelplineCard extends SupportElement<HelplineConfig> {
  static override properties: PropertyDeclarations = {
    name: {},
    organization: {},
    description: {},
    phone: {},
    chatUrl: {attribute: 'chat-url'},
    infoUrl: {attribute: 'info-url'},
    anonymous: {},
    languages: {},
    emergencyPhone: {attribute: 'emergency-phone'},
    policePhone: {attribute: 'police-phone'},
    socialServicesUrl: {attribute: 'social-services-url'},
    headingLevel: {attribute: 'heading-level'},
  };

  static override styles = [sharedStyles, helplineCardStyles];

  /** The service's name, shown as the card's heading. */
  name: string | null = null;
  /** Who runs the service. */
  organization: string | null = null;
  /** A sentence in the editor's words, for example who may call. */
  description: string | null = null;
  /** The number as people write it ("020-100 200"). */
  phone: string | null = null;
  /** Link to the chat. */
  chatUrl: string | null = null;
  /** Opening hours and more about the service. */
  infoUrl: string | null = null;
  /** Present (and not "false"): the service can be used without giving a name. */
  anonymous: string | null = null;
  /** Language codes the line answers in ("sv en ar"). */
  languages: string | null = null;
  /** Default "112"; "none" hides the emergency line. */
  emergencyPhone: string | null = null;
  /** The police's non-urgent number ("114 14"). */
  policePhone: string | null = null;
  /** Link to the municipality's social services. */
  socialServicesUrl: string | null = null;
  /** 2 to 6, so the card fits the page's heading outline. */
  headingLevel: string | null = null;

  protected parseConfig() {
    return parseHelplineConfig(this);
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

  private renderLanguages(locale: Locale) {
    const {languages} = this.config;
    if (languages.length === 0) return nothing;
    const names = joinNames(languages.map((tag) => languageName(tag, locale)), locale);
    return html`<p>${msg(str`Languages spoken: ${names}`, {desc: 'The value is a list of language names in their dictionary form, joined the way your language joins lists (“Swedish, English and Arabic”).'})}</p>`;
  }

  /** A contact link; `tel:` links carry no `rel`, others do not pass on the page's address. */
  private renderLink(channel: ContactChannel, href: string, text: string, part?: string) {
    return html`<a class=${part ? 'action target' : 'target'} part=${part ?? nothing} href=${href}
      rel=${href.startsWith('tel:') ? nothing : 'noreferrer'} data-channel=${channel}>${text}</a>`;
  }

  /** The other ways to get help, as list items: none of them is required. */
  private renderMoreHelp() {
    const {infoUrl, socialServicesUrl, policePhone} = this.config;
    const items = [
      infoUrl && this.renderLink('info', infoUrl,
        msg('Opening hours and more information', {desc: 'Link to the support line’s own page.'})),
      socialServicesUrl && this.renderLink('social-services', socialServicesUrl,
        msg('You can also get support from social services in your municipality', {desc: 'Link to the municipality’s social services.'})),
      policePhone && this.renderLink('police', policePhone.href,
        msg(str`Police, when it is not urgent: ${phoneText(policePhone.display)}`, {desc: 'Followed by the police’s non-emergency number.'})),
    ].filter((item) => item);
    return items.length ? html`<ul class="more">${items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing;
  }

  protected renderContent(locale: Locale) {
    const c = this.config;
    const heading = c.name ?? msg('Support line', {desc: 'Heading used when the editor gave the service no name.'});
    return html`
      <div class="card" part="card" @click=${this.onClick}>
        <div class="heading" part="heading" role="heading" aria-level=${c.headingLevel}>${heading}</div>
        ${c.organization
          ? html`<p class="organization">${msg(str`Run by ${c.organization}`, {desc: 'The value is the name of the organisation that runs the support line, as the editor wrote it (“Rädda Barnen”).'})}</p>`
          : nothing}
        ${c.description ? html`<p>${c.description}</p>` : nothing}
        ${c.anonymous
          ? html`<p>${msg('Anonymous: you do not have to say who you are.', {desc: 'Tells residents the support line does not ask for their name.'})}</p>`
          : nothing}
        <div class="actions">
          ${c.phone
            ? this.renderLink('phone', c.phone.href,
                msg(str`Call ${phoneText(c.phone.display)}`, {desc: 'Main button. Followed by the phone number.'}), 'call-link')
            : nothing}
          ${c.chatUrl
            ? this.renderLink('chat', c.chatUrl,
                msg('Chat', {desc: 'Main button that opens the support line’s chat. Verb or noun, as short as possible.'}), 'chat-link')
            : nothing}
        </div>
        ${this.renderLanguages(locale)}
        ${this.renderMoreHelp()}
        ${c.emergencyPhone
          ? html`<p class="emergency" part="emergency">${this.renderLink('emergency', c.emergencyPhone.href,
              msg(str`In an emergency, call ${phoneText(c.emergencyPhone.display)}`, {desc: 'Followed by the emergency number, 112 in Sweden.'}))}</p>`
          : nothing}
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
