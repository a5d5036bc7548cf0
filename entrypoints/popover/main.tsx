import { render } from 'preact';
import { askBackground } from '../../src/messaging/send';
import { clientFrom, parentFrameLink, parsePopoverParams, Popover } from '../../src/ui/popover';
import '../../src/ui/common/theme.css';
import '../../src/ui/popover/popover.css';

render(
  <Popover
    params={parsePopoverParams(location.hash)}
    client={clientFrom(askBackground)}
    frame={parentFrameLink(window)}
  />,
  document.body,
);
