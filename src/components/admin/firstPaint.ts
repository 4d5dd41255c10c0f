/**
 * The toaster's root declarations, given to the admin's page before its first paint.
 *
 * The toaster (Sonner, bundled in Payload's UI) adds a stylesheet when its code runs, while an edit form is being
 * built, and that sheet's `:where(html[dir])` rules give `<html>` custom properties. A value that changes on `<html>`
 * (inherited by everything) makes the browser restyle every element of the page: ~265 on the article form, measured
 * in Chromium's trace. Present from the start, the same declarations leave `<html>` as it was when the sheet comes, and
 * only what the sheet's own rules match is restyled.
 *
 * They are only ever the same values earlier: if a later Payload changes them, its own sheet still overrides them.
 */
export const TOASTER_ROOT_RULES =
  ':where(html[dir="ltr"]){--toast-icon-margin-start: -3px;--toast-icon-margin-end: 4px;--toast-svg-margin-start: -1px;' +
  '--toast-svg-margin-end: 0px;--toast-button-margin-start: auto;--toast-button-margin-end: 0;' +
  '--toast-close-button-start: 0;--toast-close-button-end: unset;--toast-close-button-transform: translate(-35%, -35%)}' +
  ':where(html[dir="rtl"]){--toast-icon-margin-start: 4px;--toast-icon-margin-end: -3px;--toast-svg-margin-start: 0px;' +
  '--toast-svg-margin-end: -1px;--toast-button-margin-start: 0;--toast-button-margin-end: auto;' +
  '--toast-close-button-start: unset;--toast-close-button-end: 0;--toast-close-button-transform: translate(35%, -35%)}'
