import {css} from 'lit';

export const helplineCardStyles = css`
  .card {
    padding: var(--_padding);
    border: 1px solid var(--support-border-color, color-mix(in srgb, currentColor 55%, transparent));
    border-radius: var(--_radius);
    background: var(--support-surface-color, transparent);
  }
  .organization {
    font-style: italic;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 1em;
  }
  /*
   * The link itself keeps the page's text colour, so its focus outline shows on the page's
   * background; only its label takes the colour that goes with the accent.
   */
  .channel {
    flex: 1 1 9em;
    display: grid;
    align-content: start;
    gap: 0.25em;
  }
  .action {
    justify-content: center;
    padding: 0.5em 1em;
    border: 2px solid var(--_on-accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    font-weight: 700;
    text-align: center;
    text-decoration: none;
  }
  .action > span {
    color: var(--_on-accent);
  }
  .action:hover > span {
    text-decoration: underline;
  }
  .hours {
    margin: 0;
  }
  .more {
    display: grid;
    gap: 0.25em;
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
  }
  .emergency {
    margin: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_emergency);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .action {
      border-color: LinkText;
    }
    .emergency {
      border-inline-start-color: CanvasText;
    }
  }
  /* On paper the buttons are text: no background to lose, the number or address printed once. */
  @media print {
    .actions {
      display: block;
    }
    .action {
      display: block;
      min-height: 0;
      padding: 0;
      border: 0;
      background: none;
      text-align: start;
    }
    .action > span {
      color: inherit;
    }
  }
`;
