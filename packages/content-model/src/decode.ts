import {problem, type Problem} from './problem.js'

/** Largest file the loader reads: a guide page is ~16 KB, so 1 MiB is surely a mistake. */
export const maxFileBytes = 1024 * 1024

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const byte = bytes[i]!
    let need: number
    let min: number
    if (byte < 0x80) {
      i++
      continue
    } else if (byte >= 0xc2 && byte <= 0xdf) {
      need = 1
      min = 0x80
    } else if (byte >= 0xe0 && byte <= 0xef) {
      need = 2
      min = 0x800
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      need = 3
      min = 0x10000
    } else return i
    let code = byte & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07)
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return i
      code = (code << 6) | (next & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

function positionOf(bytes: Uint8Array, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  // Column in characters: count the UTF-8 lead bytes since the line start.
  let column = 1
  for (let i = lineStart; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++
  return {line, column}
}

const decoder = new TextDecoder('utf-8')

/**
 * Whether the bytes are UTF-16 text (what Windows Notepad and Word call
 * "Unicode"): a byte order mark, or, without one, a zero in every other byte
 * of mostly Latin text.
 */
function utf16Order(sample: Uint8Array): 'little-endian' | 'big-endian' | undefined {
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'little-endian'
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'big-endian'
  const pairs = Math.floor(sample.length / 2)
  if (pairs < 2) return undefined
  let low = 0
  let high = 0
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] !== 0 && sample[i + 1] === 0) low++
    if (sample[i] === 0 && sample[i + 1] !== 0) high++
  }
  if (low >= pairs * 0.9) return 'little-endian'
  if (high >= pairs * 0.9) return 'big-endian'
  return undefined
}

/**
 * Decode a content file, refusing what cannot be content: too large, empty,
 * binary or not UTF-8.
 *
 * @param file path relative to the content root
 * @param bytes the file's bytes
 */
export function decodeContent(
  file: string,
  bytes: Uint8Array
): {text?: string; problems: Problem[]} {
  if (bytes.length > maxFileBytes) {
    const size = (bytes.length / (1024 * 1024)).toFixed(1).replace('.', ',')
    return {
      problems: [
        problem(
          'file/too-large',
          file,
          {line: 1, column: 1},
          `Het bestand is ${size} MB; de grens is 1 MB.`,
          'Een pagina van deze omvang is te lang om te lezen. Splits de tekst over meer pagina’s, of controleer of dit het juiste bestand is.'
        )
      ]
    }
  }
  const sample = bytes.subarray(0, 8000)
  if (utf16Order(sample)) {
    return {
      problems: [
        problem(
          'file/encoding',
          file,
          {line: 1, column: 1},
          'Het bestand is opgeslagen als UTF-16 (in sommige editors heet dat "Unicode"), niet als UTF-8.',
          'Sla het bestand op met de codering UTF-8 (in de meeste editors: Opslaan als, codering UTF-8).'
        )
      ]
    }
  }
  if (sample.includes(0)) {
    return {
      problems: [
        problem(
          'file/binary',
          file,
          {line: 1, column: 1},
          'Het bestand is geen tekst maar een binair bestand.',
          'Sla de tekst op als Markdown (platte tekst, UTF-8). Zet afbeeldingen en andere bestanden niet met de extensie `.md` of `.yml` in de map.'
        )
      ]
    }
  }
  const invalid = firstInvalidUtf8(bytes)
  if (invalid !== -1) {
    return {
      problems: [
        problem(
          'file/encoding',
          file,
          positionOf(bytes, invalid),
          'Het bestand bevat tekens die geen geldige UTF-8 zijn.',
          'Sla het bestand op met de codering UTF-8 (in de meeste editors: Opslaan als, codering UTF-8).'
        )
      ]
    }
  }
  const text = decoder.decode(bytes)
  if (text.trim() === '') {
    return {
      problems: [
        problem(
          'file/empty',
          file,
          {line: 1, column: 1},
          'Het bestand is leeg.',
          'Vul het bestand, of verwijder het. Met `opendeuren new` maakt u een geldig begin.'
        )
      ]
    }
  }
  return {text, problems: []}
}
