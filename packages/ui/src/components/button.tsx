import type { ComponentProps } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'text';

export interface ButtonProps extends ComponentProps<'button'> {
  variant?: ButtonVariant;
  size?: 'medium' | 'small';
  /** Busy buttons stay focusable (aria-disabled) so a screen reader does not lose its place. */
  busy?: boolean;
}

export function Button({ variant = 'primary', size = 'medium', busy = false, className, type = 'button', onClick, children, ...rest }: ButtonProps) {
  const classes = ['kasane-button', `kasane-button--${variant}`, size === 'small' ? 'kasane-button--small' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button
      {...rest}
      type={type}
      className={classes}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {children}
    </button>
  );
}
