export interface Manifest {
  modules: {declarations?: {tagName?: string}[]}[];
}
export function analyze(): Promise<Manifest>;
export function writeTables(readme: string, manifest: Manifest): string;
