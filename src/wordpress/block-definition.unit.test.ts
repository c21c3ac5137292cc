import {describe, expect, it} from 'vitest';
import {checkElement, type ElementSpec} from '../configurator/model.js';
import {parseHelplineConfig} from '../helpline-card/helpline-card.config.js';
import {
  acceptedAttributes,
  blockAttributes,
  blockName,
  formValues,
  sameTag,
  tagAttributes,
} from './block-definition.js';

/** Part of the card as custom-elements.json declares it. */
const CARD: ElementSpec = {
  tag: 'support-helpline-card',
  attributes: [
    {name: 'name', field: 'name', type: 'string | undefined', description: ''},
    {name: 'phone', field: 'phone', type: 'string | undefined', description: ''},
    {name: 'chat-url', field: 'chatUrl', type: 'string | undefined', description: ''},
    {name: 'anonymous', field: 'anonymous', type: 'boolean', default: 'false', description: ''},
    {name: 'heading-level', field: 'headingLevel', type: 'number', default: '2', description: ''},
  ],
};

describe('a block made from an element’s spec', () => {
  it('is named after the element and reads every attribute back from the saved tag, the copy from its wrapper', () => {
    expect(blockName('support-helpline-card')).toBe('support-widget/helpline-card');
    expect(blockAttributes(CARD)).toEqual({
      name: {type: 'string', source: 'attribute', selector: 'support-helpline-card', attribute: 'name'},
      phone: {type: 'string', source: 'attribute', selector: 'support-helpline-card', attribute: 'phone'},
      'chat-url': {type: 'string', source: 'attribute', selector: 'support-helpline-card', attribute: 'chat-url'},
      anonymous: {type: 'boolean', source: 'attribute', selector: 'support-helpline-card', attribute: 'anonymous'},
      // A number's text is a string: typed as a number, WordPress would drop it and the block turn invalid.
      'heading-level': {
        type: 'string',
        source: 'attribute',
        selector: 'support-helpline-card',
        attribute: 'heading-level',
      },
      fallback: {type: 'string', source: 'html', selector: '[data-support-fallback]'},
    });
  });

  it('writes a true boolean as a bare attribute and leaves out false and empty ones', () => {
    expect(tagAttributes(CARD, {name: 'Orostelefonen', phone: '', anonymous: true, fallback: '<p>x</p>'})).toEqual({
      name: 'Orostelefonen',
      anonymous: '',
    });
    expect(tagAttributes(CARD, {anonymous: false})).toEqual({});
  });

  it('stores only what the element’s parser accepts, clearing the rest', () => {
    const checked = checkElement(
      CARD,
      {name: 'Orostelefonen', phone: '020-100 200', 'chat-url': 'javascript:alert(1)', anonymous: true},
      parseHelplineConfig,
    );
    expect(acceptedAttributes(CARD, checked)).toEqual({
      name: 'Orostelefonen',
      phone: '020-100 200',
      'chat-url': undefined,
      anonymous: true,
      'heading-level': undefined,
    });
  });

  it('fills the form from the block, with the element’s default where the block says nothing', () => {
    expect(formValues(CARD, {name: 'Orostelefonen', anonymous: false})).toEqual({
      name: 'Orostelefonen',
      anonymous: false,
      'heading-level': '2',
    });
  });

  it('tells whether two sets of attributes write the same tag', () => {
    expect(sameTag(CARD, {name: 'A', anonymous: false}, {name: 'A', phone: undefined})).toBe(true);
    expect(sameTag(CARD, {name: 'A'}, {name: 'B'})).toBe(false);
  });
});
