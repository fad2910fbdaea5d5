/**
 * Prefix every non-empty line of `text`: `first` on the first line, `prefix`
 * on the others (a list marker, then the indent of its continuation lines).
 *
 * @param text the lines
 * @param prefix what goes before every line but the first
 * @param first what goes before the first line
 */
export function indent(text, prefix, first = prefix) {
  return text
    .split('\n')
    .map((line, index) => (line === '' ? line : (index === 0 ? first : prefix) + line))
    .join('\n')
}
