/** Addresses in a text that start with `origin` (the portal's own links), and the text around them. */
export function splitLinks(text: string, origin: string): Array<{ text: string; href?: string }> {
  const parts: Array<{ text: string; href?: string }> = [];
  const pattern = /https?:\/\/[^\s<>"]+/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const url = match[0].replace(/[.,;:)]+$/, '');
    if (!url.startsWith(`${origin}/`)) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: url, href: url });
    last = match.index + url.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/**
 * A plain text (an e-mail as the outbox keeps it) with the portal's own addresses as real links.
 * Other addresses stay text: a name or a summary typed by someone cannot become a link here.
 */
export function LinkedText({ text, origin }: { text: string; origin: string }) {
  return splitLinks(text, origin).map((part, index) =>
    part.href ? (
      <a key={index} href={part.href} className="text-brand-800 underline underline-offset-2">
        {part.text}
      </a>
    ) : (
      part.text
    ),
  );
}
