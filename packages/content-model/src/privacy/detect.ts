import {ibanLengths, passesElfproef, passesMod97} from './checksums.js'
import {maskBsn, maskEmail, maskIban, maskPhone} from './mask.js'
import {normaliseForDetection, originalSpan} from './normalise.js'

/** A personal data item found in text; `value` is already masked. */
export interface PersonalDataFinding {
  ruleId: 'privacy/bsn' | 'privacy/email' | 'privacy/phone' | 'privacy/iban'
  start: number
  end: number
  masked: string
  /** For a BSN: the word (BSN, burgerservicenummer, ...) near it. */
  context?: string
}

/** A finding with the value it stands for, in one canonical form (for comparing with allowed values; never shown). */
export interface ValuedFinding extends PersonalDataFinding {
  /** `0612345678`, `jan@example.nl`, `NL91ABNA0417164300`, `313131004`. */
  value: string
}

// Every pattern starts only where a token starts (lookbehind) and repeats a
// bounded or unambiguous unit, so a scan is linear in the length of the text.
// Between the digits of a phone number: nothing, a space, or a hyphen, en dash
// or dot with a space on either side or none (`010 - 123 45 67`, `06.12.34.56.78`).
const phoneSeparator = '(?: ?[-\u2013.] ?| )?'
const phonePattern = new RegExp(
  '(?<![\\w+@/.,-])(?:' +
    `(?:\\+|00)31${phoneSeparator}(?:\\(0\\)${phoneSeparator})?[1-9](?:${phoneSeparator}\\d){8}` +
    `|\\(0\\d{1,3}\\)${phoneSeparator}\\d(?:${phoneSeparator}\\d){4,7}` +
    `|0[1-9](?:${phoneSeparator}\\d){8}` +
    ')(?![\\w@]|[.,:/-]\\d)',
  'g'
)
const bsnPattern =
  /(?<![\w.,+@/-])(?:\d{9}|\d{4}[. -]\d{2}[. -]\d{3}|\d{3}([. -])\d{3}\1\d{3})(?![\w@]|[.,:/-]\d)/g
const bsnWords = /\b(bsn|burgerservicenummer|burger-servicenummer|sofinummer|sofi-nummer)\b/gi

