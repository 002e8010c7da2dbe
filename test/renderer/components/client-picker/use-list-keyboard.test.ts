import { createElement, type KeyboardEvent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  highlightedIndex,
  listKeyStep,
  useListKeyboard,
  type ListKeyboard,
  type ListKeyboardActions,
} from '../../../../renderer/components/client-picker/use-list-keyboard.ts';

describe('the keys of a list that a text box controls', () => {
  it('moves the highlight down and up one item at a time', () => {
    expect(listKeyStep('ArrowDown', 0, 3)).toEqual({ kind: 'move', index: 1 });
    expect(listKeyStep('ArrowDown', 1, 3)).toEqual({ kind: 'move', index: 2 });
    expect(listKeyStep('ArrowUp', 2, 3)).toEqual({ kind: 'move', index: 1 });
  });

  it('goes round: past the last back to the first, above the first to the last', () => {
    expect(listKeyStep('ArrowDown', 2, 3)).toEqual({ kind: 'move', index: 0 });
    expect(listKeyStep('ArrowUp', 0, 3)).toEqual({ kind: 'move', index: 2 });
    expect(listKeyStep('ArrowDown', 0, 1)).toEqual({ kind: 'move', index: 0 });
  });

  it('has nothing to move on an empty list', () => {
    expect(listKeyStep('ArrowDown', 0, 0)).toEqual({ kind: 'stay' });
    expect(listKeyStep('ArrowUp', 0, 0)).toEqual({ kind: 'stay' });
  });

  it('picks with Enter, leaves with Escape and lets every other key type', () => {
    expect(listKeyStep('Enter', 1, 3)).toEqual({ kind: 'enter' });
    expect(listKeyStep('Escape', 1, 3)).toEqual({ kind: 'escape' });
    for (const key of ['a', 'Tab', ' ', 'Home', 'ArrowLeft', 'Backspace']) {
      expect(listKeyStep(key, 1, 3)).toBeNull();
    }
  });

  it('starts new results again at the best hit', () => {
    const first = ['Nguyễn', 'Novák'];
    const second = ['Nguyễn', 'Novák'];
    expect(highlightedIndex({ index: 1, forItems: first }, first)).toBe(1);
    expect(highlightedIndex({ index: 1, forItems: first }, second)).toBe(0);
  });
});

/** The hook as a component would have it on its first render. */
function firstRender<T>(items: readonly T[], actions: ListKeyboardActions<T>): ListKeyboard {
  let keyboard: ListKeyboard | undefined;
  function Probe() {
    keyboard = useListKeyboard(items, actions);
    return null;
  }
  renderToStaticMarkup(createElement(Probe));
  if (!keyboard) throw new Error('the probe did not render');
  return keyboard;
}

function press(keyboard: ListKeyboard, key: string) {
  const event = { key, preventDefault: vi.fn() };
  keyboard.onKeyDown(event as unknown as KeyboardEvent<HTMLElement>);
  return event.preventDefault;
}

describe('useListKeyboard', () => {
  it('highlights the first item and picks it with Enter, which never submits a form', () => {
    const onEnter = vi.fn();
    const keyboard = firstRender(['Nguyễn', 'Novák'], { onEnter, onEscape: vi.fn() });
    expect(keyboard.activeIndex).toBe(0);
    const preventDefault = press(keyboard, 'Enter');
    expect(onEnter).toHaveBeenCalledWith('Nguyễn');
    expect(preventDefault).toHaveBeenCalled();
  });

  it('gives Enter nothing on an empty list', () => {
    const onEnter = vi.fn();
    press(firstRender([], { onEnter, onEscape: vi.fn() }), 'Enter');
    expect(onEnter).toHaveBeenCalledWith(undefined);
  });

  it('lets Escape bubble (a dialog closes on the next press) and ignores typing', () => {
    const onEnter = vi.fn();
    const onEscape = vi.fn();
    const keyboard = firstRender(['Nguyễn'], { onEnter, onEscape });
    expect(press(keyboard, 'Escape')).not.toHaveBeenCalled();
    expect(onEscape).toHaveBeenCalledOnce();
    expect(press(keyboard, 'n')).not.toHaveBeenCalled();
    expect(onEnter).not.toHaveBeenCalled();
  });

  it('keeps the caret where it is on an arrow over an empty list', () => {
    const keyboard = firstRender([], { onEnter: vi.fn(), onEscape: vi.fn() });
    expect(press(keyboard, 'ArrowDown')).toHaveBeenCalled();
  });
});
