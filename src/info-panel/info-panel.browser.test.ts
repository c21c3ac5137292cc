import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../index.js';
import type {SupportInfoPanel} from './info-panel.js';
import {captureWarnings, renderedIn, shadow, visibleText} from '../../test/browser.js';

describe('<support-info-panel>', () => {
  it('explains the topic and names the municipality and its coordinator', async () => {
    const panel = await fixture(
      html`<support-info-panel municipality="Överkalix kommun" coordinator="the crime prevention working group"></support-info-panel>`,
    );
    const text = visibleText(shadow(panel));
    expect(shadow(panel).querySelector('[role="heading"]')!.textContent).to.equal('Violent extremism');
    expect(text).to.include('Violent extremism is an umbrella term');
    expect(text).to.include('Överkalix kommun does this through the social and educational work');
    expect(text).to.include('The work is coordinated by the crime prevention working group.');
    await expect(panel).to.be.accessible();
  });

  it('reads naturally without any details', async () => {
    const panel = await fixture(html`<support-info-panel></support-info-panel>`);
    const text = visibleText(shadow(panel));
    expect(text).to.include('Your municipality does this');
    expect(text).not.to.include('coordinated');
    await expect(panel).to.be.accessible();
  });

  it('takes the editor’s heading and heading level', async () => {
    const panel = await fixture(
      html`<support-info-panel heading="How we work" heading-level="3"></support-info-panel>`,
    );
    const heading = shadow(panel).querySelector('[role="heading"]')!;
    expect(heading.textContent).to.equal('How we work');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    await expect(panel).to.be.accessible();
  });

  it('shows the editor’s own content instead of the built-in text', async () => {
    const panel = await fixture(
      html`<support-info-panel municipality="Kalix kommun"><p>Our own words.</p></support-info-panel>`,
    );
    expect(visibleText(shadow(panel))).to.equal('Violent extremism');
    expect((panel.querySelector('p') as HTMLElement).getClientRects().length).to.be.greaterThan(0);
    await expect(panel).to.be.accessible();
  });

  it('switches between built-in text and the editor’s content as children come and go', async () => {
    const panel = await fixture<SupportInfoPanel>(html`<support-info-panel>
    </support-info-panel>`);
    expect(visibleText(shadow(panel))).to.include('umbrella term');
    const own = document.createElement('p');
    own.textContent = 'Added later.';
    panel.append(own);
    await waitUntil(
      () => !visibleText(shadow(panel)).includes('umbrella term'),
      'the built-in text gives way to the editor’s',
      {timeout: 10_000},
    );
    own.remove();
    await waitUntil(() => visibleText(shadow(panel)).includes('umbrella term'), 'the built-in text comes back', {
      timeout: 10_000,
    });
  });

  it('warns about a bad heading level and still renders', async () => {
    const warnings = captureWarnings();
    let panel: SupportInfoPanel;
    try {
      panel = await fixture(html`<support-info-panel heading-level="h2"></support-info-panel>`);
    } finally {
      warnings.restore();
    }
    expect(shadow(panel).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(warnings.messages).to.deep.equal([
      '<support-info-panel> heading-level: "h2" is not a number from 2 to 6; 2 is used.',
    ]);
  });

  it('speaks Swedish on a Swedish page', async () => {
    const wrapper = await fixture(
      html`<div lang="sv"><support-info-panel municipality="Överkalix kommun" coordinator="den brottsförebyggande arbetsgruppen"></support-info-panel></div>`,
    );
    const panel = wrapper.firstElementChild!;
    await renderedIn(panel, 'sv');
    const text = visibleText(shadow(panel));
    expect(shadow(panel).querySelector('[role="heading"]')!.textContent).to.equal('Våldsbejakande extremism');
    expect(text).to.include('Överkalix kommun gör det genom');
    expect(text).to.include('Arbetet samordnas av den brottsförebyggande arbetsgruppen.');
    await expect(panel).to.be.accessible();
  });
});
