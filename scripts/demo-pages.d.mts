export function demoPages(): Map<string, string>;
