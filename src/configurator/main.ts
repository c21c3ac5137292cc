/**
 * The configurator: a form for every attribute of every element (from custom-elements.json), a
 * live preview with the real elements (support-widget.js next to this bundle's folder), and the
 * two pieces of code to copy. Plain DOM, no innerHTML: pasted code is read in an inert document.
 */
import './configurator.css';
import {allLocales} from '../generated/locale-codes.js';
import {checkUrl} from '../lib/url.js';
import {stockholmWallClock} from '../lib/stockholm-time.js';
import {textDirection} from '../lib/locale.js';
import {BUILD} from './build-info.js';
import {fallbackOf, renderedContent} from './fallback.js';
import {
  checkElement,
  isBoolean,
  problemKind,
  rejects,
  readManifest,
  writeElement,
  writeScriptTag,
  type AttributeSpec,
  type Checked,
  type ElementSpec,
  type Values,
} from './model.js';
import {PARSERS} from './parsers.js';
import {readSnippet, type Snippet} from './snippet.js';
import {TEXTS, type UiLanguage} from './texts.js';

const DEFAULT_SCRIPT = '/support-widget/support-widget.js';
/** Fields written as several sentences get a text area. */
const MULTILINE = new Set(['description']);
/** The page's language first among the widget's languages: Swedish, then English. */
const LANGUAGES = [...allLocales].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
function rank(code: string) {
  return code === 'sv' ? 0 : code === 'en' ? 1 : 2;
}
const WIDTHS = ['phone', 'sidebar', 'desktop'] as const;

interface ElementState {
  spec: ElementSpec;
  included: boolean;
  values: Values;
  checked: Checked;
  /** The real element in the preview. */
  preview: HTMLElement;
}

// ---------------------------------------------------------------------------------------------
// State

const example = document.querySelector<HTMLTemplateElement>('template#example')?.content;
const exampleSnippet: Snippet = example ? readSnippet(example, readManifest(BUILD.manifest)) : {elements: new Map()};
const specs = readManifest(BUILD.manifest, [...exampleSnippet.elements.keys()]);

const state: {
  ui: UiLanguage;
  /** The page's language: the preview's, and the fallback copies'. */
  lang: string;
  width: (typeof WIDTHS)[number];
  scriptSrc: string;
  pin: boolean;
  previewFailed: boolean;
  elements: ElementState[];
} = {
  ui: document.documentElement.lang === 'en' ? 'en' : 'sv',
  lang: 'sv',
  width: 'desktop',
  scriptSrc: DEFAULT_SCRIPT,
  pin: Boolean(BUILD.integrity),
  previewFailed: false,
  elements: specs.map((spec): ElementState => {
    const values = defaults(spec);
    return {
      spec,
      included: true,
      values,
      checked: checkElement(spec, values, PARSERS[spec.tag], today()),
      preview: document.createElement(spec.tag),
    };
  }),
};
apply(exampleSnippet);

const t = () => TEXTS[state.ui];

/** Today in Stockholm, for the card's check of `verified`. */
function today() {
  return stockholmWallClock(Date.now());
}

/** A field the code leaves out shows the element's default (heading level 2). */
function defaults(spec: ElementSpec): Values {
  return Object.fromEntries(spec.attributes.flatMap((a) => (a.default && !isBoolean(a) ? [[a.name, a.default]] : [])));
}

/** Takes what a snippet says: its elements with exactly its attributes, the others left out. */
function apply(snippet: Snippet): void {
  if (snippet.script) state.scriptSrc = snippet.script;
  // Code with the script tag alone leaves the elements as they are.
  if (!snippet.elements.size) return;
  for (const element of state.elements) {
    const values = snippet.elements.get(element.spec.tag);
    element.included = Boolean(values);
    element.values = {...defaults(element.spec), ...values};
    check(element);
  }
}

function check(element: ElementState): void {
  element.checked = checkElement(element.spec, element.values, PARSERS[element.spec.tag], today());
}

// ---------------------------------------------------------------------------------------------
// DOM helpers

type Child = Node | string | false | undefined;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, '');
    else if (typeof value === 'string') node.setAttribute(name, value);
  }
  node.append(...children.filter((child): child is Node | string => Boolean(child)));
  return node;
}

/** Says something through a status region: cleared first, so the same words are announced again. */
function announce(status: HTMLElement, message: string): void {
  status.textContent = '';
  setTimeout(() => (status.textContent = message), 50);
}

