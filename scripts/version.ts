import pkg from '../package.json' with {type: 'json'};

/** Every built script starts with its version: a comment added after minification (a few bytes). */
export const VERSION = `/*! support-widget ${pkg.version} | ${pkg.license} */`;
