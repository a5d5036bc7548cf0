/** The toolbar popup, and the i18n helper the options page shares. */
export { Popup, type PopupProps } from './Popup';
export { extensionPopupClient, type PopupClient, type PopupTab } from './client';
export { tabParam } from './tab-param';
export { t, messagesLookup, type Messages } from './i18n';
export { settle, type Answer } from './answer';
export { extensionSettings, type SettingsAccess } from './settings-access';
