/**
 * The plugin's settings page (assets/settings.js): checks the quick exit's address as the editor
 * types, with the quick exit's own parser, and says what is wrong beside the field, tied to it for
 * assistive technology. The PHP checks it again on saving and keeps only http and https addresses.
 */
import {problemMessages} from './settings-check.js';
import {editorLanguage} from './texts.js';

const FIELD_ID = 'support-widget-quick-exit-href';

function watch(field: HTMLInputElement): void {
  const error = document.createElement('p');
  error.id = `${FIELD_ID}-error`;
  error.className = 'support-widget-error';
  // WordPress's own red for errors: the admin's styles have none for a paragraph.
  error.style.color = '#d63638';
  error.hidden = true;
  error.setAttribute('aria-live', 'polite');
  field.insertAdjacentElement('afterend', error);
  const describedBy = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const language = editorLanguage();
  const check = () => {
    const message = problemMessages(field.value, language);
    error.textContent = message ?? '';
    error.hidden = !message;
    const ids = message ? [...describedBy, error.id] : describedBy;
    if (ids.length) field.setAttribute('aria-describedby', ids.join(' '));
    else field.removeAttribute('aria-describedby');
    if (message) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  };
  field.addEventListener('input', check);
  check();
}

try {
  const field = document.getElementById(FIELD_ID);
  if (field instanceof HTMLInputElement) watch(field);
} catch (error) {
  console.warn('support-widget: the settings page check could not start.', error);
}
