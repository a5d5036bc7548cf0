import { getSettings, updateSettings, watchSettings, type Settings } from '../../storage';

/** The three settings calls the popup and the options page make; tests pass their own. */
export interface SettingsAccess {
  get(): Promise<Settings>;
  update(patch: Partial<Settings>): Promise<Settings>;
  watch(onChange: (settings: Settings) => void): () => void;
}

export const extensionSettings: SettingsAccess = {
  get: getSettings,
  update: updateSettings,
  watch: watchSettings,
};
