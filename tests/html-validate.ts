import { HtmlValidate } from 'html-validate';

/** html-validate with the project's rules (the sweep over every page and the markup unit tests). */
export const htmlValidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // React's output style, not errors: boolean attributes as attr="", no self-closing void style preference.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Next.js writes its own preload links and inline JSON; tailwind arbitrary values contain brackets.
    'no-inline-style': 'off',
    'attribute-empty-style': 'off',
    // Long URLs in the footer/legal texts are content, not markup problems.
    'long-title': 'off',
    // HTML attribute names are case-insensitive; React writes charSet, fetchPriority, noModule.
    'attr-case': 'off',
    // HTML5 allows any id without spaces (Next's inline script uses id="_R_").
    'valid-id': ['error', { relaxed: true }],
    // Checkbox groups share one name by design (dimension=a&dimension=b).
    // A named list ("Merkmale") is valid ARIA; html-validate 11 accepts it, 10.x (the last
    // release for Node 20) only with this option.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // Phone numbers are written per DIN 5008 ("02323 16-2629") and kept on one line by CSS
    // (white-space: nowrap on tel: links, app/globals.css). The rule's remedy, U+00A0 and U+2011
    // in the text, would make a copied number fail in many dialers and address books.
    'tel-non-breaking': 'off',
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});
