/**
 * The plugin's block editor side (assets/blocks.js): one static block per element, in the
 * category "Stödresurser" / "Support resources" the plugin's PHP registers. Their fields are the
 * configurator's, read from custom-elements.json and checked by the elements' own parsers.
 *
 * save() writes the element and its stored plain-HTML copy from the block's attributes alone:
 *   <support-helpline-card name="…" phone="…"><div data-support-fallback="">…</div></support-helpline-card>
 * so the post needs neither the plugin nor a PHP render, and shows the copy without the script.
 */
import {BUILD} from '../configurator/build-info.js';
import {ElementForm} from '../configurator/element-form.js';
import {readManifest, type ElementSpec} from '../configurator/model.js';
import {TEXTS} from '../configurator/texts.js';
import {FALLBACK_ATTRIBUTE, TAGS} from '../tags.js';
import {blockAttributes, blockName, FALLBACK, tagAttributes} from './block-definition.js';
import {editFor} from './block-edit.js';
import {BLOCK_STYLES} from './block-styles.js';
import {BLOCK_TEXTS, editorLanguage} from './texts.js';
import {wp, type BlockAttributes, type BlockSettings} from './wp-globals.js';

const ICONS: Record<string, string> = {
  'support-helpline-card': 'phone',
  'support-info-panel': 'info-outline',
  'support-action-plan': 'media-document',
  'support-quick-exit': 'migrate',
};

/** What the post holds: the element with its attributes around its copy. Pure: attributes only. */
function saveFor(spec: ElementSpec) {
  return function save({attributes}: {attributes: BlockAttributes}) {
    const {createElement, RawHTML} = wp().element;
    const fallback = typeof attributes[FALLBACK] === 'string' ? attributes[FALLBACK] : '';
    return createElement(
      spec.tag,
      tagAttributes(spec, attributes),
      createElement('div', {[FALLBACK_ATTRIBUTE]: ''}, createElement(RawHTML, null, fallback)),
    );
  };
}

function blockSettings(spec: ElementSpec): BlockSettings {
  const language = editorLanguage();
  const texts = BLOCK_TEXTS[language];
  const title = TEXTS[language].elements[spec.tag] ?? spec.tag;
  return {
    apiVersion: 2,
    title,
    description: texts.descriptions[spec.tag] ?? '',
    category: 'support-resources',
    icon: ICONS[spec.tag] ?? 'heart',
    keywords: [...texts.keywords, spec.tag],
    attributes: blockAttributes(spec),
    // The saved tag is exactly save()'s: no class names added, no editing it as HTML.
    supports: {html: false, className: false, customClassName: false},
    edit: editFor(spec),
    save: saveFor(spec),
  };
}

function registerBlocks(): void {
  if (!customElements.get('configurator-element-form')) customElements.define('configurator-element-form', ElementForm);
  const style = document.createElement('style');
  style.textContent = BLOCK_STYLES;
  document.head.append(style);
  for (const spec of readManifest(BUILD.manifest, TAGS).filter((s) => (TAGS as readonly string[]).includes(s.tag)))
    wp().blocks.registerBlockType(blockName(spec.tag), blockSettings(spec));
}

// Never break the editor: a failure leaves the other blocks working and says so once.
try {
  registerBlocks();
} catch (error) {
  console.warn('support-widget: the blocks could not be registered.', error);
}