// ---------------------------------------------------------------------------------------------
// The form

/** The words for a field's problems: one message per kind; one with no words here is shown as the element says it. */
function problemMessages(problems: readonly string[]): (Node | string)[] {
  const messages = new Map<string, (Node | string)[]>();
  for (const problem of problems) {
    const kind = problemKind(problem);
    if (!messages.has(kind ?? problem))
      messages.set(
        kind ?? problem,
        kind ? [t().problems[kind]] : [`${t().unknownProblem} `, h('span', {lang: 'en'}, problem)],
      );
  }
  return [...messages.values()].flatMap((nodes, i) => (i ? [' ', ...nodes] : nodes));
}

/** Shows a field's problems beside it, and ties them to the field for assistive technology. */
function showProblems(control: HTMLElement, error: HTMLElement, hintId: string, problems: string[] = []): void {
  error.replaceChildren(...problemMessages(problems));
  error.hidden = problems.length === 0;
  control.setAttribute('aria-describedby', problems.length ? `${hintId} ${error.id}` : hintId);
  if (rejects(problems)) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

/** A field for one attribute; `refreshers` gets what shows its problems, as another field's value may change them. */
function field(element: ElementState, attribute: AttributeSpec, refreshers: (() => void)[]): HTMLElement {
  const {tag} = element.spec;
  const id = `${tag}--${attribute.name}`;
  const text = t().attributes[tag]?.[attribute.name];
  const hint = h(
    'p',
    {class: 'hint', id: `${id}-hint`},
    ...(text
      ? [text.hint]
      : [`${t().undocumented} `, h('span', {lang: 'en'}, attribute.description.replace(/\s+/g, ' '))]),
  );
  const label = h('label', {for: id}, text?.label ?? h('code', {}, attribute.name));
  const error = h('p', {class: 'error', id: `${id}-error`, hidden: true});
  const value = element.values[attribute.name];
  let control: HTMLInputElement | HTMLTextAreaElement;
  if (isBoolean(attribute)) {
    control = h('input', {type: 'checkbox', id});
    control.checked = value === true;
  } else {
    control = MULTILINE.has(attribute.name)
      ? h('textarea', {id, rows: '5'})
      : h('input', {type: 'text', id, autocomplete: 'off', spellcheck: 'false'});
    control.value = typeof value === 'string' ? value : '';
  }
  refreshers.push(() => showProblems(control, error, hint.id, element.checked.problems[attribute.name]));
  control.addEventListener(isBoolean(attribute) ? 'change' : 'input', () => {
    element.values[attribute.name] =
      control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value;
    check(element);
    update();
  });
  return isBoolean(attribute)
    ? h('div', {class: 'field check'}, control, label, hint, error)
    : h('div', {class: 'field'}, label, hint, control, error);
}

function elementFieldset(element: ElementState): HTMLElement {
  const {tag} = element.spec;
  const include = h('input', {type: 'checkbox', id: `${tag}--include`});
  include.checked = element.included;
  const refreshers: (() => void)[] = [];
  const fields = h('div', {class: 'fields'}, ...element.spec.attributes.map((a) => field(element, a, refreshers)));
  fields.hidden = !element.included;
  include.addEventListener('change', () => {
    element.included = include.checked;
    fields.hidden = !include.checked;
    update();
  });
  // Problems about the element as a whole, not one field.
  const general = h('p', {class: 'error'});
  refreshers.push(() => {
    const problems = element.checked.problems[''] ?? [];
    general.replaceChildren(...problemMessages(problems));
    general.hidden = problems.length === 0;
  });
  const refresh = () => refreshers.forEach((show) => show());
  refresh();
  // After the field's own listener has checked the new value.
  fields.addEventListener('input', refresh);
  fields.addEventListener('change', refresh);
  return h(
    'fieldset',
    {class: 'element'},
    h('legend', {}, t().elements[tag] ?? tag),
    h('div', {class: 'field check'}, include, h('label', {for: `${tag}--include`}, t().include)),
    general,
    fields,
  );
}

// ---------------------------------------------------------------------------------------------
// Preview and outputs

const preview = h('div', {class: 'preview'});
const siteOutput = h('code');
const pageOutput = h('code');

function syncPreview(): void {
  preview.lang = state.lang;
  preview.dir = textDirection(state.lang);
  preview.className = `preview width-${state.width}`;
  for (const {spec, included, checked, preview: node} of state.elements) {
    node.hidden = !included;
    const wanted = new Map(checked.attributes);
    for (const {name} of spec.attributes) {
      const value = wanted.get(name);
      if (value === undefined) node.removeAttribute(name);
      else node.setAttribute(name, value === true ? '' : value);
    }
  }
}

function scriptAddress(): string {
  return checkUrl(state.scriptSrc).ok && state.scriptSrc.trim() ? state.scriptSrc.trim() : DEFAULT_SCRIPT;
}

/** The page part, once every element shows the page's language; undefined until then. */
function pageCode(): string | undefined {
  const parts: string[] = [];
  for (const {spec, included, checked, preview: node} of state.elements) {
    if (!included) continue;
    if (renderedContent(node)?.getAttribute('lang') !== state.lang) return undefined;
    parts.push(writeElement(spec.tag, checked.attributes, fallbackOf(node) ?? []));
  }
  return parts.join('\n\n');
}

let scheduled = false;
function scheduleOutputs(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    siteOutput.textContent = writeScriptTag(scriptAddress(), state.pin ? BUILD.integrity : undefined);
    const page = state.previewFailed ? t().previewFailed : pageCode();
    pageOutput.textContent = page ?? t().waiting;
    pageOutput
      .closest('.output')
      ?.querySelector('button')
      ?.toggleAttribute('disabled', page === undefined);
  });
}

