/**
 * A block in the editor: while it is selected, the configurator's form for its element (each field
 * checked by the element's own parser, problems beside the field); below, the real element as
 * the page will show it. Only what the form accepts reaches the block's attributes, and the
 * plain-HTML copy of what the element renders is stored whenever that copy changes.
 */
import {checkValues, type ElementForm} from '../configurator/element-form.js';
import {ElementPreview} from '../configurator/element-preview.js';
import {writeNodes, type ElementSpec, type Values} from '../configurator/model.js';
import {PARSERS} from '../configurator/parsers.js';
import {acceptedAttributes, checkedAttributes, FALLBACK, formValues, sameTag} from './block-definition.js';
import {BLOCK_TEXTS, editorLanguage} from './texts.js';
import {editorData, wp, type BlockAttributes, type EditProps, type WpNode} from './wp-globals.js';

/** The copy as the block stores it: the configurator's HTML, one block element a line. */
export const fallbackHtml = (preview: ElementPreview) =>
  preview.copy ? writeNodes(preview.copy.nodes, '').join('\n') : undefined;

/** HTML with the differences the browser's serialisation and whitespace make taken out. */
function comparable(html: string | undefined): string {
  const template = document.createElement('template');
  template.innerHTML = html ?? '';
  return template.innerHTML.replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();
}

interface FormProps {
  spec: ElementSpec;
  values: Values;
  onChange(values: Values): void;
}

/** The configurator's form element, given its spec, parser and values through a ref. */
function FormHost({spec, values, onChange}: FormProps): WpNode {
  const {createElement, useEffect, useRef} = wp().element;
  const ref = useRef<ElementForm>(null);
  const latest = useRef<FormProps['onChange']>(onChange);
  latest.current = onChange;
  useEffect(() => {
    const form = ref.current!;
    const listener = (event: Event) => latest.current!((event as CustomEvent<Values>).detail);
    form.addEventListener('values-change', listener);
    return () => form.removeEventListener('values-change', listener);
  }, []);
  useEffect(() => {
    Object.assign(ref.current!, {spec, parse: PARSERS[spec.tag], language: editorLanguage(), values});
  });
  return createElement('configurator-element-form', {ref, class: 'support-widget-block-form'});
}

interface CanvasProps {
  spec: ElementSpec;
  attributes: BlockAttributes;
  setAttributes: EditProps['setAttributes'];
}

/** The real element (from the widget's script the plugin loads in the editor), and its copy stored. */
function Canvas({spec, attributes, setAttributes}: CanvasProps): WpNode {
  const {createElement, useEffect, useRef} = wp().element;
  const ref = useRef<HTMLDivElement>(null);
  const preview = useRef<ElementPreview>(null);
  const latest = useRef<CanvasProps>(null);
  latest.current = {spec, attributes, setAttributes};
  useEffect(() => {
    const host = {
      addController() {},
      removeController() {},
      updateComplete: Promise.resolve(true),
      // The element rendered something else: store its copy when it says something new.
      requestUpdate() {
        const {attributes: now, setAttributes: set} = latest.current!;
        const fallback = fallbackHtml(preview.current!);
        if (fallback === undefined || comparable(fallback) === comparable(now[FALLBACK] as string | undefined)) return;
        // It follows from the values: no undo step of its own, so one undo takes back the editor's change.
        wp().data.dispatch('core/block-editor').__unstableMarkNextChangeAsNotPersistent();
        set({[FALLBACK]: fallback});
      },
    };
    preview.current = new ElementPreview(host, spec);
    ref.current!.append(preview.current.element);
    preview.current.show(true, checkedAttributes(spec, latest.current!.attributes));
    preview.current.hostConnected();
    return () => preview.current!.hostDisconnected();
  }, []);
  useEffect(() => preview.current!.show(true, checkedAttributes(spec, attributes)), [attributes]);
  const lang = editorData()?.siteLanguage;
  return createElement('div', {ref, className: 'support-widget-block-canvas', ...(lang ? {lang} : {})});
}

/** The block's edit(): the form while selected, and the element. */
export function editFor(spec: ElementSpec) {
  return function Edit({attributes, setAttributes, isSelected}: EditProps): WpNode {
    const {createElement, useEffect, useState} = wp().element;
    const blockProps = wp().blockEditor.useBlockProps();
    const [values, setValues] = useState<Values>(() => formValues(spec, attributes));
    // Attributes the form's values do not give (an undo, say) are what the form shows from now on.
    useEffect(() => {
      const accepted = acceptedAttributes(spec, checkValues(spec, values, PARSERS[spec.tag]));
      if (!sameTag(spec, accepted, attributes)) setValues(formValues(spec, attributes));
    }, [attributes]);
    const change = (next: Values) => {
      setValues(next);
      setAttributes(acceptedAttributes(spec, checkValues(spec, next, PARSERS[spec.tag])));
    };
    const texts = BLOCK_TEXTS[editorLanguage()];
    return createElement(
      'div',
      blockProps,
      isSelected
        ? createElement(
            'div',
            {className: 'support-widget-block-fields'},
            createElement('p', {className: 'support-widget-block-heading'}, texts.formHeading),
            createElement(FormHost, {spec, values, onChange: change}),
          )
        : null,
      createElement(Canvas, {spec, attributes, setAttributes}),
    );
  };
}
