import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {bodyLine, joinFile, keyAtLine, readData, setValue, splitFile, valueText} from '../src/client/frontmatter.js'

const page = `---
# opmerking
title: Een pagina
themes: [werkaanpassing]
status: concept
---

Tekst.
`

describe('frontmatter helpers of the editor', () => {
  test('split and join give the file back, and the body starts on the right line', () => {
    const split = splitFile(page)
    expect(joinFile(split)).toBe(page)
    expect(bodyLine(split)).toBe(7)
    expect(page.split('\n')[bodyLine(split) - 1]).toBe('')
    expect(page.split('\n')[bodyLine(split)]).toBe('Tekst.')
  })

  test('setting a value keeps comments and the other keys; an empty list removes the key', () => {
    const fm = splitFile(page).frontmatter
    const changed = setValue(fm, ['themes'], ['werkaanpassing', 'begeleiding'])
    expect(changed).toBe('# opmerking\ntitle: Een pagina\nthemes: [werkaanpassing, begeleiding]\nstatus: concept\n')
    expect(readData(setValue(fm, ['themes'], []))).toEqual({title: 'Een pagina', status: 'concept'})
    expect(readData(setValue(fm, ['source', 'kind'], 'werkgever')).source).toEqual({kind: 'werkgever'})
  })

  test('a line of the file maps to its top-level key', () => {
    const fm = splitFile(page).frontmatter
    expect(keyAtLine(fm, 3)).toBe('title')
    expect(keyAtLine(fm, 5)).toBe('status')
  })

  test('property: any body and any title survive split, set and join', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, body) => {
        const file = joinFile({frontmatter: 'title: x\n', body})
        const split = splitFile(file)
        expect(split.body).toBe(body)
        const next = joinFile({frontmatter: setValue(split.frontmatter, ['title'], title), body: split.body})
        expect(splitFile(next).body).toBe(body)
        expect(readData(splitFile(next).frontmatter).title).toBe(title === '' ? undefined : title)
      })
    )
  })

  test('a value shows as text: nothing when missing, scalars as written, a list or mapping as JSON', () => {
    const data = readData('title: Een pagina\norder: 3\ndraft: false\nempty:\nsource: {kind: werkgever}\n')
    expect([data.title, data.order, data.draft, data.empty, data.missing].map(valueText)).toEqual(['Een pagina', '3', 'false', '', ''])
    expect(valueText(data.source)).toBe('{"kind":"werkgever"}')
  })
})
