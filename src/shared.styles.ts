import {css} from 'lit';

/**
 * What every element shares. Public custom properties are --support-* (colours end in -color);
 * the private --_* copies hold the defaults in one place. Colours default to the page's own text
 * colour wherever the page's background shows through, so the elements read on light, dark and
 * brand-coloured pages alike; only the call and chat buttons bring their own background.
 */
export const sharedStyles = css`
  :host {
    display: block;
    --_accent: var(--support-accent-color, #1b4f8a);
    --_on-accent: var(--support-on-accent-color, #fff);
    --_emergency: var(--support-emergency-color, #a3142b);
    --_radius: var(--support-radius, 0.5rem);
    --_padding: var(--support-padding, 1rem);
    overflow-wrap: anywhere;
  }
  /* Elements pasted one after another keep apart; the page decides what follows the last. */
  :host(:not(:last-child)) {
    margin-block-end: var(--support-gap, 1.5rem);
  }
  :host([hidden]) {
    display: none;
  }
  .pending {
    visibility: hidden;
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: var(--support-heading-size, 1.375em);
    font-weight: 700;
    line-height: 1.25;
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--support-link-color, inherit);
    text-underline-offset: 0.15em;
  }
  /* The outline sits on the page's background, in the colour of the text on it. */
  a:focus-visible {
    outline: 3px solid var(--support-focus-color, currentColor);
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
    :host {
      break-inside: avoid;
    }
    .address::after {
      content: ' (' attr(data-address) ')';
    }
  }
`;
