/**
 * Registers a tag unless something already did: a page that includes the script twice, or
 * two versions of it, keeps the first definition instead of throwing.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (customElements.get(tag)) {
    console.info(`<${tag}> is already defined; the first definition is kept.`);
    return;
  }
  customElements.define(tag, element);
}
