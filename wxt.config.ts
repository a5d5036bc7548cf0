import { defineConfig } from 'wxt';

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
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crosscheck@crosscheck.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The claim corpus is built from assets/articles on every build, so what ships can never
    // drift from the articles (tests/unit/corpus-shipped.test.ts compares the two).
    'build:publicAssets': async (_wxt, files) => {
      // Imported lazily so `wxt prepare` (run on install) does not need the builder.
      const { corpusAsset } = await import('./scripts/corpus-asset');
      files.push(await corpusAsset());
    },
  },
});
