import {describe, expect, it} from 'vitest';
import {parseInfoPanelConfig} from './info-panel.config.js';

describe('parseInfoPanelConfig', () => {
  it('reads the municipality’s details', () => {
    expect(
      parseInfoPanelConfig({
        municipality: ' Överkalix kommun ',
        coordinator: 'den brottsförebyggande arbetsgruppen',
        headingLevel: '3',
      }),
    ).toEqual({
      config: {
        municipality: 'Överkalix kommun',
        coordinator: 'den brottsförebyggande arbetsgruppen',
        heading: undefined,
        headingLevel: 3,
      },
      problems: [],
    });
  });

  it('needs nothing: the built-in text reads naturally without details', () => {
    expect(parseInfoPanelConfig({})).toEqual({config: {headingLevel: 2}, problems: []});
  });

  it('falls back to level 2 for a bad heading level', () => {
    const {config, problems} = parseInfoPanelConfig({headingLevel: '9'});
    expect(config.headingLevel).toBe(2);
    expect(problems).toHaveLength(1);
  });
});
