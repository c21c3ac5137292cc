import {readBoolean} from './lib/attributes.js';
import type {Problem} from './lib/problems.js';

/**
 * Attribute converters for the elements' typed properties. Attributes arrive as text; a value the
 * element cannot read is kept as it is, so that the element can say so in its warning.
 */
export function booleanProperty(name: string) {
  return {
    fromAttribute(value: string | null): boolean | string {
      const problems: Problem[] = [];
      const flag = readBoolean(name, value, problems);
      return problems.length ? (value as string) : flag;
    },
  };
}

export const numberProperty = {
  fromAttribute: (value: string | null): number | string | undefined =>
    value?.trim() && Number.isFinite(Number(value)) ? Number(value) : (value ?? undefined),
};
