import {expect, fixture, html} from '@open-wc/testing';
import '../index.js';
import type {SupportActionPlan} from './action-plan.js';
import {captureWarnings, renderedIn, shadow, visibleText} from '../../test/browser.js';

function downloadLink(plan: Element): HTMLAnchorElement | null {
  return shadow(plan).querySelector('[part="download-link"]');
}

/** The link's text as a screen reader names it (the icon is hidden). */
function linkName(plan: Element): string {
  return visibleText(downloadLink(plan)!);
}

describe('<support-action-plan>', () => {
  it('names title, file type and size in the link', async () => {
    const plan = await fixture(
      html`<support-action-plan href="/files/handlingsplan.pdf" file-size="1258291"></support-action-plan>`,
    );
    expect(downloadLink(plan)!.getAttribute('href')).to.equal('/files/handlingsplan.pdf');
    expect(linkName(plan)).to.equal('Action plan (PDF, 1.2 MB)');
    await expect(plan).to.be.accessible();
  });

  it('says when the document is in another language, and when it was updated', async () => {
    const plan = await fixture(
      html`<support-action-plan href="plan.pdf" label="Handlingsplan" file-size="1.2 MB" last-updated="2024-03-12" document-lang="sv"></support-action-plan>`,
    );
    expect(linkName(plan)).to.equal('Handlingsplan (PDF, 1.2 MB, in Swedish)');
    expect(downloadLink(plan)!.getAttribute('hreflang')).to.equal('sv');
    const time = shadow(plan).querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2024-03-12');
    expect(visibleText(shadow(plan))).to.include('Last updated: March 12, 2024');
    await expect(plan).to.be.accessible();
  });

  it('formats everything the Swedish way on a Swedish page, without repeating the language', async () => {
    const wrapper = await fixture(
      html`<div lang="sv"><support-action-plan href="plan.pdf" file-size="1258291" last-updated="2024-03-12" document-lang="sv"></support-action-plan></div>`,
    );
    const plan = wrapper.firstElementChild!;
    await renderedIn(plan, 'sv');
    expect(linkName(plan)).to.equal('Handlingsplan (PDF, 1,2 MB)');
    expect(visibleText(shadow(plan))).to.include('Senast uppdaterad: 12 mars 2024');
    await expect(plan).to.be.accessible();
  });

  it('takes the editor’s file type when the link has no extension', async () => {
    const plan = await fixture(
      html`<support-action-plan href="/download?id=7" file-type="docx"></support-action-plan>`,
    );
    expect(linkName(plan)).to.equal('Action plan (DOCX)');
  });

  it('reports a download to the page and lets the link open', async () => {
    const plan = await fixture(html`<support-action-plan href="plan.pdf"></support-action-plan>`);
    let detail: unknown;
    let cancelled: boolean | undefined;
    const onDownload = (event: Event) => (detail = (event as CustomEvent<unknown>).detail);
    const stayOnPage = (event: Event) => {
      cancelled = event.defaultPrevented;
      event.preventDefault();
    };
    plan.addEventListener('support-download', onDownload);
    document.addEventListener('click', stayOnPage);
    try {
      downloadLink(plan)!.click();
    } finally {
      document.removeEventListener('click', stayOnPage);
    }
    expect(detail).to.deep.equal({href: 'plan.pdf'});
    expect(cancelled).to.be.false;
  });

  it('keeps its fallback content when the link is unsafe, and warns', async () => {
    const warnings = captureWarnings();
    let plan: SupportActionPlan;
    try {
      plan = await fixture(
        html`<support-action-plan href="javascript:alert(1)" file-size="lots"><a href="plan.pdf">Action plan (PDF)</a></support-action-plan>`,
      );
    } finally {
      warnings.restore();
    }
    expect(downloadLink(plan)).to.be.null;
    expect(plan.querySelector('a')!.getClientRects().length).to.be.greaterThan(0);
    expect(warnings.messages).to.deep.equal([
      '<support-action-plan> href: "javascript:alert(1)" is not an http, https or relative link, so it is left out.',
      '<support-action-plan> file-size: "lots" is not a size in bytes ("1258291") or like "1.2 MB", under a terabyte; it is left out.',
    ]);
    await expect(plan).to.be.accessible();
  });

  it('hides its fallback content once it renders', async () => {
    const plan = await fixture(
      html`<support-action-plan href="plan.pdf"><a href="plan.pdf">Action plan (PDF)</a></support-action-plan>`,
    );
    expect(plan.querySelector('a')!.getClientRects().length).to.equal(0);
    expect(downloadLink(plan)!.getBoundingClientRect().height).to.be.at.least(44);
  });
});
