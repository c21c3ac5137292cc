/**
 * How many inputs each property test tries: 200 in `npm test`, 10,000 in `npm run test:thorough`
 * (set in vitest.config.ts, the one place that reads THOROUGH).
 */
import {inject} from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    propertyRuns: number;
  }
}

export const RUNS = {numRuns: inject('propertyRuns')};
