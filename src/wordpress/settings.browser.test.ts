/**
 * The settings page's check of the quick exit's address (settings.ts), on a field as the plugin's
 * PHP writes it: the problem shows beside the field as the editor types, tied to it with
 * aria-describedby and aria-invalid, and goes away with the problem.
 */
import {expect} from '@open-wc/testing';

const field = document.createElement('input');
field.type = 'url';
field.id = 'support-widget-quick-exit-href';
field.setAttribute('aria-describedby', 'support-widget-quick-exit-href-description');
field.value = 'javascript:alert(1)';
document.body.append(field);
(window as unknown as {supportWidgetEditor: {language: string}}).supportWidgetEditor = {language: 'sv'};
await import('./settings.js');

const error = () => document.getElementById('support-widget-quick-exit-href-error')!;
const type = (value: string) => {
  field.value = value;
  field.dispatchEvent(new Event('input'));
};

describe('the quick exit address on the settings page', () => {
  it('shows the problem of the saved value at once, beside the field and tied to it', () => {
    expect(field.nextElementSibling).to.equal(error());
    expect(error().hidden).to.equal(false);
    expect(error().textContent).to.equal('Skriv hela adressen, som börjar med https://.');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.equal(
      'support-widget-quick-exit-href-description support-widget-quick-exit-href-error',
    );
  });

  it('clears the problem when the address is fixed, keeping the field’s own description', () => {
    type('https://www.smhi.se/');
    expect(error().hidden).to.equal(true);
    expect(field.hasAttribute('aria-invalid')).to.equal(false);
    expect(field.getAttribute('aria-describedby')).to.equal('support-widget-quick-exit-href-description');
  });

  it('asks for a whole address when only a path is given, and says what the parser finds wrong', () => {
    type('/vader');
    expect(error().textContent).to.equal('Skriv hela adressen, som börjar med https://.');
    type('www.smhi.se');
    expect(error().textContent).to.equal(
      'Adressen saknar https:// och skulle bli en trasig länk. Börja adressen med https://.',
    );
    expect(field.getAttribute('aria-invalid')).to.equal('true');
  });
});
