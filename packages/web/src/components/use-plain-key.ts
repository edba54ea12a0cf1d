/**
 * A document-wide shortcut: calls `onPress` for `key` pressed without Ctrl, Alt or Meta and
 * outside text fields (keys.ts), so browser shortcuts and typing keep working.
 */
import { useEffect, useEffectEvent } from 'react';
import { isPlainKey, isTyping } from './keys.js';

export function usePlainKey(key: string, onPress: () => void): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== key || !isPlainKey(event) || isTyping(event.target)) return;
    event.preventDefault();
    onPress();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
