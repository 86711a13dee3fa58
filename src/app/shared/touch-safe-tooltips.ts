import { Provider } from '@angular/core';
import { MAT_TOOLTIP_DEFAULT_OPTIONS, MatTooltipDefaultOptions } from '@angular/material/tooltip';

/**
 * Tooltips that a tap cannot leave open. Material's own test for a touch device is the user agent
 * (iOS or Android); any other device that cannot hover (an iPad that reports itself as a Mac, a
 * touch-only browser) got mouse handling, and a tap's emulated mouseenter, never followed by a
 * mouseleave, left the tooltip up. Asking the browser whether anything can hover sends those down
 * the touch path too: a long press shows the tooltip and lifting the finger hides it; a tap shows none.
 */
export const touchSafeTooltips: Provider = {
  provide: MAT_TOOLTIP_DEFAULT_OPTIONS,
  useValue: { showDelay: 0, hideDelay: 0, touchendHideDelay: 1500, detectHoverCapability: true } satisfies MatTooltipDefaultOptions,
};
