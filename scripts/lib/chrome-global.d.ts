// Code that tests and scripts evaluate inside the extension's service worker uses the `chrome`
// global; this gives it the same types as `browser` from wxt/browser.
declare const chrome: typeof import('wxt/browser').browser;
