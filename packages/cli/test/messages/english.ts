/**
 * Words of libraries and runtimes (and programming leftovers) that must not
 * reach the people who read Open Deuren's messages: network staff and policy
 * advisers read Dutch.
 */
export const englishWords = [
  'Error',
  'undefined',
  'null',
  'NaN',
  '[object',
  'Expected',
  'Unexpected',
  'Cannot',
  'failed',
  'stack',
  'Invalid',
  'must be',
  'at line',
  'Unsupported',
  'exports',
  'permission denied',
  'no such file'
]

const errno = /\bE[A-Z]{3,}\b/

/**
 * Tokens that may stand in a Dutch message although they look like code:
 * option names, rule ids, file names and field names are English on purpose.
 * Each is removed before the words above are looked for. Keep this list short.
 */
export const allowed: RegExp[] = [
  // Rule ids such as `file/unreadable` and option names such as `--max-warnings`.
  /`[a-z0-9-]+\/[a-z0-9-]+`/g,
  /--[a-z-]+/g,
  // Markup quoted in code marks, such as `<!ENTITY … SYSTEM …>` in the feed's messages.
  /`<[^`]*>`/g,
  // OPENDEUREN_DEBUG and the other environment variables.
  /\bOPENDEUREN_[A-Z]+\b/g
]

/**
 * The English words in a message (after the allowed tokens are taken out).
 *
 * @param message a Dutch message as printed
 */
export function englishIn(message: string): string[] {
  const text = allowed.reduce((current, pattern) => current.replace(pattern, ' '), message)
  const found = englishWords.filter((word) =>
    new RegExp(`(^|[^A-Za-z])${word.replace(/[[\]]/g, '\\$&')}([^A-Za-z]|$)`).test(text)
  )
  const code = errno.exec(text)
  return code ? [...found, code[0]] : found
}