/** A BSN word at most 40 characters before (with no other number in between) or 20 after the number. */
function nearWord(text: string, start: number, end: number): RegExpExecArray | undefined {
  const before = text.slice(Math.max(0, start - 40), start)
  const words = [...before.matchAll(bsnWords)]
  const last = words[words.length - 1]
  if (last && !/\d/.test(before.slice(last.index + last[0].length))) return last
  const after = text.slice(end, end + 20)
  for (const match of after.matchAll(bsnWords))
    if (!/\d/.test(after.slice(0, match.index))) return match
  return undefined
}
const emailPattern = /(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g
const ibanPattern = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){10,30}/g
const urlPattern = /\b(?:https?|ftp):\/\/[^\s<>"'`)\]]*|\bwww\.[^\s<>"'`)\]]*/gi
const datePattern = /^\d{2} ?[-./] ?\d{2} ?[-./] ?\d{4}/

const emailInUrl = /[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g

/** Blank out web addresses (keeping offsets): numbers in them are ids, not personal data; an e-mail address in them (`?contact=...`) stays. */
function withoutUrls(text: string): string {
  return text.replace(urlPattern, (url) => {
    const kept = Array.from({length: url.length}, () => ' ')
    for (const match of url.matchAll(emailInUrl))
      for (let i = 0; i < match[0].length; i++) kept[match.index + i] = match[0][i]!
    return kept.join('')
  })
}

function phoneKeep(written: string): number {
  const international = /^(\+31|0031)[ -]?(\(0\)[ -]?)?(\d+)/.exec(written)
  if (international) {
    const prefixDigits = international[1]!.replace(/\D/g, '').length + (international[2] ? 1 : 0)
    const group = international[3]!
    return prefixDigits + (group.length <= 3 ? group.length : 1)
  }
  const area = /^\(?(\d+)/.exec(written)![1]!
  return area.length <= 4 && area.length < 10 ? area.length : 2
}

function findPhones(text: string, found: ValuedFinding[]): void {
  for (const match of text.matchAll(phonePattern)) {
    const written = match[0]
    const digits = written.replace(/\D/g, '')
    const national = digits.startsWith('0031')
      ? digits.slice(4)
      : digits.startsWith('31')
        ? digits.slice(2)
        : digits.slice(1)
    if (national.replace(/^0/, '').length !== 9 || datePattern.test(written)) continue
    found.push({
      ruleId: 'privacy/phone',
      start: match.index,
      end: match.index + written.length,
      masked: maskPhone(written, phoneKeep(written)),
      value: `0${national.replace(/^0/, '')}`
    })
  }
}

function findBsns(text: string, found: ValuedFinding[]): void {
  for (const match of text.matchAll(bsnPattern)) {
    const digits = match[0].replace(/\D/g, '')
    if (!passesElfproef(digits)) continue
    const start = match.index
    const end = start + match[0].length
    const near = nearWord(text, start, end)
    // Three groups of three with dots is how amounts are written: only a BSN when the word is there.
    if (match[1] === '.' && !near) continue
    const finding: ValuedFinding = {
      ruleId: 'privacy/bsn',
      start,
      end,
      masked: maskBsn(digits),
      value: digits
    }
    if (near) finding.context = near[1]!
    found.push(finding)
  }
}

function isAllowed(address: string, allowList: readonly string[]): boolean {
  const lower = address.toLowerCase()
  const domain = lower.slice(lower.lastIndexOf('@') + 1)
  return allowList.some((allowed) => allowed === lower || allowed === `*@${domain}`)
}

function findEmails(text: string, allowList: readonly string[], found: ValuedFinding[]): void {
  for (const match of text.matchAll(emailPattern)) {
    const address = match[0].replace(/^[.]+/, '')
    if (!/\.[a-z]{2,}$/i.test(address) || isAllowed(address, allowList)) continue
    found.push({
      ruleId: 'privacy/email',
      start: match.index,
      end: match.index + match[0].length,
      masked: maskEmail(address),
      value: address.toLowerCase()
    })
  }
}

function findIbans(text: string, found: ValuedFinding[]): void {
  const pattern = new RegExp(ibanPattern.source, 'g')
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // The pattern may run on into the next words; go on right after what was used.
    pattern.lastIndex = match.index + 4
    const country = match[0].slice(0, 2).toUpperCase()
    const wanted = ibanLengths[country]
    let compact = ''
    let end = match.index
    for (const char of match[0]) {
      end++
      if (char === ' ') continue
      compact += char
      if (compact.length === wanted) break
    }
    if (wanted !== undefined && compact.length !== wanted) continue
    if (/[A-Za-z0-9]/.test(text[end] ?? '')) continue
    if (country === 'NL' && !/^NL\d{2}[A-Z]{4}\d{10}$/i.test(compact)) continue
    if (!passesMod97(compact)) continue
    found.push({
      ruleId: 'privacy/iban',
      start: match.index,
      end,
      masked: maskIban(compact),
      value: compact.toUpperCase()
    })
    pattern.lastIndex = end
  }
}

/**
 * Find BSNs, e-mail addresses, Dutch phone numbers and IBANs in a text, with
 * the value each stands for. The text is read as a reader sees it first
 * (`normaliseForDetection`: no invisible characters, entities, markup or
 * odd dashes and digits in between); offsets are in the original text. Web
 * addresses are skipped, except for e-mail addresses in them.
 *
 * @param text the text to scan
 * @param emailAllowList role addresses that may appear (`*@domain` for a domain)
 */
export function detectPersonalValues(
  text: string,
  emailAllowList: readonly string[]
): ValuedFinding[] {
  const normalised = normaliseForDetection(text)
  const scanned = withoutUrls(normalised.text)
  // Most specific first: the digits of an IBAN are no phone number.
  const found: ValuedFinding[] = []
  if (/[A-Za-z]{2}\d\d/.test(scanned)) findIbans(scanned, found)
  if (scanned.includes('@')) findEmails(scanned, emailAllowList, found)
  findBsns(scanned, found)
  findPhones(scanned, found)
  const kept: ValuedFinding[] = []
  for (const finding of found) {
    if (kept.some((other) => finding.start < other.end && other.start < finding.end)) continue
    kept.push(finding)
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map((finding) => ({...finding, ...originalSpan(normalised, finding.start, finding.end)}))
}

/**
 * Find BSNs, e-mail addresses, Dutch phone numbers and IBANs in a text,
 * however they are spelled (see {@link detectPersonalValues}). Values come
 * back masked, never in full; offsets are in the original text.
 *
 * @param text the text to scan
 * @param emailAllowList role addresses that may appear (`*@domain` for a domain)
 */
export function detectPersonalData(
  text: string,
  emailAllowList: readonly string[]
): PersonalDataFinding[] {
  return detectPersonalValues(text, emailAllowList).map(({value: _value, ...finding}) => finding)
}
