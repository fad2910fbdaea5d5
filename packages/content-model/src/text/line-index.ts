/** Maps offsets in a text to 1-based lines and columns (binary search over line starts). */
export interface LineIndex {
  /** The offset at which each line starts (the first is 0). */
  starts: readonly number[]
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
    starts,
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
