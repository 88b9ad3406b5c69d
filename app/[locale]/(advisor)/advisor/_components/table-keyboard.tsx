'use client';

import { useEffect, useEffectEvent, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

/** Typing in a field, or a shortcut with a modifier, is not a table command. */
function isTyping(event: globalThis.KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (event.metaKey || event.ctrlKey || event.altKey) return true;
  return Boolean(target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"], [role="menu"], [role="listbox"]'));
}

/**
 * The table's keyboard, as in Linear: j/k or the arrows move, Enter opens the quick look, x selects,
 * `/` goes to the search, Esc clears the selection. One listener on the document, none per row.
 */
export function useTableKeyboard({
  count,
  body,
  open,
  toggle,
  clearSelection,
  suspended,
}: {
  count: number;
  body: RefObject<HTMLTableSectionElement | null>;
  open: (index: number) => void;
  toggle: (index: number) => void;
  clearSelection: () => void;
  /** While the quick look is open, its own keys apply. */
  suspended: boolean;
}) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, count - 1));

  const move = (by: number) => {
    if (count === 0) return;
    const next = Math.min(count - 1, Math.max(0, current + by));
    setActive(next);
    const row = body.current?.rows[next];
    row?.focus();
    row?.scrollIntoView({ block: 'nearest' });
  };
  // Reads the latest rows and selection without re-adding the listener on every render.
  const onKey = useEffectEvent((event: globalThis.KeyboardEvent) => {
    if (suspended) return;
    if (event.key === '/' && !isTyping(event)) {
      event.preventDefault();
      document.getElementById('q')?.focus();
      return;
    }
    if (isTyping(event)) return;
    const inTable = Boolean(body.current?.contains(event.target as Node));
    if (event.key === 'j' || (inTable && event.key === 'ArrowDown')) {
      event.preventDefault();
      move(1);
    } else if (event.key === 'k' || (inTable && event.key === 'ArrowUp')) {
      event.preventDefault();
      move(-1);
    } else if (event.key === 'x' && count > 0) {
      toggle(current);
    } else if (event.key === 'Escape') {
      clearSelection();
    }
  });
  useEffect(() => {
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  /** Enter on a focused row opens it (Enter on its link still follows the link). */
  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      open(index);
    }
  };
  return { active: current, setActive, onRowKeyDown };
}

/**
 * Whether the table is wider than its box. Only then does the box scroll sideways (and keep its
 * own sticky header); otherwise the page scrolls and the header sticks to the window.
 */
export function useOverflow() {
  const scroller = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const box = scroller.current;
    const table = box?.querySelector('table');
    if (!box || !table) return;
    const check = () => setOverflowing(table.scrollWidth > box.clientWidth + 1);
    const observer = new ResizeObserver(check);
    observer.observe(box);
    observer.observe(table);
    check();
    return () => observer.disconnect();
  }, []);
  return { scroller, overflowing };
}
