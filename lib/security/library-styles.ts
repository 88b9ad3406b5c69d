/**
 * Inline styles that libraries add to the page themselves, allowed by their hash in the content
 * security policy (they carry no nonce). sonner, the toasts, adds one <style> element when it loads:
 * first empty, then with its stylesheet. tests/unit/library-styles.test.ts recomputes these hashes
 * from the installed package, so an upgrade that changes the stylesheet fails the tests, not the page.
 */
export const LIBRARY_STYLE_HASHES = [
  // The empty <style> element, before its text is added.
  'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
  // sonner 2.0.x's stylesheet.
  'sha256-StEaX+se6YS7pqjzrzMIA0KaX9zF/8zAhvQXZAe5epY=',
] as const;
