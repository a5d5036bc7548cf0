/** The comparison popover: an extension page framed next to a highlighted sentence. */
export { Popover, type PopoverProps } from './Popover';
export { parsePopoverParams, type PopoverParams, type PageConflict } from './params';
export { clientFrom, type PopoverClient, type Answer } from './client';
export { parentFrameLink, type FrameLink } from './frame-link';
