import { formatDuration } from '../../../shared/duration.pipe';
import { LoopRange } from '../practice/player-store.service';

/** The longest loop name the backend stores. */
export const MAX_LOOP_NAME_LENGTH = 100;

/** A loop's span as the player's clock shows it, e.g. "1:05–1:20". */
export function loopRangeLabel(range: LoopRange): string {
  return `${formatDuration(Math.floor(range.start), 'clock')}–${formatDuration(Math.floor(range.end), 'clock')}`;
}

/** What a new loop is called until the student names it, e.g. "Loop 1:05–1:20". */
export function defaultLoopName(range: LoopRange): string {
  return $localize`:@@player.loops.defaultName:Loop ${loopRangeLabel(range)}:range:`;
}
