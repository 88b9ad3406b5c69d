import type { ButtonHTMLAttributes } from 'react';
import { cx } from './cx';
import { buttonLook, type ButtonSize, type ButtonVariant } from './button-look';

/** Button look for links and buttons alike (links to actions should look like buttons); `extra` may override it. */
export function buttonClasses(variant: ButtonVariant = 'primary', size: ButtonSize = 'md', extra?: string): string {
  return extra ? cx(buttonLook(variant, size), extra) : buttonLook(variant, size);
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows the pending label and disables the button while a form is submitting. */
  pending?: boolean;
  pendingLabel?: string;
}

export function Button({ variant, size, pending, pendingLabel, className, children, disabled, type, ...rest }: ButtonProps) {
  return (
    <button
      type={type ?? 'button'}
      className={buttonClasses(variant, size, className)}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      {...rest}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
