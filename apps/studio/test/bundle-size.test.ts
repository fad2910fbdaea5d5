import {existsSync, mkdtempSync, writeFileSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {firstScreenLimit, measureBundle} from '../scripts/bundle-size.mjs'

const built = path.resolve(import.meta.dirname, '..', 'dist', 'client')

describe('what the first screen loads', () => {
  test('the measure follows static imports and modulepreloads, not import()', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bundle-size-'))
    mkdirSync(path.join(dir, 'assets'))
    writeFileSync(
      path.join(dir, 'index.html'),
      '<script type="module" crossorigin src="/assets/index.js"></script><link rel="modulepreload" crossorigin href="/assets/pre.js">'
    )
    writeFileSync(
      path.join(dir, 'assets', 'index.js'),
      'import{a as b}from"./shared.js";const c=()=>import("./screen.js");console.log(b,c)'
    )
    writeFileSync(path.join(dir, 'assets', 'shared.js'), 'export const a=1')
    writeFileSync(path.join(dir, 'assets', 'pre.js'), 'export const p=2')
    writeFileSync(path.join(dir, 'assets', 'screen.js'), 'x'.repeat(5000))
    const {firstScreen, chunks} = measureBundle(dir)
    expect(firstScreen.files.sort()).toEqual([
      'assets/index.js',
      'assets/pre.js',
      'assets/shared.js'
    ])
    expect(chunks.map((c) => c.file).sort()).toEqual([
      'assets/index.js',
      'assets/pre.js',
      'assets/screen.js',
      'assets/shared.js'
    ])
    expect(chunks.map((c) => c.gzip)).toEqual(chunks.map((c) => c.gzip).sort((a, b) => b - a))
  })

  test(`the overview's JavaScript is under ${firstScreenLimit / 1000} kB gzip, without CodeMirror or the preview`, () => {
    expect(
      existsSync(path.join(built, 'index.html')),
      'the client is built (npm run build -w @opendeuren/studio)'
    ).toBe(true)
    const {firstScreen} = measureBundle(built)
    expect(firstScreen.gzip).toBeLessThan(firstScreenLimit)
    expect(
      firstScreen.files.filter((file) =>
        /codemirror|render-preview|PageEditor|Workbench/.test(file)
      )
    ).toEqual([])
  })
})
