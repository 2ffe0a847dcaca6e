// A toolbar button that opens a menu of commands: arrow keys move, Enter runs, Escape closes and returns focus.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  id: string;
  label: string;
  /** Shown after the label, e.g. "Ctrl+Alt+T". */
  keys?: string;
  disabled?: boolean;
  run(): void;
}

interface MenuButtonProps {
  label: string;
  /** The button's name when it differs from the menu's (a button showing text must include that text). */
  buttonLabel?: string;
  items: readonly MenuItem[];
  /** Content of the button (an icon or short text); the label names it for assistive technology. */
  children: ReactNode;
  /** Roving tabindex of the toolbar: -1 unless this is the toolbar's current stop. */
  tabIndex: number;
  disabled?: boolean;
  testId?: string;
  onFocus?(): void;
}

export function MenuButton({ label, buttonLabel, items, children, tabIndex, disabled, testId, onFocus }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target;
      if (target instanceof Node && !menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = entries.findIndex((entry) => entry === document.activeElement);
    const move = (to: number) => entries[(to + entries.length) % entries.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(entries.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const run = (item: MenuItem) => {
    if (item.disabled) return;
    setOpen(false);
    item.run();
  };

  return (
    <span className="menu-button">
      <button
        ref={buttonRef}
        type="button"
        className="editor-toolbar__button editor-toolbar__button--menu"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={buttonLabel ?? label}
        title={buttonLabel ?? label}
        tabIndex={tabIndex}
        disabled={disabled}
        data-testid={testId}
        data-toolbar-stop=""
        onFocus={onFocus}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {children}
      </button>
      {open ? (
        <ul ref={menuRef} id={menuId} className="menu" role="menu" aria-label={label} onKeyDown={onMenuKeyDown}>
          {items.map((item) => (
            <li
              key={item.id}
              role="menuitem"
              tabIndex={-1}
              className="menu__item"
              aria-disabled={item.disabled ? 'true' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => run(item)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  run(item);
                }
              }}
            >
              <span>{item.label}</span>
              {item.keys ? <kbd className="menu__keys">{item.keys}</kbd> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </span>
  );
}
