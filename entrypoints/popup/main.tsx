import { render } from 'preact';
import { extensionPopupClient, Popup, t, tabParam } from '../../src/ui/popup';
import '../../src/ui/common/theme.css';
import '../../src/ui/popup/popup.css';

document.documentElement.lang = t('@@ui_locale').replace('_', '-');
document.title = t('extName');
render(<Popup client={extensionPopupClient(tabParam(location.search))} />, document.body);
