import {detectPersonalData, type PersonalDataFinding} from './detect.js'

/** A text that is about to become public, named by where it goes (`response.md`, `answers/q1.txt`). */
export interface PublicText {
  name: string
  text: string
  /** How the text is written, when it is rendered as a page: then it is checked for unsafe HTML too (`findUnsafeHtml`). */
  format?: 'markdown' | 'html'
}

/** Personal data found in a public text: the finding (masked) and the text it is in. */
export interface PublicLeak {
  name: string
  finding: PersonalDataFinding
}

/**
 * The privacy gate of public output: every BSN next to its word, e-mail
 * address (outside the allow list), Dutch phone number and IBAN in texts that
 * are about to be published. It does not read the lint configuration: a
 * writer may switch a privacy rule off for a draft, but personal data never
 * reaches public output. Elfproef numbers without the word BSN are left to
 * the linter's warning, as amounts and case numbers pass the elfproef too.
 *
 * @param texts the public texts
 * @param emailAllowList role addresses that may be published (`*@domain` for a domain)
 * @returns one leak per finding, in the order of the texts
 */
export function findPublicLeaks(
  texts: readonly PublicText[],
  emailAllowList: readonly string[]
): PublicLeak[] {
  const leaks: PublicLeak[] = []
  for (const {name, text} of texts) {
    for (const finding of detectPersonalData(text, emailAllowList)) {
      if (finding.ruleId === 'privacy/bsn' && finding.context === undefined) continue
      leaks.push({name, finding})
    }
  }
  return leaks
}
