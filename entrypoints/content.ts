import { startContent } from '../src/content/start';

// Every page, top frame only, after the page has loaded: a cheap check decides in microseconds
// whether the page is an article; on other pages nothing else runs (README, "Permissions").
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    startContent(document, ctx);
  },
});
