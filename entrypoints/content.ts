import { startContent } from '../src/content/start';

// Every page, top frame only, after the page has loaded: a cheap check decides in microseconds
// whether the page is an article; on other pages nothing else runs (README, "Permissions").
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  // WXT would also window.postMessage a "content-script-started" notice naming our extension id,
  // which any page's message listener receives: a page could tell that Crosscheck is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContent(document, ctx);
  },
});
