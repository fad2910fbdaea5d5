import type {Collections, Entry} from './entries.js'
import {locate, type PositionMap} from './positions.js'
import {compareProblems, problem, type Problem} from './problem.js'
import {checkFacts} from './cross-check-facts.js'
import {checkResponseRecords} from './cross-check-records.js'
import {closest} from './text/distance.js'
import type {VocabularyKind} from './vocabulary.js'

type CheckInput = Omit<Collections, 'problems' | 'root'>

const vocabularyLabels: Record<
  VocabularyKind,
  {one: string; unknown: string; rule: string; file: string}
> = {
  themes: {
    one: 'thema',
    unknown: 'Onbekend thema',
    rule: 'ref/theme',
    file: 'vocabulary/themes.yml'
  },
  audiences: {
    one: 'doelgroep',
    unknown: 'Onbekende doelgroep',
    rule: 'ref/audience',
    file: 'vocabulary/audiences.yml'
  },
  instruments: {
    one: 'instrument',
    unknown: 'Onbekend instrument',
    rule: 'ref/instrument',
    file: 'vocabulary/instruments.yml'
  }
}

function span(positions: PositionMap, path: Array<string | number>) {
  return locate(positions, path, {line: 1, column: 1})
}

/**
 * The second phase of validation: checks across all files. Ids are unique,
 * file names match ids, and every reference resolves (vocabulary ids,
 * `related` pages, `include`/`exclude` signals, `:feit[<id>]` citations),
 * with a suggestion for near misses.
 *
 * @param content the collections of the first phase
 * @returns problems, sorted
 */
