export interface Server {
  url: string;
  close(): Promise<void>;
}
export function serve(options?: {
  root?: string;
  port?: number;
  headers?: (url: URL) => Record<string, string>;
}): Promise<Server>;
