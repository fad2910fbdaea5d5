// The line index is the content model's (its YAML reader uses it too).
export {lineIndex, type LineIndex} from '@opendeuren/content-model/text'

/** Strip a byte order mark and Windows line ends, as the content model does: lines and columns stay the same. */
export function normalizeText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n/g, '\n')
}
