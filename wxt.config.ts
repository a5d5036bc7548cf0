import { defineConfig } from 'wxt';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// Chrome 105 is the first with the CSS Custom Highlight API; Firefox 140 is the ESR that has it.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description:
      'See, sentence by sentence, what other sources say about the news you read. Runs entirely on your device.',
    minimum_chrome_version: '105',
    icons: ICONS,
    default_locale: 'en',
    permissions: ['storage'],
    // The same sites the content script runs on, declared so the popup can read the current
    // tab's address ("On for this site"); it adds no install warning beyond the content script's.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The popover is an extension page framed next to the sentence; pages must be allowed to
    // load it (it holds no page data until the content script opens it).
    // (WXT turns this form into MV2's list of paths for the Firefox build.)
    web_accessible_resources: [{ resources: ['popover.html'], matches: ['http://*/*', 'https://*/*'] }],
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next claim on the page and open it',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous claim on the page and open it',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crosscheck@crosscheck.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android understands data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The toolbar button's icon: WXT fills `action`/`browser_action` from the popup entrypoint.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_icon = ICONS;
    },
    // The claim corpus is built from assets/articles on every build, so what ships can never
    // drift from the articles (tests/unit/corpus-shipped.test.ts compares the two).
    'build:publicAssets': async (_wxt, files) => {
      // Imported lazily so `wxt prepare` (run on install) does not need the builder.
      const { corpusAsset } = await import('./scripts/corpus-asset');
      files.push(await corpusAsset());
    },
  },
});
