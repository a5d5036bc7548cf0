import type { Settings } from '../../storage';
import type { PopupClient } from './client';
import { t } from './i18n';
import { siteIsOn, sitesWith } from './site-host';

/**
 * "On for <site>" and "Pause everywhere". Both write settings; open pages watch settings and
 * add or remove their highlights at once, so nothing here talks to the tab.
 */
export function SiteSwitches(props: { client: PopupClient; settings: Settings; host: string | null; onError: (message: string) => void }) {
  const { settings, host } = props;
  const update = (patch: Partial<Settings>) =>
    props.client.settings.update(patch).catch((error: unknown) => props.onError(error instanceof Error ? error.message : String(error)));
  return (
    <div class="switches">
      {host === null ? (
        <p class="muted">{t('siteNotReadable')}</p>
      ) : (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={siteIsOn(settings, host)}
            onChange={(e) => void update({ disabledSites: sitesWith(settings, host, e.currentTarget.checked) })}
          />
          <span>{t('siteSwitch', host)}</span>
        </label>
      )}
      <label class="switch">
        <input type="checkbox" role="switch" checked={settings.paused} onChange={(e) => void update({ paused: e.currentTarget.checked })} />
        <span>{t('pauseSwitch')}</span>
      </label>
    </div>
  );
}
