/**
 * The reader's settings in extension storage (`storage.local`), which every context can reach,
 * content scripts and framed extension pages included, unlike IndexedDB.
 *
 * Stored values are read as untrusted: an older version of the extension, a sync glitch or a
 * hand-edited profile can leave anything there. Each field is checked on its own, and a bad one
 * falls back to its default with one warning naming it, so one bad field never costs the others.
 */
import { storage } from 'wxt/utils/storage';
import { InvalidSettingsError } from './errors';
import {
  DEFAULT_SETTINGS,
  HIGHLIGHT_STYLES,
  STRICTNESS_VALUES,
  type HighlightStyle,
  type Settings,
  type Strictness,
} from './settings-defaults';
import { hostMatches, normalizeHostname } from './site-match';

export type { HighlightStyle, Settings, Strictness } from './settings-defaults';

const SETTINGS_KEY = 'local:settings';

type Field = keyof Settings;
/** A field's value, or why the value cannot be one. */
type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = (problem: string): Checked<never> => ({ ok: false, problem });

const checkers: { [K in Field]: (value: unknown) => Checked<Settings[K]> } = {
  paused: (value) => (typeof value === 'boolean' ? ok(value) : bad('must be true or false')),
  keepPageUrls: (value) => (typeof value === 'boolean' ? ok(value) : bad('must be true or false')),
  strictness: (value) =>
    STRICTNESS_VALUES.includes(value as Strictness)
      ? ok(value as Strictness)
      : bad(`must be one of ${STRICTNESS_VALUES.join(', ')}`),
  highlightStyle: (value) =>
    HIGHLIGHT_STYLES.includes(value as HighlightStyle)
      ? ok(value as HighlightStyle)
      : bad(`must be one of ${HIGHLIGHT_STYLES.join(', ')}`),
  disabledSites: (value) => {
    if (!Array.isArray(value)) return bad('must be a list of hostnames');
    const sites: string[] = [];
    for (const entry of value) {
      const host = typeof entry === 'string' ? normalizeHostname(entry) : undefined;
      if (host === undefined) return bad(`must be a list of hostnames (${JSON.stringify(entry)} is not one)`);
      if (!sites.includes(host)) sites.push(host);
    }
    return ok(sites);
  },
};

const FIELDS = Object.keys(checkers) as Field[];

/**
 * Settings from a stored value: a missing field (a setting newer than the stored value) takes its
 * default silently; a present but invalid one takes its default and is listed in `corrupted`.
 */
export function readSettings(stored: unknown): { settings: Settings; corrupted: Array<{ field: Field; problem: string }> } {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const corrupted: Array<{ field: Field; problem: string }> = [];
  if (stored === null || stored === undefined) return { settings, corrupted };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings, corrupted: FIELDS.map((field) => ({ field, problem: 'the stored settings are not an object' })) };
  }
  const record = stored as Record<string, unknown>;
  for (const field of FIELDS) {
    if (!(field in record)) continue;
    const checked = checkers[field](record[field]);
    if (checked.ok) (settings as unknown as Record<Field, unknown>)[field] = checked.value;
    else corrupted.push({ field, problem: checked.problem });
  }
  return { settings, corrupted };
}

/**
 * The current settings. A corrupted field is replaced by its default in storage too, with one
 * `console.warn` naming it, so it is reported once rather than on every page load.
 */
export async function getSettings(): Promise<Settings> {
  const stored = await storage.getItem<unknown>(SETTINGS_KEY);
  const { settings, corrupted } = readSettings(stored);
  if (corrupted.length > 0) {
    for (const { field, problem } of corrupted) {
      console.warn(`Crosscheck settings: "${field}" ${problem}; it was reset to its default.`);
    }
    await storage.setItem(SETTINGS_KEY, settings);
  }
  return settings;
}

/** Writes from this context, one after another, so two quick changes never drop each other. */
let pending: Promise<unknown> = Promise.resolve();

/**
 * Changes some settings and returns all of them as stored. Throws `InvalidSettingsError`, writing
 * nothing, if the patch names an unknown setting or gives one a value it cannot take.
 * Hostnames in `disabledSites` are normalised (lower case, no `www.`, URLs reduced to their host).
 */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const checked = checkPatch(patch);
  const next = pending.then(async () => {
    const merged: Settings = { ...(await getSettings()), ...checked };
    await storage.setItem(SETTINGS_KEY, merged);
    return merged;
  });
  pending = next.catch(() => undefined);
  return next;
}

function checkPatch(patch: unknown): Partial<Settings> {
  if (typeof patch !== 'object' || patch === null) throw new InvalidSettingsError('Settings change must be an object.');
  const checked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!(FIELDS as string[]).includes(key)) throw new InvalidSettingsError(`Unknown setting "${key}".`);
    const result = checkers[key as Field](value);
    if (!result.ok) throw new InvalidSettingsError(`Setting "${key}" ${result.problem}.`);
    checked[key] = result.value;
  }
  return checked as Partial<Settings>;
}

/** Calls `onChange` with the new settings whenever any context changes them; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return storage.watch<unknown>(SETTINGS_KEY, (stored) => onChange(readSettings(stored).settings));
}

/** Whether the extension should work on a page of `hostname`: not paused, and the site not disabled. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return !settings.paused && !hostMatches(settings.disabledSites, hostname);
}
