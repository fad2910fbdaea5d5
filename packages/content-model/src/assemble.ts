import {crossCheck} from './cross-check.js'
import type {Collections, VocabularyPositions} from './entries.js'
import type {ParsedFile} from './parse-content-file.js'
import {compareProblems, problem, type Problem} from './problem.js'
import type {SentEvidence} from './sent-evidence.js'
import {vocabularyFiles, type Vocabulary} from './vocabulary.js'

/** Where each kind of Markdown entry is collected. */
const collectionOf = {
  'guide-page': 'guides',
  signal: 'signals',
  consultation: 'consultations',
  'response-record': 'responses'
} as const

/**
 * Collect parsed files into collections and run the cross-file checks.
 *
 * @param root absolute content root
 * @param parsedFiles every content file with its parse result
 * @param signalsDir where the signals were read from; `undefined` when they were not (checks that need them are skipped)
 * @param sent what sent responses rest on (`readSentEvidence`), with the problems of reading it
 * @param exampleSignalIds ids of the example signals in the content's own `signals/` when signals are read from elsewhere
 */
export function assembleCollections(
  root: string,
  parsedFiles: ReadonlyArray<{file: string; parsed: ParsedFile}>,
  signalsDir: string | undefined,
  sent: {evidence: Record<string, SentEvidence>; problems: Problem[]} = {
    evidence: {},
    problems: []
  },
  exampleSignalIds?: string[]
): Collections {
  const vocabulary: Vocabulary = {themes: [], audiences: [], instruments: [], synonyms: []}
  const vocabularyPositions: VocabularyPositions = {}
  const collections: Collections = {
    root,
    vocabulary,
    vocabularyPositions,
    guides: [],
    signals: [],
    consultations: [],
    facts: [],
    responses: [],
    signalsDir,
    sentEvidence: sent.evidence,
    ...(exampleSignalIds ? {exampleSignalIds} : {}),
    rejected: [],
    problems: [...sent.problems]
  }
  const seenLists = new Set<keyof Vocabulary>()
  for (const {file, parsed} of parsedFiles) {
    collections.problems.push(...parsed.problems)
    switch (parsed.kind) {
      case 'guide-page':
      case 'signal':
      case 'consultation':
      case 'response-record':
        if (parsed.entry)
          (collections[collectionOf[parsed.kind]] as Array<typeof parsed.entry>).push(parsed.entry)
        else
          collections.rejected.push(
            parsed.raw ? {file, kind: parsed.kind, raw: parsed.raw} : {file, kind: parsed.kind}
          )
        break
      case 'vocabulary':
        seenLists.add(parsed.list)
        if (parsed.entries)
          (vocabulary as unknown as Record<string, unknown>)[parsed.list] = parsed.entries
        else collections.rejected.push({file, kind: 'vocabulary'})
        vocabularyPositions[parsed.list] = parsed.positions
        break
      case 'facts':
        collections.facts.push(...parsed.facts)
        for (const raw of parsed.rejected) collections.rejected.push({file, kind: 'facts', raw})
        break
      case 'misplaced':
        if (parsed.contentKind) collections.rejected.push({file, kind: parsed.contentKind})
        break
      default:
        break
    }
  }
  for (const [list, name] of Object.entries(vocabularyFiles)) {
    if (seenLists.has(list as keyof Vocabulary)) continue
    collections.problems.push(
      problem(
        'file/missing',
        `vocabulary/${name}`,
        {line: 1, column: 1},
        `De woordenlijst \`vocabulary/${name}\` ontbreekt.`,
        'Zonder woordenlijst kunnen thema’s, doelgroepen en instrumenten niet worden gecontroleerd. Zet het bestand terug uit git.'
      )
    )
  }
  collections.problems.push(...crossCheck(collections))
  collections.problems.sort(compareProblems)
  return collections
}