function update(): void {
  syncPreview();
  scheduleOutputs();
}

// The outputs follow what the elements render: after an attribute changes, or a language arrives.
const observer = new MutationObserver(scheduleOutputs);
for (const {spec, preview: node} of state.elements) {
  void customElements.whenDefined(spec.tag).then(() => {
    if (node.shadowRoot)
      observer.observe(node.shadowRoot, {subtree: true, childList: true, characterData: true, attributes: true});
    scheduleOutputs();
  });
}

function loadWidget(): void {
  const script = document.createElement('script');
  script.src = new URL(/* @vite-ignore */ '../support-widget.js', import.meta.url).href;
  script.addEventListener('error', () => {
    state.previewFailed = true;
    preview.replaceChildren(h('p', {class: 'error'}, t().previewFailed));
    scheduleOutputs();
  });
  document.head.append(script);
}

async function copy(code: HTMLElement, status: HTMLElement, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    announce(status, t().copied(what));
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    announce(status, t().copyFailed);
  }
}

function output(id: string, heading: string, hint: string, code: HTMLElement, ...controls: Node[]): HTMLElement {
  const status = h('p', {role: 'status', class: 'status'});
  const button = h('button', {type: 'button'}, t().copy, h('span', {class: 'visually-hidden'}, `: ${heading}`));
  button.addEventListener('click', () => void copy(code, status, heading));
  return h(
    'div',
    {class: 'output', id},
    h('h3', {}, heading),
    h('p', {class: 'hint'}, hint),
    ...controls,
    h('pre', {}, code),
    h('div', {class: 'copy'}, button, status),
  );
}

function siteControls(): Node[] {
  const error = h('p', {class: 'error', id: 'script-src-error', hidden: true});
  const input = h('input', {type: 'text', id: 'script-src', autocomplete: 'off', spellcheck: 'false'});
  input.value = state.scriptSrc;
  const refresh = () => {
    const verdict = checkUrl(input.value);
    showProblems(
      input,
      error,
      'script-src-hint',
      verdict.ok
        ? []
        : [`src: ${verdict.reason === 'scheme' ? 'is not an http, https or relative link' : 'is not a valid link'}`],
    );
  };
  refresh();
  input.addEventListener('input', () => {
    state.scriptSrc = input.value;
    refresh();
    scheduleOutputs();
  });
  const controls: Node[] = [
    h(
      'div',
      {class: 'field'},
      h('label', {for: 'script-src'}, t().scriptAddress),
      h('p', {class: 'hint', id: 'script-src-hint'}, t().scriptAddressHint),
      input,
      error,
    ),
  ];
  if (BUILD.integrity) {
    const pin = h('input', {type: 'checkbox', id: 'pin', 'aria-describedby': 'pin-hint'});
    pin.checked = state.pin;
    pin.addEventListener('change', () => {
      state.pin = pin.checked;
      scheduleOutputs();
    });
    controls.push(
      h(
        'div',
        {class: 'field check'},
        pin,
        h('label', {for: 'pin'}, t().pin(BUILD.version)),
        h('p', {class: 'hint', id: 'pin-hint'}, t().pinHint),
      ),
    );
  }
  return controls;
}