export function crossCheck(content: CheckInput): Problem[] {
  const problems: Problem[] = []
  const known = {
    themes: new Set(content.vocabulary.themes.map((t) => t.id)),
    audiences: new Set(content.vocabulary.audiences.map((t) => t.id)),
    instruments: new Set(content.vocabulary.instruments.map((t) => t.id))
  }

  const checkVocabulary = (
    entry: Pick<Entry, 'file' | 'positions'>,
    kind: VocabularyKind,
    ids: readonly string[],
    path: Array<string | number>
  ) => {
    // Without a readable vocabulary every id would be reported; the vocabulary's own problems say enough.
    if (known[kind].size === 0) return
    const label = vocabularyLabels[kind]
    // A loop, no callback: this runs for every signal and page.
    for (let index = 0; index < ids.length; index++) {
      const id = ids[index]!
      if (known[kind].has(id)) continue
      const suggestion = closest(id, known[kind])
      problems.push(
        problem(
          label.rule,
          entry.file,
          span(entry.positions, [...path, index]),
          `${label.unknown} \`${id}\`.`,
          suggestion
            ? `Bedoelde u \`${suggestion}\`?`
            : `Kies een id uit \`${label.file}\`, of voeg de ${label.one} daar eerst toe.`
        )
      )
    }
  }

  // Files that failed their schema: still check the vocabulary ids they use, so
  // a writer sees every problem at once.
  for (const rejected of content.rejected) {
    if (!rejected.raw) continue
    const {data} = rejected.raw
    const entry = {file: rejected.file, positions: rejected.raw.positions}
    const lists: Array<[VocabularyKind, unknown, Array<string | number>]> = [
      [`themes`, data.themes, ['themes']]
    ]
    if (rejected.kind === 'guide-page') lists.push(['audiences', data.audiences, ['audiences']])
    if (rejected.kind === 'signal') lists.push(['instruments', data.instruments, ['instruments']])
    if (rejected.kind === 'consultation') lists.length = 0
    for (const [kind, value, path] of lists) {
      if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        checkVocabulary(entry, kind, value, path)
    }
  }

  // Vocabulary: ids unique per list.
  for (const kind of ['themes', 'audiences', 'instruments'] as const) {
    const where = content.vocabularyPositions[kind]
    const seen = new Map<string, number>()
    content.vocabulary[kind].forEach((item, index) => {
      const first = seen.get(item.id)
      if (first !== undefined && where) {
        problems.push(
          problem(
            'id/duplicate',
            where.file,
            span(where.positions, [index, 'id']),
            `De id \`${item.id}\` komt twee keer voor (eerst in item ${first + 1}).`,
            'Geef elk item een eigen id.'
          )
        )
      } else seen.set(item.id, index)
    })
  }

  // Guide pages. A page that failed its own checks still exists: a reference to
  // it is not reported again (its own problems say what is wrong, once).
  const rejectedPages = content.rejected
    .filter((r) => r.kind === 'guide-page')
    .map((r) => r.file.replace(/^guides\//, '').replace(/\.md$/i, ''))
  const guideFolders = new Map<string, string[]>()
  for (const [guide, slug] of [
    ...content.guides.map((page) => [page.guide, page.slug]),
    ...rejectedPages.map((p) => p.split('/'))
  ]) {
    if (guide === undefined || slug === undefined) continue
    const files = guideFolders.get(guide) ?? []
    files.push(slug)
    guideFolders.set(guide, files)
  }
  for (const [guide, slugs] of guideFolders) {
    if (!slugs.includes('index')) {
      const firstSlug = [...slugs].sort()[0]!
      problems.push(
        problem(
          'guide/index-missing',
          `guides/${guide}/${firstSlug}.md`,
          {line: 1, column: 1},
          `De gids \`${guide}\` heeft geen \`index.md\`.`,
          'Elke gids begint met een pagina `index.md` die uitlegt voor wie de gids is en wat erin staat. Maak die met `opendeuren new guide`.'
        )
      )
    }
  }
  const allPaths = content.guides.map((g) => g.path)
  const pathSet = new Set([...allPaths, ...rejectedPages])
  for (const page of content.guides) {
    checkVocabulary(page, 'themes', page.data.themes, ['themes'])
    checkVocabulary(page, 'audiences', page.data.audiences, ['audiences'])
    page.data.related?.forEach((target, index) => {
      if (pathSet.has(target)) return
      const suggestion = closest(target, allPaths)
      problems.push(
        problem(
          'ref/guide-page',
          page.file,
          span(page.positions, ['related', index]),
          `De gerelateerde pagina \`${target}\` bestaat niet.`,
          suggestion
            ? `Bedoelde u \`${suggestion}\`?`
            : 'Gebruik `<gids>/<pagina>` zoals in `content/guides/`, zonder `.md`.'
        )
      )
    })
  }

  // Signals.
  const signalIds = new Map<string, string>()
  for (const signal of content.signals) {
    const {id, date} = signal.data
    const other = signalIds.get(id)
    if (other) {
      problems.push(
        problem(
          'id/duplicate',
          signal.file,
          span(signal.positions, ['id']),
          `De signaal-id \`${id}\` wordt ook gebruikt in \`${other}\`.`,
          'Geef dit signaal het volgende vrije nummer; `opendeuren new signal` kiest het voor u.'
        )
      )
    } else signalIds.set(id, signal.file)
    // The signals directory may lie outside the content root: compare the part below it.
    const tail = `/${id.slice(4, 8)}/${id}.md`
    // (The folder is all but the last two parts: what `split('/').slice(0, -2).join('/')` gives, without the arrays.)
    const name = signal.file.lastIndexOf('/')
    const year = name > 0 ? signal.file.lastIndexOf('/', name - 1) : -1
    const folder = year === -1 ? '' : signal.file.slice(0, year)
    if (signal.file !== folder + tail) {
      const expectedFile = folder + tail
      problems.push(
        problem(
          'id/file-name',
          signal.file,
          span(signal.positions, ['id']),
          `De id \`${id}\` past niet bij de plek van het bestand; verwacht \`${expectedFile}\`.`,
          'Hernoem of verplaats het bestand, of pas de id aan.'
        )
      )
    }
    if (date.slice(0, 4) !== id.slice(4, 8)) {
      problems.push(
        problem(
          'id/file-name',
          signal.file,
          span(signal.positions, ['date']),
          `De datum \`${date}\` valt niet in het jaar van de id \`${id}\`.`,
          'Het jaar in de id is het jaar waarin het signaal binnenkwam.'
        )
      )
    }
    checkVocabulary(signal, 'themes', signal.data.themes, ['themes'])
    checkVocabulary(signal, 'instruments', signal.data.instruments, ['instruments'])
  }

  const rejectedSignals = new Set(
    content.rejected
      .filter((r) => r.kind === 'signal')
      .map((r) => /([^/]+)\.md$/i.exec(r.file)?.[1] ?? r.file)
  )

  // Consultations.
  const consultationIds = new Map<string, string>()
  const allSignalIds = [...signalIds.keys()]
  for (const consultation of content.consultations) {
    const {id, questions} = consultation.data
    // A network's own signals directory lacks the shipped example signals; an example still resolves against them.
    const exampleIds = consultation.data.example
      ? new Set(content.exampleSignalIds ?? [])
      : new Set<string>()
    const other = consultationIds.get(id)
    if (other) {
      problems.push(
        problem(
          'id/duplicate',
          consultation.file,
          span(consultation.positions, ['id']),
          `De consultatie-id \`${id}\` wordt ook gebruikt in \`${other}\`.`
        )
      )
    } else consultationIds.set(id, consultation.file)
    if (consultation.file !== `consultations/${id}.md`) {
      problems.push(
        problem(
          'id/file-name',
          consultation.file,
          span(consultation.positions, ['id']),
          `De id \`${id}\` past niet bij de bestandsnaam; verwacht \`consultations/${id}.md\`.`,
          'Hernoem het bestand of pas de id aan.'
        )
      )
    }
    const questionIds = new Set<string>()
    questions.forEach((question, q) => {
      if (questionIds.has(question.id)) {
        problems.push(
          problem(
            'id/duplicate',
            consultation.file,
            span(consultation.positions, ['questions', q, 'id']),
            `De vraag-id \`${question.id}\` komt twee keer voor.`,
            'Geef elke vraag een eigen id.'
          )
        )
      }
      questionIds.add(question.id)
      checkVocabulary(consultation, 'themes', question.themes, ['questions', q, 'themes'])
      // Without the signals at hand (the site build) their ids cannot be checked.
      if (content.signalsDir === undefined) return
      for (const list of ['include', 'exclude'] as const) {
        question[list]?.forEach((signalId, index) => {
          if (signalIds.has(signalId) || rejectedSignals.has(signalId) || exampleIds.has(signalId))
            return
          // Only an id of the same year is a likely typo; any other "closest" id is noise.
          const year = signalId.slice(0, 8)
          const suggestion = closest(
            signalId,
            allSignalIds.filter((other) => other.startsWith(year))
          )
          problems.push(
            problem(
              'ref/signal',
              consultation.file,
              span(consultation.positions, ['questions', q, list, index]),
              `Het signaal \`${signalId}\` in \`${list}\` bestaat niet.`,
              suggestion
                ? `Bedoelde u \`${suggestion}\`?`
                : 'Controleer de id in `content/signals/`.'
            )
          )
        })
      }
    })
  }
  // Facts: their themes here, ids and citations in `checkFacts`.
  for (const fact of content.facts) checkVocabulary(fact, 'themes', fact.data.themes, ['themes'])
  problems.push(...checkFacts(content))
  problems.push(...checkResponseRecords(content))
  return problems.sort(compareProblems)
}
