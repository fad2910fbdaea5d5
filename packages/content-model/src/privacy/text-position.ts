/**
 * 1-based line and column of an offset in a text.
 *
 * @param text the text
 * @param offset a UTF-16 offset in it
 */
export function positionOf(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return {line: before.split('\n').length, column: offset - lineStart + 1}
}
