import type {VocabularyEntry} from '@opendeuren/content-model'
import type {Io} from './io.js'

/**
 * Ask for a text until one is given.
 *
 * @param io the terminal
 * @param question Dutch question
 */
export async function askText(io: Io, question: string): Promise<string> {
  for (;;) {
    const answer = (await io.ask(`${question}: `)).trim()
    if (answer) return answer
    io.err('Vul iets in.\n')
  }
}

/**
 * Offer vocabulary entries by number and ask for one or more.
 *
 * @param io the terminal
 * @param question Dutch question
 * @param entries what may be chosen
 * @param max how many at most
 */
export async function askChoice(
  io: Io,
  question: string,
  entries: readonly VocabularyEntry[],
  max = Infinity
): Promise<string[]> {
  io.out(`${question}\n`)
  entries.forEach((entry, index) =>
    io.out(`  ${String(index + 1).padStart(2)}. ${entry.label} (${entry.id})\n`)
  )
  for (;;) {
    const answer = await io.ask(
      `Kies nummers of ids, gescheiden door komma's${Number.isFinite(max) ? ` (hoogstens ${max})` : ''}: `
    )
    const picks = answer.split(/[\s,]+/).filter(Boolean)
    const ids: string[] = []
    let wrong: string | undefined
    for (const pick of picks) {
      const byNumber = /^\d+$/.test(pick) ? entries[Number(pick) - 1] : undefined
      const entry = byNumber ?? entries.find((e) => e.id === pick)
      if (!entry) {
        wrong = pick
        break
      }
      if (!ids.includes(entry.id)) ids.push(entry.id)
    }
    if (wrong) io.err(`\`${wrong}\` staat niet in de lijst.\n`)
    else if (ids.length === 0) io.err('Kies er minstens één.\n')
    else if (ids.length > max) io.err(`Kies er hoogstens ${max}.\n`)
    else return ids
  }
}
