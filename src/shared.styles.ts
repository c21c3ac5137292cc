import {css} from 'lit';

/**
 * What every element shares. Public custom properties are --support-*; the private --_* copies
 * hold the defaults in one place.
 */
export const sharedStyles = css`
  :host {
    display: block;
    --_accent: var(--support-accent, #1b4f8a);
    --_on-accent: var(--support-on-accent, #fff);
    --_link: var(--support-link-color, var(--_accent));
    --_focus: var(--support-focus-color, #111);
    --_border: var(--support-border-color, #767676);
    --_emergency: var(--support-emergency-color, #a3142b);
    --_radius: var(--support-radius, 0.5rem);
    --_space: var(--support-space, 1rem);
    --_heading-size: var(--support-heading-size, 1.375em);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  .pending {
    visibility: hidden;
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: var(--_heading-size);
    font-weight: 700;
    line-height: 1.25;
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* A link people tap on a phone: at least 44 by 44 CSS pixels. */
  .target {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    min-width: 44px;
    box-sizing: border-box;
  }
  @media print {
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