function previewControls(): HTMLElement {
  const select = h(
    'select',
    {id: 'preview-lang', 'aria-describedby': 'preview-lang-hint'},
    ...LANGUAGES.map((code) =>
      h('option', {value: code, lang: code}, new Intl.DisplayNames([code], {type: 'language'}).of(code) ?? code),
    ),
  );
  select.value = state.lang;
  select.addEventListener('change', () => {
    state.lang = select.value;
    update();
  });
  const widths = WIDTHS.map((width) => {
    const radio = h('input', {type: 'radio', name: 'width', id: `width-${width}`, value: width});
    radio.checked = state.width === width;
    radio.addEventListener('change', () => {
      state.width = width;
      syncPreview();
    });
    return h('span', {class: 'radio'}, radio, h('label', {for: `width-${width}`}, t().widths[width]));
  });
  return h(
    'div',
    {class: 'controls'},
    h(
      'div',
      {class: 'field'},
      h('label', {for: 'preview-lang'}, t().previewLanguage),
      h('p', {class: 'hint', id: 'preview-lang-hint'}, t().previewLanguageHint),
      select,
    ),
    h('fieldset', {class: 'widths'}, h('legend', {}, t().previewWidth), ...widths),
  );
}

function pasteSection(): HTMLElement {
  const area = h('textarea', {id: 'paste', rows: '6', 'aria-describedby': 'paste-hint', spellcheck: 'false'});
  const status = h('p', {role: 'status', class: 'status'});
  const button = h('button', {type: 'button'}, t().pasteButton);
  button.addEventListener('click', () => {
    // An inert document: nothing in it runs, loads or becomes an element of this page.
    const snippet = readSnippet(new DOMParser().parseFromString(area.value, 'text/html'), specs);
    if (!snippet.elements.size && !snippet.script) {
      announce(status, t().pasteEmpty);
      return;
    }
    apply(snippet);
    render();
    const message = t().pasted(snippet.elements.size);
    const newStatus = document.querySelector<HTMLElement>('#paste-section [role="status"]')!;
    document.querySelector<HTMLElement>('#paste-section button')!.focus();
    announce(newStatus, message);
  });
  return h(
    'section',
    {'aria-labelledby': 'paste-heading', id: 'paste-section'},
    h('h2', {id: 'paste-heading'}, t().pasteHeading),
    h(
      'div',
      {class: 'field'},
      h('label', {for: 'paste'}, t().pasteLabel),
      h('p', {class: 'hint', id: 'paste-hint'}, t().pasteHint),
      area,
    ),
    h('div', {class: 'copy'}, button, status),
  );
}

/** Builds the page in the editor's language; the values and the preview's elements carry over. */
function render(): void {
  document.documentElement.lang = state.ui;
  document.title = `${t().title} – support-widget`;
  const other: UiLanguage = state.ui === 'sv' ? 'en' : 'sv';
  const switcher = h('button', {type: 'button', lang: other, class: 'switch'}, t().otherLanguage);
  switcher.addEventListener('click', () => {
    state.ui = other;
    render();
    document.querySelector<HTMLElement>('.switch')?.focus();
  });
  if (!state.previewFailed) preview.replaceChildren(...state.elements.map((e) => e.preview));
  const main = document.querySelector('main')!;
  main.replaceChildren(
    h('div', {class: 'top'}, h('h1', {}, t().title), switcher),
    h('p', {class: 'intro'}, t().intro),
    h(
      'div',
      {class: 'layout'},
      h(
        'section',
        {'aria-labelledby': 'form-heading', class: 'form'},
        h('h2', {id: 'form-heading'}, t().formHeading),
        ...state.elements.map(elementFieldset),
      ),
      h(
        'section',
        {'aria-labelledby': 'preview-heading', class: 'preview-section'},
        h('h2', {id: 'preview-heading'}, t().previewHeading),
        previewControls(),
        preview,
      ),
    ),
    h(
      'section',
      {'aria-labelledby': 'output-heading'},
      h('h2', {id: 'output-heading'}, t().outputHeading),
      h(
        'div',
        {class: 'outputs'},
        output('site-part', t().siteHeading, t().siteHint, siteOutput, ...siteControls()),
        output('page-part', t().pageHeading, t().pageHint, pageOutput),
      ),
    ),
    pasteSection(),
  );
  update();
}

render();
loadWidget();
