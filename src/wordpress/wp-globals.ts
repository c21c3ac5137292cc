/**
 * The few parts of WordPress's editor globals (`wp.blocks`, `wp.element`, `wp.blockEditor`) the
 * blocks use, typed by hand: the plugin ships no @wordpress packages, it runs on the editor's own
 * copies (WordPress 6.1 and later).
 */

/** What wp.element.createElement returns; opaque here. */
export type WpNode = unknown;
export type WpComponent<P> = (props: P) => WpNode;

export interface WpRef<T> {
  current: T | null;
}

export interface WpElement {
  createElement(type: string | WpComponent<never> | object, props?: object | null, ...children: WpNode[]): WpNode;
  RawHTML: object;
  useState<T>(initial: T | (() => T)): [T, (value: T | ((old: T) => T)) => void];
  useEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
  useRef<T>(initial: T | null): WpRef<T>;
}

/** A block attribute as registerBlockType reads it. */
export interface BlockAttribute {
  type: 'string' | 'boolean';
  source?: 'attribute' | 'html';
  selector?: string;
  attribute?: string;
}

export type BlockAttributes = Record<string, string | boolean | undefined>;

export interface EditProps {
  attributes: BlockAttributes;
  setAttributes(patch: BlockAttributes): void;
  isSelected: boolean;
}

export interface BlockSettings {
  apiVersion: number;
  title: string;
  description: string;
  category: string;
  icon: string;
  keywords: string[];
  attributes: Record<string, BlockAttribute>;
  supports: Record<string, boolean>;
  edit: WpComponent<EditProps>;
  save: WpComponent<{attributes: BlockAttributes}>;
}

export interface Wp {
  blocks: {registerBlockType(name: string, settings: BlockSettings): unknown};
  element: WpElement;
  blockEditor: {useBlockProps(props?: object): object};
  data: {dispatch(store: 'core/block-editor'): {__unstableMarkNextChangeAsNotPersistent(): void}};
}

/** What the plugin's PHP prints before blocks.js (wp_add_inline_script). */
export interface EditorData {
  language?: string;
  /** The site's language, for the canvas and so the stored fallback copy. */
  siteLanguage?: string;
}

/** The editor's `wp` global: read when a block is registered or drawn, never at import. */
export const wp = () => (window as unknown as {wp: Wp}).wp;

/** What the plugin's PHP says about the editor, if anything. */
export const editorData = () => (window as unknown as {supportWidgetEditor?: EditorData}).supportWidgetEditor;
