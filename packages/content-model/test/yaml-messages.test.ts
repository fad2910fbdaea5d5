import {describe, expect, test} from 'vitest'
import {parseContentFile} from '../src/index.js'

// The yaml package's English ("Excessive alias count…", "Flow sequence in
// block collection…") never reaches a writer: each error is Dutch, once, at its line.

const short = (file: string, text: string) =>
  parseContentFile(file, text).problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`)
const aliasBomb =
  'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n'

describe('YAML errors in Dutch', () => {
  test('an alias bomb in the frontmatter', () => {
    expect(short('signals/2020/sig-2020-001.md', `---\n${aliasBomb}---\n`)).toEqual([
      '2:1 frontmatter/yaml De frontmatter kan niet worden omgezet: er worden te veel aliassen (`*naam`) gebruikt.'
    ])
  })

  test('an alias bomb in a vocabulary list', () => {
    expect(
      short(
        'vocabulary/themes.yml',
        `- id: x\n  label: &a [x, x, x, x, x, x, x, x, x]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n  d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`
      )
    ).toEqual([
      '1:1 frontmatter/yaml De woordenlijst kan niet worden omgezet: er worden te veel aliassen (`*naam`) gebruikt.'
    ])
  })

  test('an alias to an anchor that does not exist', () => {
    expect(short('signals/2020/sig-2020-001.md', '---\ntitle: *nergens\n---\n')).toEqual([
      '2:1 frontmatter/yaml De frontmatter kan niet worden omgezet: een alias (`*naam`) verwijst naar een anker dat niet bestaat.'
    ])
  })

  test('a flow sequence in a block collection that is not indented', () => {
    expect(
      short('signals/2020/sig-2020-001.md', '---\nthemes: [regeldruk,\njobcoach]\n---\n')
    ).toEqual([
      '3:1 frontmatter/yaml Fout in de YAML van de frontmatter: de inspringing klopt niet.',
      '3:1 frontmatter/yaml Fout in de YAML van de frontmatter: er ontbreekt een teken (bijvoorbeeld een sluitend aanhalingsteken of haakje).'
    ])
  })

  test('no English of the yaml package in any of them', () => {
    const texts = [
      `---\n${aliasBomb}---\n`,
      '---\nthemes: [a,\nb]\n---\n',
      '---\ntitle: "open\n---\n',
      '---\n\ttitle: x\n---\n',
      '---\ntitle: !!binary x\n---\n',
      '---\n%YAML 1.1\n---\n'
    ]
    for (const text of texts) {
      const problems = parseContentFile('signals/2020/sig-2020-001.md', text).problems
      expect(problems.length).toBeGreaterThan(0)
      for (const p of problems)
        expect(`${p.message} ${p.hint ?? ''}`).not.toMatch(
          /alias count|Flow sequence|Implicit|must be|at line|Error|undefined/
        )
    }
  })
})
