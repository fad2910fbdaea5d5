import type {Problem} from '@opendeuren/content-model'
import type {FormattableRun} from '../../src/format/types.js'

/** The working directory the hand-made runs pretend to be in. */
export const cwd = '/werk/project'

export const gesprekSource = `---
title: Het gesprek
themes: [psychische-gezondhied]
---

Lees ook [de checklist](./checklist.md).

Bel 06-12345678 voor hulp.
`

const theme: Problem = {
  ruleId: 'ref/theme',
  file: 'guides/werk/gesprek.md',
  line: 3,
  column: 10,
  endLine: 3,
  endColumn: 31,
  message: 'Onbekend thema `psychische-gezondhied`.',
  hint: 'Bedoelt u `psychische-gezondheid`?',
  severity: 'error'
}

const link: Problem = {
  ruleId: 'links/file-missing',
  file: 'guides/werk/gesprek.md',
  line: 6,
  column: 10,
  endLine: 6,
  endColumn: 40,
  message: 'De link verwijst naar `./checklist.md`, maar dat bestand bestaat niet.',
  severity: 'error'
}

const phone: Problem = {
  ruleId: 'privacy/phone',
  file: 'guides/werk/gesprek.md',
  line: 8,
  column: 5,
  endLine: 8,
  endColumn: 16,
  message: 'Een telefoonnummer in de tekst.',
  hint: 'Haal het nummer weg.',
  severity: 'warning'
}

/** Three problems in one guide page, and a signal without problems. */
export function sampleRun(): FormattableRun {
  return {
    results: [
      {
        file: 'guides/werk/gesprek.md',
        filePath: `${cwd}/content/guides/werk/gesprek.md`,
        problems: [theme, link, phone],
        source: gesprekSource
      },
      {
        file: 'signals/2024/sig-2024-001.md',
        filePath: `${cwd}/content/signals/2024/sig-2024-001.md`,
        problems: []
      }
    ],
    errorCount: 2,
    warningCount: 1
  }
}

/** No problems at all. */
export function cleanRun(): FormattableRun {
  return {
    results: [
      {
        file: 'signals/2024/sig-2024-001.md',
        filePath: `${cwd}/content/signals/2024/sig-2024-001.md`,
        problems: []
      }
    ],
    errorCount: 0,
    warningCount: 0
  }
}
