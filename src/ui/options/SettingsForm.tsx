import type { HighlightStyle, Settings, Strictness } from '../../storage';
import { t } from '../popup/i18n';
import type { SettingsAccess } from '../popup/settings-access';

/** Each choice with its words: the name, and what it highlights at what cost. */
const STRICTNESS: ReadonlyArray<[Strictness, string, string]> = [
  ['strict', 'strictStrict', 'strictStrictHelp'],
  ['balanced', 'strictBalanced', 'strictBalancedHelp'],
  ['loose', 'strictLoose', 'strictLooseHelp'],
];
const STYLES: ReadonlyArray<[HighlightStyle, string, string]> = [
  ['tint', 'styleTint', 'styleTintHelp'],
  ['underline', 'styleUnderline', 'styleUnderlineHelp'],
];

/** The reader's settings; each change is written at once, and open pages follow it. */
export function SettingsForm(props: { settings: Settings; access: SettingsAccess; onError: (message: string | null) => void }) {
  const { settings } = props;
  const update = (patch: Partial<Settings>) =>
    void props.access.update(patch).then(
      () => props.onError(null),
      (error: unknown) => props.onError(error instanceof Error ? error.message : String(error)),
    );

  return (
    <>
      <fieldset>
        <legend>{t('sitesOffHeading')}</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t('sitesOffNone')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span class="site">{site}</span>
                <button
                  type="button"
                  aria-label={t('siteTurnOnLabel', site)}
                  onClick={() => update({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
                >
                  {t('siteTurnOn')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <p class="help">{t('sitesOffHelp')}</p>
      </fieldset>

      <Choices
        legend={t('strictnessHeading')}
        name="strictness"
        choices={STRICTNESS}
        value={settings.strictness}
        onChange={(strictness) => update({ strictness })}
      />
      <Choices
        legend={t('styleHeading')}
        name="highlight-style"
        choices={STYLES}
        value={settings.highlightStyle}
        onChange={(highlightStyle) => update({ highlightStyle })}
        sample
      />

      <fieldset>
        <legend>{t('privacyHeading')}</legend>
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.keepPageUrls}
            aria-describedby="help-keep-urls"
            onChange={(e) => update({ keepPageUrls: e.currentTarget.checked })}
          />
          <span>
            <span class="choice-label">{t('keepUrls')}</span>
            <span class="help" id="help-keep-urls">
              {t('keepUrlsHelp')}
            </span>
          </span>
        </label>
      </fieldset>
    </>
  );
}

/** One radio group of the settings: each choice with its name and what it means. */
function Choices<T extends string>(props: {
  legend: string;
  name: string;
  choices: ReadonlyArray<[T, string, string]>;
  value: T;
  onChange: (value: T) => void;
  /** Show each choice's name in the style it stands for (the highlight styles). */
  sample?: boolean;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.choices.map(([value, label, help]) => (
        <label key={value} class="choice">
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            aria-describedby={`help-${value}`}
            onChange={() => props.onChange(value)}
          />
          <span>
            <span class={props.sample ? `choice-label sample sample--${value}` : 'choice-label'}>{t(label)}</span>
            <span class="help" id={`help-${value}`}>
              {t(help)}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
