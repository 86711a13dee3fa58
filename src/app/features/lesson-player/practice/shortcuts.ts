export type ShortcutAction =
  | 'togglePlay'
  | 'seekBack'
  | 'seekForward'
  | 'toggleLoop'
  | 'markA'
  | 'markB'
  | 'slower'
  | 'faster'
  | 'help';

export interface Shortcut {
  readonly keys: readonly string[];
  readonly label: string;
  readonly action: ShortcutAction;
}

/** The player's shortcuts, in the order the help dialog lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: [$localize`:@@player.shortcuts.spaceKey:Space`], label: $localize`:@@player.shortcuts.togglePlay:Play or pause`, action: 'togglePlay' },
  { keys: ['←'], label: $localize`:@@player.shortcuts.seekBack:Back 5 seconds`, action: 'seekBack' },
  { keys: ['→'], label: $localize`:@@player.shortcuts.seekForward:Forward 5 seconds`, action: 'seekForward' },
  { keys: ['['], label: $localize`:@@player.shortcuts.markA:Set loop start (A)`, action: 'markA' },
  { keys: [']'], label: $localize`:@@player.shortcuts.markB:Set loop end (B) and start looping`, action: 'markB' },
  { keys: ['L'], label: $localize`:@@player.shortcuts.toggleLoop:Loop on or off`, action: 'toggleLoop' },
  { keys: ['<'], label: $localize`:@@player.shortcuts.slower:Slower (−0.05×)`, action: 'slower' },
  { keys: ['>'], label: $localize`:@@player.shortcuts.faster:Faster (+0.05×)`, action: 'faster' },
  { keys: ['?'], label: $localize`:@@player.shortcuts.help:Show these shortcuts`, action: 'help' },
];

const byKey: Readonly<Record<string, ShortcutAction>> = {
  ' ': 'togglePlay',
  ArrowLeft: 'seekBack',
  ArrowRight: 'seekForward',
  l: 'toggleLoop',
  L: 'toggleLoop',
  '[': 'markA',
  ']': 'markB',
  '<': 'slower',
  '>': 'faster',
  '?': 'help',
};

export type ShortcutEvent = Pick<KeyboardEvent, 'key' | 'target' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/**
 * Maps a keydown on the player region to an action, or null when the key is not a shortcut or
 * belongs to what the user is interacting with (typing in a field, activating a button with Space,
 * moving a slider with the arrows).
 */
export function shortcutFor(event: ShortcutEvent): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const action = byKey[event.key];
  if (!action) return null;
  const target = event.target instanceof Element ? event.target : null;
  if (target && isTextEntry(target)) return null;
  if (target && action === 'togglePlay' && isActivatable(target)) return null;
  return action;
}

function isTextEntry(element: Element): boolean {
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  // Range inputs (sliders) own the arrow keys too, so every input is left alone.
  return element instanceof HTMLInputElement;
}

function isActivatable(element: Element): boolean {
  return element.closest('button, a[href], [role="button"], [role="menuitem"], [role="option"]') !== null;
}
