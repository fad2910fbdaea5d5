import {stringify} from 'yaml'
import {recordChecksum} from './record-checksum.js'
import type {ResponseRecord} from './response-record.js'

/**
 * The text of a response record file (`responses/<id>.md`): YAML
 * frontmatter with its checksum, then the response as sent (or, for an
 * example, as made). Keys come in
 * schema order and long lines are never folded, so the file reads well in
 * a diff and parses back to exactly the same data.
 *
 * @param data the record's fields without `checksum`
 * @param body the response as sent (Markdown)
 * @returns the file's text and the checksum it carries
 */
export function serialiseResponseRecord(
  data: Omit<ResponseRecord, 'checksum'>,
  body: string
): {text: string; checksum: string} {
  const checksum = recordChecksum(data, body)
  const ordered: Record<string, unknown> = {}
  const keys = [
    'consultation',
    'title',
    'ministry',
    'url',
    'closes',
    'organisation',
    'contact_role',
    'themes',
    'sent',
    'made',
    'example',
    'answers'
  ] as const
  for (const key of keys) if (data[key] !== undefined) ordered[key] = data[key]
  ordered.checksum = checksum
  const yaml = stringify(ordered, {lineWidth: 0, minContentWidth: 0, blockQuote: 'literal'})
  const header =
    (data.example === true
      ? '# Vastgelegd door `opendeuren consultation submit --voorbeeld`: een voorbeeld, niet verstuurd.\n'
      : '# Vastgelegd door `opendeuren consultation submit`: de reactie zoals verstuurd.\n') +
    '# Niet met de hand wijzigen; de controlesom (checksum) bewaakt de tekst.\n'
  return {text: `---\n${header}${yaml}---\n${body.replace(/\r\n/g, '\n').trim()}\n`, checksum}
}
