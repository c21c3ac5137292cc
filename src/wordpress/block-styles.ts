/** The form's few styles in the editor (the configurator's page has its own stylesheet). */
export const BLOCK_STYLES = `
.support-widget-block-fields{border:1px solid #949494;border-radius:2px;padding:12px 16px;margin-bottom:16px;background:#fff;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,sans-serif;font-size:13px}
.support-widget-block-heading{font-weight:600;margin:0 0 8px}
.support-widget-block-form .field{margin:0 0 12px}
.support-widget-block-form .field.check{display:grid;grid-template-columns:auto 1fr;column-gap:8px;align-items:start}
.support-widget-block-form .field.check .hint,.support-widget-block-form .field.check .error{grid-column:2}
.support-widget-block-form label{font-weight:600}
.support-widget-block-form .hint{margin:2px 0 4px;color:#757575;font-size:12px}
.support-widget-block-form .error{margin:4px 0 0;color:#cc1818}
.support-widget-block-form input[type=text],.support-widget-block-form textarea{width:100%;box-sizing:border-box}
.support-widget-block-form [aria-invalid=true]{border-color:#cc1818}
`;
