import {html} from 'lit';
import {msg, str} from '@lit/localize';
import type {Phone} from './lib/phone.js';
import {phoneText} from './lib/bidi.js';
import {baseUri} from './dom.js';

/**
 * A link's address for paper: printed after its text, absolute, since a reader cannot follow a
 * relative one. Generated content, so it is no part of the link's text on screen.
 */
export function printedAddress(href: string) {
  return html`<span class="address" data-address=${new URL(href, baseUri()).href}></span>`;
}

/** The emergency line's words, shared by the card and the failure fallback. */
export function emergencyText(phone: Phone): string {
  return msg(str`In an emergency, call ${phoneText(phone.display)}`, {
    desc: 'Followed by the emergency number, 112 in Sweden.',
  });
}
