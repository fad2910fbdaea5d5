import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'
import {ruleCatalogue} from '../src/index.js'

/** The rule table of the README, generated from the catalogue. */
export function rulesTable(): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|')
  return [
    '| rule | default | what | why, and how to fix |',
    '| --- | --- | --- | --- |',
    ...ruleCatalogue.map(
      (r) =>
        `| \`${r.id}\` | ${r.defaultSeverity} | ${escape(r.description)} | ${escape(r.rationale)} |`
    )
  ].join('\n')
}

test('the README lists every rule of the catalogue', () => {
  const readme = readFileSync(
    path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md'),
    'utf8'
  )
  const block = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme)?.[1]
  expect(block, 'regenerate the table between the rules markers with rulesTable()').toBe(
    rulesTable()
  )
})
