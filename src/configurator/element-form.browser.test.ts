/**
 * The configurator's parts as a page or a block editor uses them: the form for one element (a
 * field per attribute, checked by the element's parser, its problems beside it), and the preview
 * of one element, whose plain-HTML copy follows what the element renders.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {LitElement} from 'lit';
import '../index.js';
import {parseHelplineConfig} from '../helpline-card/helpline-card.config.js';
import {ElementForm} from './element-form.js';
import {ElementPreview} from './element-preview.js';
import {writeNodes, type ElementSpec, type Parser, type Values} from './model.js';

if (!customElements.get('configurator-element-form')) customElements.define('configurator-element-form', ElementForm);

const CARD: ElementSpec = {
  tag: 'support-helpline-card',
  attributes: [
    {name: 'name', field: 'name', type: 'string | undefined', description: ''},
    {name: 'phone', field: 'phone', type: 'string | undefined', description: ''},
    {name: 'chat-url', field: 'chatUrl', type: 'string | undefined', description: ''},
    {name: 'anonymous', field: 'anonymous', type: 'boolean', default: 'false', description: ''},
    // An attribute the configurator has no words for yet.
    {name: 'new-thing', field: 'newThing', type: 'string', description: 'Something\n  added later.'},
  ],
};
const parseCard: Parser = (attributes, today) => parseHelplineConfig(attributes, today);

async function cardForm(values: Values): Promise<ElementForm> {
  return fixture<ElementForm>(
    html`<configurator-element-form .spec=${CARD} .values=${values} .parse=${parseCard}></configurator-element-form>`,
  );
}

const control = (form: ElementForm, name: string) =>
  form.querySelector<HTMLInputElement>(`[id="support-helpline-card--${name}"]`)!;
const error = (form: ElementForm, name: string) =>
  form.querySelector<HTMLElement>(`[id="support-helpline-card--${name}-error"]`)!;

/** Types a value as an editor would: the field's value changes and it says so. */
async function type(form: ElementForm, name: string, value: string): Promise<void> {
  const input = control(form, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', {bubbles: true}));
  await form.updateComplete;
}

describe('the form for one element', () => {
  it('has a labelled, explained field for each attribute, and names one it has no words for', async () => {
    const form = await cardForm({phone: '020-100 200'});
    expect(control(form, 'name').labels![0]!.textContent).to.equal('Stödlinjens namn');
    expect(control(form, 'phone').value).to.equal('020-100 200');
    expect(control(form, 'anonymous').type).to.equal('checkbox');
    expect(control(form, 'new-thing').labels![0]!.textContent).to.equal('new-thing');
    const hint = form.querySelector('[id="support-helpline-card--new-thing-hint"]')!;
    expect(hint.textContent).to.equal('Beskrivningen finns bara på engelska: Something added later.');
    expect(hint.querySelector('span')!.lang).to.equal('en');
    await expect(form).to.be.accessible();
  });

  it('marks a refused value invalid, with its message beside the field, and tells the new values', async () => {
    const form = await cardForm({name: 'Linjen', phone: '020-100 200'});
    const changes: Values[] = [];
    form.addEventListener('values-change', (event) => changes.push((event as CustomEvent<Values>).detail));
    await type(form, 'chat-url', 'javascript:alert(1)');
    const chat = control(form, 'chat-url');
    expect(chat.getAttribute('aria-invalid')).to.equal('true');
    expect(chat.getAttribute('aria-describedby')!.split(' ')).to.include('support-helpline-card--chat-url-error');
    expect(error(form, 'chat-url').hidden).to.be.false;
    expect(error(form, 'chat-url').textContent).to.contain('https://');
    expect(changes).to.deep.equal([{name: 'Linjen', phone: '020-100 200', 'chat-url': 'javascript:alert(1)'}]);
    await expect(form).to.be.accessible();

    await type(form, 'chat-url', 'https://example.se/chatt');
    expect(chat.hasAttribute('aria-invalid')).to.be.false;
    expect(chat.getAttribute('aria-describedby')).to.equal('support-helpline-card--chat-url-hint');
    expect(error(form, 'chat-url').hidden).to.be.true;
  });

  it('shows a problem that only notes something, and leaves the field valid', async () => {
    const form = await cardForm({phone: '020-100 200'});
    expect(error(form, 'name').textContent).to.contain('Stödlinje');
    expect(error(form, 'name').hidden).to.be.false;
    expect(control(form, 'name').hasAttribute('aria-invalid')).to.be.false;
  });

  it('keeps its fields, and the editor’s focus, while values and the editor’s language change', async () => {
    const form = await cardForm({phone: '020-100 200'});
    const phone = control(form, 'phone');
    await type(form, 'phone', '08-123 45');
    form.language = 'en';
    await form.updateComplete;
    expect(control(form, 'phone')).to.equal(phone);
    expect(document.activeElement).to.equal(phone);
    expect(phone.value).to.equal('08-123 45');
    expect(phone.labels![0]!.textContent).to.equal('Phone number');
  });
});

const PANEL: ElementSpec = {
  tag: 'support-info-panel',
  attributes: [{name: 'municipality', field: 'municipality', type: 'string | undefined', description: ''}],
};

/** A host for one element's preview, showing the language of the copy it has. */
class PreviewHost extends LitElement {
  readonly preview = new ElementPreview(this, PANEL);
  protected override createRenderRoot() {
    return this;
  }
  protected override render() {
    return html`<div lang="en">${this.preview.element}</div>
      <output>${this.preview.copy?.lang ?? 'waiting'}</output>`;
  }
}
customElements.define('preview-host', PreviewHost);

describe('the preview of one element', () => {
  it('shows the real element with the attributes given, and its copy follows what it renders', async () => {
    const host = await fixture<PreviewHost>(html`<preview-host></preview-host>`);
    const copy = () => writeNodes(host.preview.copy?.nodes ?? [], '').join('\n');
    host.preview.show(true, [['municipality', 'Kalix kommun']]);
    expect(host.querySelector('support-info-panel')!.getAttribute('municipality')).to.equal('Kalix kommun');
    await waitUntil(() => copy().includes('Kalix kommun'), 'the copy has the municipality');
    await waitUntil(() => host.querySelector('output')!.textContent === 'en', 'the host renders again with the copy');

    host.preview.show(true, [['municipality', 'Luleå kommun']]);
    await waitUntil(() => copy().includes('Luleå kommun'), 'the copy follows the element');
    expect(copy()).not.to.contain('Kalix');

    host.preview.show(false, []);
    expect(host.preview.element.hidden).to.be.true;
    expect(host.preview.element.hasAttribute('municipality')).to.be.false;
  });
});
