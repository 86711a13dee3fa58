import { shortcutFor } from './shortcuts';

function keydown(key: string, target: EventTarget | null = null, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, ...init });
  if (target) Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('shortcutFor', () => {
  const region = document.createElement('div');

  const cases: [string, string][] = [
    [' ', 'togglePlay'],
    ['ArrowLeft', 'seekBack'],
    ['ArrowRight', 'seekForward'],
    ['l', 'toggleLoop'],
    ['L', 'toggleLoop'],
    ['[', 'markA'],
    [']', 'markB'],
    ['<', 'slower'],
    ['>', 'faster'],
    ['?', 'help'],
  ];
  for (const [key, action] of cases) {
    it(`should map "${key}" to ${action} when pressed on the player region`, () => {
      expect(shortcutFor(keydown(key, region))).toBe(action as ReturnType<typeof shortcutFor>);
    });
  }

  it('should ignore keys that are not shortcuts', () => {
    expect(shortcutFor(keydown('x', region))).toBeNull();
  });

  it('should ignore shortcuts when typing in a text input', () => {
    expect(shortcutFor(keydown('l', document.createElement('input')))).toBeNull();
  });

  it('should ignore shortcuts when typing in a textarea', () => {
    expect(shortcutFor(keydown('[', document.createElement('textarea')))).toBeNull();
  });

  it('should ignore shortcuts when typing in an editable element', () => {
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    document.body.appendChild(editable);
    expect(shortcutFor(keydown(' ', editable))).toBeNull();
    editable.remove();
  });

  it('should leave arrows to a focused slider', () => {
    const slider = document.createElement('input');
    slider.type = 'range';
    expect(shortcutFor(keydown('ArrowRight', slider))).toBeNull();
  });

  it('should leave Space to a focused button when it would activate it', () => {
    expect(shortcutFor(keydown(' ', document.createElement('button')))).toBeNull();
  });

  it('should still map letter shortcuts when a button has focus', () => {
    expect(shortcutFor(keydown('l', document.createElement('button')))).toBe('toggleLoop');
  });

  it('should ignore keys pressed with Ctrl', () => {
    expect(shortcutFor(keydown('l', region, { ctrlKey: true }))).toBeNull();
  });
});
