import { render } from 'preact';
import { extensionOptionsClient, Options } from '../../src/ui/options';
import { t } from '../../src/ui/popup';
import '../../src/ui/common/theme.css';
import '../../src/ui/options/options.css';

document.documentElement.lang = t('@@ui_locale').replace('_', '-');
document.title = t('optionsTitle');
render(<Options client={extensionOptionsClient()} section={location.hash.slice(1)} />, document.body);
