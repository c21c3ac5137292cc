import {LitElement} from 'lit';
import {expect, fixture, html} from '@open-wc/testing';
import './index.js';
import {shadow, visibleText} from '../test/browser.js';

/** The public API after issue 7: every attribute has a property, named as below. */
const PUBLIC_PROPERTIES: Record<string, string[]> = {
  'support-helpline-card': [
    'name',
    'organization',
    'description',
    'phone',
    'chatUrl',
    'infoUrl',
    'anonymous',
    'languages',
    'emergencyPhone',
    'policePhone',
    'socialServicesUrl',
    'headingLevel',
    'phoneHours',
    'chatHours',
    'timeZone',
    'verified',
    'showVerified',
  ],
  'support-info-panel': ['municipality', 'coordinator', 'heading', 'headingLevel'],
  'support-action-plan': ['href', 'label', 'fileType', 'fileSize', 'lastUpdated', 'documentLang'],
};

type ReactiveClass = typeof LitElement & {
  elementProperties: Map<PropertyKey, {state?: boolean; attribute?: string | boolean}>;
};

/** Public (non-state) reactive properties of an element class, with the attribute each one reads. */
function publicProperties(tag: string): {name: string; attribute: string | undefined}[] {
  const ctor = customElements.get(tag) as unknown as ReactiveClass;
  return [...ctor.elementProperties]
    .filter(([, options]) => !options.state)
    .map(([name, options]) => ({
      name: String(name),
      attribute:
        typeof options.attribute === 'string'
          ? options.attribute
          : options.attribute === false
            ? undefined
            : String(name).toLowerCase(),
    }));
}

describe('properties', () => {
  it('Lit property bindings: the card takes a boolean, a number and strings', async () => {
    const card = await fixture(html`<support-helpline-card .name=${'Orostelefonen'} .organization=${'Rädda Barnen'}
      .phone=${'020-100 200'} .chatUrl=${'https://www.raddabarnen.se/oroschatten'} .anonymous=${true} .headingLevel=${3}
      .emergencyPhone=${'112'}></support-helpline-card>`);
    const root = shadow(card);
    expect(root.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(root.querySelector('[part="call-link"]')!.getAttribute('href')).to.equal('tel:020100200');
    expect(root.querySelector('[part="chat-link"]')!.getAttribute('href')).to.equal(
      'https://www.raddabarnen.se/oroschatten',
    );
    expect(root.querySelector('[data-channel="emergency"]')!.getAttribute('href')).to.equal('tel:112');
    const text = visibleText(root);
    expect(text).to.include('Rädda Barnen');
    expect(text).to.match(/anonymous/i);
    await expect(card).to.be.accessible();
  });

  it('Lit property bindings: anonymous false and a later change of heading level', async () => {
    const card = await fixture<
      HTMLElement & {headingLevel: number; updateComplete: Promise<unknown>}
    >(html`<support-helpline-card
      .name=${'Orostelefonen'} .phone=${'020-100 200'} .anonymous=${false} .headingLevel=${4}></support-helpline-card>`);
    expect(visibleText(shadow(card))).not.to.match(/anonymous/i);
    expect(shadow(card).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    card.headingLevel = 6;
    await card.updateComplete;
    expect(shadow(card).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('6');
    await expect(card).to.be.accessible();
  });

  it('Lit property bindings: the info panel and the action plan', async () => {
    const parent = await fixture(html`<div>
      <support-info-panel .municipality=${'Kalix kommun'} .heading=${'How we work'} .headingLevel=${3}></support-info-panel>
      <support-action-plan .href=${'/demo/handlingsplan.pdf'} .fileSize=${708} .lastUpdated=${'2024-03-12'} .documentLang=${'sv'}></support-action-plan>
    </div>`);
    const panel = parent.querySelector('support-info-panel')!;
    const plan = parent.querySelector('support-action-plan')!;
    await (panel as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    await (plan as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    expect(shadow(panel).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(visibleText(shadow(panel))).to.include('Kalix kommun');
    expect(shadow(plan).querySelector('time')!.getAttribute('datetime')).to.equal('2024-03-12');
    expect(visibleText(shadow(plan))).to.include('March 12, 2024');
    await expect(parent).to.be.accessible();
  });

  it('every attribute has a property, with the names of the public API', () => {
    for (const [tag, names] of Object.entries(PUBLIC_PROPERTIES)) {
      expect(
        publicProperties(tag).map((p) => p.name),
        tag,
      ).to.have.members(names);
    }
  });

  it('no public property or attribute name is also a member of LitElement or HTMLElement', () => {
    // A framework that sets `el.updated = '2024-03-12'` (React sets a property when `name in el`)
    // would replace Lit's updated() method and break every later update.
    const clashes: string[] = [];
    for (const tag of Object.keys(PUBLIC_PROPERTIES)) {
      for (const {name, attribute} of publicProperties(tag)) {
        for (const key of new Set([name, attribute].filter((k): k is string => k !== undefined))) {
          if (key in LitElement.prototype || key in HTMLElement.prototype)
            clashes.push(`<${tag}> ${key === name ? 'property' : 'attribute'} ${key}`);
        }
      }
    }
    expect(clashes).to.deep.equal([]);
  });
});
