import type { VirtualItem } from '@tanstack/react-virtual';
import type { VirtualRows } from './use-virtual-rows.js';

/** Props every virtual row carries: its index for measuring and navigation, and focus state. */
export function rowProps(
  item: VirtualItem,
  rows: VirtualRows,
  active: number | null,
  onFocusRow: (i: number) => void,
) {
  return {
    'data-index': item.index,
    ref: rows.virtualizer.measureElement,
    tabIndex: -1,
    className: item.index === active ? 'row row-active' : 'row',
    onFocus: () => onFocusRow(item.index),
  };
}
