import {css} from 'lit';

export const helplineCardStyles = css`
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--support-surface, transparent);
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
  .action {
    flex: 1 1 9em;
    justify-content: center;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-align: center;
    text-decoration: none;
  }
  .action:hover {
    text-decoration: underline;
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
  .emergency a {
    color: inherit;
  }
  @media (forced-colors: active) {
    .action {
      border-color: LinkText;
    }
    .emergency {
      border-inline-start-color: CanvasText;
    }
  }
`;
