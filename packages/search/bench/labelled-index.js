// The real content's index and the labelled sets (test/questions.json,
// test/queries.json), as the question benchmark and bench/tuned-misses.js
// read them.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadContent} from '@opendeuren/content-model'
import {SearchIndex, buildSearchIndex} from '../dist/index.js'
import {searchInput} from '../dist/node.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const contentDir = path.resolve(here, '../../../content')

/** The labelled full-sentence questions. */
export const questions = JSON.parse(readFileSync(path.join(here, '../test/questions.json'), 'utf8'))
/** The labelled keyword queries. */
export const keywords = JSON.parse(readFileSync(path.join(here, '../test/queries.json'), 'utf8'))

/** The published pages of content/ and the index over them, text terms and passages loaded. */
export async function loadLabelledIndex() {
  const {pages, vocabulary} = searchInput(await loadContent(contentDir, {signals: false}))
  const built = buildSearchIndex(pages, vocabulary)
  const index = new SearchIndex(built.core, built.shards)
  index.addTextTerms(built.terms)
  return {pages, index}
}
