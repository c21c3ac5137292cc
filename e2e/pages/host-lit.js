// Stands in for a site that uses Lit itself (its own bundle, loaded first): Lit always names
// its Trusted Types policy "lit-html".
if (window.trustedTypes) window.trustedTypes.createPolicy('lit-html', {createHTML: (html) => html});
