const combiningMarks = /[\u0300-\u036f]/g

/**
 * Lower-case Dutch text and strip diacritics (`reïntegratie` →
 * `reintegratie`, `coördinator` → `coordinator`, `ĳ` → `ij`). Search, file
 * names and feed matching all compare words in this form.
 *
 * @param text any text
 * @returns the folded text, with the same word boundaries
 */
export function foldDutch(text: string): string {
  // Most words are plain ASCII: skip the costly Unicode decomposition for them.
  if (!/[\u0080-\uffff]/.test(text)) return text.toLowerCase()
  return text
    .normalize('NFD')
    .replace(combiningMarks, '')
    .toLowerCase()
    .replace(/ĳ/g, 'ij')
    .replace(/ß/g, 'ss')
}
