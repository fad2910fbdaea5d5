/** Maps offsets in a text to 1-based lines and columns (binary search over line starts). */
export interface LineIndex {
  position(offset: number): {line: number; column: number}
}

/**
 * Index the line starts of a text.
 *
 * @param text the text (with `\n` line ends)
 * @param firstLine the line number of the text's first line
 */
export function lineIndex(text: string, firstLine = 1): LineIndex {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1)
  return {
    position(offset) {
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if (starts[middle]! <= offset) low = middle
        else high = middle - 1
      }
      return {line: low + firstLine, column: offset - starts[low]! + 1}
    }
  }
}

/** Strip a byte order mark and Windows line ends, as the content model does: lines and columns stay the same. */
export function normalizeText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n/g, '\n')
}
