import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  InvalidSettingsError,
  isSiteEnabled,
  updateSettings,
  watchSettings,
  type Settings,
} from '../../src/storage';

/** Where the settings live, written the way an older or broken build might have left them. */
const storeRaw = (value: unknown) => fakeBrowser.storage.local.set({ settings: value });
const readRaw = async () => (await fakeBrowser.storage.local.get('settings')).settings;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('reading settings', () => {
  it('a fresh install gets the defaults, without a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(warn).not.toHaveBeenCalled();
  });

  it('the defaults cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.disabledSites)).toBe(true);
  });

  it('a setting missing from an older stored value takes its default silently', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await storeRaw({ paused: true });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, paused: true });
    expect(warn).not.toHaveBeenCalled();
  });

  it.each<[string, Record<string, unknown>, keyof Settings]>([
    ['paused as a string', { paused: 'yes' }, 'paused'],
    ['an unknown strictness', { strictness: 'paranoid' }, 'strictness'],
    ['an unknown highlight style', { highlightStyle: 'blink' }, 'highlightStyle'],
    ['keepPageUrls as a number', { keepPageUrls: 1 }, 'keepPageUrls'],
    ['disabledSites as a string', { disabledSites: 'example.com' }, 'disabledSites'],
    ['a number among disabled sites', { disabledSites: ['example.com', 7] }, 'disabledSites'],
  ])('a corrupted field (%s) is replaced by its default, with one warning naming it', async (_label, corrupted, field) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const good = { paused: true, strictness: 'strict', highlightStyle: 'underline', keepPageUrls: false, disabledSites: ['a.example'] };
    await storeRaw({ ...good, ...corrupted });
    const settings = await getSettings();
    expect(settings).toEqual({ ...good, [field]: DEFAULT_SETTINGS[field] });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(`"${field}"`);
    // Repaired in storage, so the next read is quiet.
    expect(await readRaw()).toEqual(settings);
    await getSettings();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('a stored value that is not an object at all gives the defaults', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await storeRaw('garbage');
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('changing settings', () => {
  it('a change keeps the other settings and is stored', async () => {
    await updateSettings({ strictness: 'loose' });
    const settings = await updateSettings({ paused: true });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, strictness: 'loose', paused: true });
    expect(await getSettings()).toEqual(settings);
  });

  it('two quick changes from the same page both land', async () => {
    await Promise.all([updateSettings({ highlightStyle: 'underline' }), updateSettings({ keepPageUrls: false })]);
    expect(await getSettings()).toMatchObject({ highlightStyle: 'underline', keepPageUrls: false });
  });

  it('disabled sites are stored the way they are matched: lower case, no www, hostnames from pasted URLs', async () => {
    const settings = await updateSettings({
      disabledSites: ['WWW.Example.com', 'https://news.site.example/world/article?x=1', 'example.com'],
    });
    expect(settings.disabledSites).toEqual(['example.com', 'news.site.example']);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['an unknown setting', { colour: 'red' }, /Unknown setting "colour"/],
    ['a wrong value', { strictness: 'max' }, /"strictness" must be one of strict, balanced, loose/],
    ['a site that is not a hostname', { disabledSites: [''] }, /"disabledSites" must be a list of hostnames/],
  ])('%s is refused and nothing is written', async (_label, patch, message) => {
    const change = updateSettings(patch as Partial<Settings>);
    await expect(change).rejects.toBeInstanceOf(InvalidSettingsError);
    await expect(change).rejects.toThrow(message);
    expect(await readRaw()).toBeUndefined();
  });
});

describe('watching settings', () => {
  it('a watcher sees a change made elsewhere, validated, until it unsubscribes', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await updateSettings({ paused: true });
    await vi.waitFor(() => expect(seen).toEqual([{ ...DEFAULT_SETTINGS, paused: true }]));
    await storeRaw({ paused: false, strictness: 'nonsense' });
    await vi.waitFor(() => expect(seen[1]).toEqual(DEFAULT_SETTINGS));
    unwatch();
    const later: Settings[] = [];
    const unwatchLater = watchSettings((settings) => later.push(settings));
    await updateSettings({ paused: true });
    await vi.waitFor(() => expect(later.at(-1)?.paused).toBe(true));
    expect(seen).toHaveLength(2);
    unwatchLater();
  });
});

describe('isSiteEnabled', () => {
  const withSites = (disabledSites: string[], paused = false): Settings => ({ ...DEFAULT_SETTINGS, disabledSites, paused });

  it.each<[string, Settings, string, boolean]>([
    ['any site by default', DEFAULT_SETTINGS, 'news.example', true],
    ['nowhere while paused', withSites([], true), 'news.example', false],
    ['not on a disabled site', withSites(['example.com']), 'example.com', false],
    ['not on its www host', withSites(['example.com']), 'www.example.com', false],
    ['not on its subdomains', withSites(['example.com']), 'news.example.com', false],
    ['ignoring case', withSites(['example.com']), 'News.EXAMPLE.com', false],
    ['on a site that only ends with the same letters', withSites(['example.com']), 'badexample.com', true],
    ['on a parent of a disabled subdomain', withSites(['news.example.com']), 'example.com', true],
  ])('works %s', (_label, settings, hostname, enabled) => {
    expect(isSiteEnabled(settings, hostname)).toBe(enabled);
  });
});
