const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The words of a chat message: Teams may send HTML (formatting, @mentions, entities); links are
 * not words either. Used on everything the bot reads, by the Teams edge and by understand().
 */
export function plainText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/giu, ' ')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/giu, ' ')
    .replace(/<\/?[a-z][^>]*>/giu, ' ')
    .replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]+);/giu, decodeEntity)
    .replace(/https?:\/\/\S+/giu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function decodeEntity(whole: string, name: string): string {
  const lower = name.toLowerCase();
  if (lower.startsWith('#')) {
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  }
  return ENTITIES[lower] ?? whole;
}

