#!/usr/bin/env node
/**
 * Writes the demo: the Överkalix page rebuilt with the widget, one static page per language
 * (demo/index.html is Swedish), plus demo/languages.html with a card in every language.
 * The pages are committed, so each reads as the plain HTML an editor would paste; edit the
 * texts in demo/pages/<code>.json and run `npm run demo:pages`.
 */
import {readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const DEMO = fileURLToPath(new URL('../demo/', import.meta.url));

const ORDER = ['sv', 'en', 'fi', 'ar', 'fa', 'so', 'uk'];
const RTL = new Set(['ar', 'fa']);
const pages = readdirSync(`${DEMO}pages`)
  .map((file) => /** @type {PageText} */ (JSON.parse(readFileSync(`${DEMO}pages/${file}`, 'utf8'))))
  .sort((a, b) => ORDER.indexOf(a.lang) - ORDER.indexOf(b.lang));

/** The example action plan's real size (see scripts/demo-pdf.mjs). */
const PLAN_SIZE = statSync(`${DEMO}handlingsplan.pdf`).size;

/**
 * The texts of one language's page, from demo/pages/<code>.json.
 * `quickExit`, when given, is the fallback link's text of a quick exit at the top of the page.
 * @typedef {Record<'lang' | 'languageName' | 'languagesLabel' | 'title' | 'translateNote' | 'infoHeading' | 'coordinator'
 *   | 'actionPlan' | 'actionPlanFallback' | 'supportLabel' | 'organization' | 'description' | 'exampleNote' | 'fallback' | 'footer', string>
 *   & {quickExit?: string, configurator?: string}} PageText
 */

/** The quick exit's neutral page: the widget's own default, written out as an editor would. */
const NEUTRAL_PAGE = 'https://www.google.com/';

/** @param {PageText} t */
const quickExit = (t) =>
  t.quickExit
    ? `<support-quick-exit href="${NEUTRAL_PAGE}">
      <a href="${NEUTRAL_PAGE}">${esc(t.quickExit)}</a>
    </support-quick-exit>
    `
    : '';

/** @param {string} lang */
const fileOf = (lang) => (lang === 'sv' ? 'index.html' : `${lang}.html`);

/** Escapes text for HTML content and double-quoted attributes. @param {string} text */
const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The facts every page shares, from the reference page: they are the editor's, not the widget's. @param {PageText} t */
const helpline = (t) => `<support-helpline-card
          name="Orostelefonen"
          organization="${esc(t.organization)}"
          description="${esc(t.description)}"
          phone="020-100 200"
          chat-url="https://www.raddabarnen.se/oroschatten"
          info-url="https://www.raddabarnen.se/orostelefonen"
          anonymous
          police-phone="114 14"
          phone-hours="Mo 12:00-18:00; Th 09:00-13:00; PH off"
          verified="2026-11-20">
          <p>${t.fallback}</p>
        </support-helpline-card>`;

/** @param {PageText} t */
const infoPanel = (t) => `<support-info-panel
          municipality="Överkalix kommun"
          coordinator="${esc(t.coordinator)}"
          heading="${esc(t.infoHeading)}"></support-info-panel>`;

/** @param {PageText} t */
const actionPlan = (t) => `<support-action-plan
          href="handlingsplan.pdf"
          label="${esc(t.actionPlan)}"
          file-size="${PLAN_SIZE}"
          last-updated="2024-03-12"
          document-lang="sv">
          <a href="handlingsplan.pdf">${esc(t.actionPlanFallback)}</a>
        </support-action-plan>`;

/** @param {PageText} t */
function page(t) {
  const others = pages
    .filter((p) => p.lang !== t.lang)
    .map(
      (p) =>
        `        <li><a href="${fileOf(p.lang)}" lang="${p.lang}" hreflang="${p.lang}">${esc(p.languageName)}</a></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${t.lang}"${RTL.has(t.lang) ? ' dir="rtl"' : ''}>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(t.title)} – Överkalix kommun (demo)</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="demo.css">
  <!-- Exactly what an editor pastes: one script, in the head, so the page never jumps. -->
  <script src="../dist/support-widget.js"></script>
</head>
<body>
  <header class="site-header">
    <div class="inner">
      <a class="site-name" href="./" lang="sv">Överkalix kommun <span lang="en">(demo)</span></a>
      <nav aria-label="${esc(t.languagesLabel)}">
        <ul class="languages">
${others}
        </ul>
      </nav>
    </div>
  </header>
  <main>
    ${quickExit(t)}<h1>${esc(t.title)}</h1>
    <p class="translate-note">${esc(t.translateNote)}</p>
    <div class="layout">
      <!-- The card comes first: on a phone, whom to call is on the first screen. -->
      <aside aria-label="${esc(t.supportLabel)}">
        ${helpline(t)}
        <p class="example-note">${esc(t.exampleNote)}</p>
      </aside>

      <div class="content">
        ${infoPanel(t)}

        ${actionPlan(t)}
      </div>
    </div>
  </main>
  <footer class="site-footer">
    <div class="inner">
      <p>${esc(t.footer)}</p>
      <p><a href="configurator.html"${t.configurator ? '' : ' lang="en"'}>${esc(t.configurator ?? 'Make the code for your own page')}</a></p>
    </div>
  </footer>
</body>
</html>
`;
}

function languagesPage() {
  const cards = pages
    .map(
      (t) => `      <section lang="${t.lang}"${RTL.has(t.lang) ? ' dir="rtl"' : ''} aria-label="${esc(t.languageName)}">
        ${helpline(t)}
      </section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Orostelefonen på alla språk – support-widget (demo)</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="demo.css">
  <script src="../dist/support-widget.js"></script>
</head>
<body>
  <main>
    <h1>Orostelefonen på alla språk</h1>
    <p>En svensk sida där varje kort har sitt eget <code>lang</code>. Språk som inte finns i skriptet laddas när de behövs.</p>
    <div class="grid">
${cards}
    </div>
  </main>
</body>
</html>
`;
}

/** An element of the demo without the attributes only its own municipality can vouch for. @param {string} html */
const withoutUnchecked = (html) => html.replace(/\n\s*(phone-hours|verified|coordinator)="[^"]*"/g, '');

/**
 * The configurator (src/configurator/), with the Swedish page's elements as the example it starts
 * from: the facts are the demo's, never the configurator's own.
 */
function configuratorPage() {
  const sv = pages.find((p) => p.lang === 'sv');
  if (!sv) throw new Error('demo/pages/sv.json is missing');
  return `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Skapa koden för stödrutan – support-widget</title>
  <link rel="stylesheet" href="../dist/configurator/configurator.css">
  <script type="module" src="../dist/configurator/configurator.js"></script>
</head>
<body>
  <main>
    <h1>Skapa koden för stödrutan</h1>
    <noscript>
      <p>Konfiguratorn behöver JavaScript.</p>
      <p lang="en">The configurator needs JavaScript.</p>
    </noscript>
    <!-- Opened as a file (file://), the browser runs no module script: this stays, and shows after
         two seconds (configurator.css). When the script runs, the configurator takes its place. -->
    <div class="needs-server">
      <p>Konfiguratorn behöver en webbserver: webbläsaren kör inte dess skript när sidan öppnas som en fil.
        Starta en i den uppackade mappen, till exempel med <code>python3 -m http.server 8000</code>,
        och öppna <code>http://localhost:8000/configurator/</code>.</p>
      <p lang="en">The configurator needs a web server: the browser does not run its script when the page
        is opened as a file. Start one in the unzipped folder, for example with
        <code>python3 -m http.server 8000</code>, and open <code>http://localhost:8000/configurator/</code>.</p>
    </div>
  </main>
  <!-- The example the form starts from: the national line, marked on the form as an example to
       check with the service. Nothing that belongs to one municipality or goes stale (hours,
       verified, the action plan, the coordinator): an editor fills those in after checking them. -->
  <template id="example">
    ${withoutUnchecked(helpline(sv))}
    ${withoutUnchecked(infoPanel(sv))}
  </template>
</body>
</html>
`;
}

/** Every generated page: file name in demo/ and its HTML. */
export function demoPages() {
  return new Map([
    ...pages.map((t) => [fileOf(t.lang), page(t)]),
    ['languages.html', languagesPage()],
    ['configurator.html', configuratorPage()],
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, html] of demoPages()) writeFileSync(`${DEMO}${file}`, html);
  console.log(`Wrote ${pages.length} language pages and demo/languages.html`);
}
