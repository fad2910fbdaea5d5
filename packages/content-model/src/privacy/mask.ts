/** `*****1234`: never print a found BSN. */
export function maskBsn(digits: string): string {
  return `*****${digits.slice(-4)}`
}

/** `j***@example.nl`: the first letter of the name and the domain. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@')
  return `${address.slice(0, 1)}***${address.slice(at)}`
}

/** `NL** **** **** **** 34`: the country and the last two characters, in groups of four. */
export function maskIban(compact: string): string {
  const upper = compact.toUpperCase()
  const masked = upper.slice(0, 2) + '*'.repeat(upper.length - 4) + upper.slice(-2)
  return masked.replace(/(.{4})(?=.)/g, '$1 ')
}

/**
 * `06-****5678`, `020-***4567`, `+31 6 ****5678`: the prefix (country code
 * and area or mobile code) and the last four digits, separators as written.
 *
 * @param written the number as found
 * @param keepLeading how many leading digits to show
 */
export function maskPhone(written: string, keepLeading: number): string {
  const total = written.replace(/\D/g, '').length
  let seen = 0
  let result = ''
  for (const char of written) {
    if (!/\d/.test(char)) {
      result += char
      continue
    }
    result += seen < keepLeading || seen >= total - 4 ? char : '*'
    seen++
  }
  return result
}
