import {cpSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {lintContent} from '../src/index.js'
import type {LintOptions} from '../src/index.js'

const here = path.dirname(fileURLToPath(import.meta.url))
/** The repository's content root. */
export const repoContent = path.resolve(here, '..', '..', '..', 'content')
export const today = '2026-06-01'

/** A temporary content directory with the real vocabulary and the given files. */
export function contentDir(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'content-lint-'))
  cpSync(path.join(repoContent, 'vocabulary'), path.join(root, 'vocabulary'), {recursive: true})
  for (const [file, text] of Object.entries(files)) writeFile(root, file, text)
  return root
}

/** Write a file below a root, creating folders. */
export function writeFile(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
  writeFileSync(path.join(root, file), text)
}

/** A valid guide page; `fields` replaces frontmatter lines by key. */
export function guidePage(body: string, fields: Record<string, string> = {}): string {
  const base: Record<string, string> = {
    title: 'Testpagina',
    description: 'Een pagina om de controle te testen.',
    themes: '[banenafspraak]',
    audiences: '[werkgevers]',
    updated: '2026-01-10',
    review_by: '2027-01-10',
    status: 'gepubliceerd',
    sources: '\n  - title: Een bron'
  }
  const merged = {...base, ...fields}
  return `---\n${Object.entries(merged)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n${body}`
}

/** A valid signal `sig-2021-001`; `fields` replaces frontmatter lines by key. */
export function signal(body: string, fields: Record<string, string> = {}): string {
  const base: Record<string, string> = {
    id: 'sig-2021-001',
    title: 'Een signaal',
    date: '2021-03-02',
    themes: '[banenafspraak]',
    instruments: '[loonkostensubsidie]',
    employers: '2',
    source: '\n  kind: werkgever\n  sector: zorg',
    visibility: 'openbaar',
    impact: 'midden',
    recommendation: 'Maak het eenvoudiger.'
  }
  const merged = {...base, ...fields}
  return `---\n${Object.entries(merged)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n${body}`
}

/** Lint a temporary content directory and return its problems as plain tuples. */
export async function lintFiles(files: Record<string, string>, options: Partial<LintOptions> = {}) {
  const root = contentDir(files)
  const run = await lintContent({root, today, ...options})
  return run.problems.map((p) => ({
    ruleId: p.ruleId,
    file: p.file,
    line: p.line,
    column: p.column,
    severity: p.severity,
    message: p.message
  }))
}

/** Only the problems of some rule ids (prefixes). */
export function only<T extends {ruleId: string}>(problems: T[], ...prefixes: string[]): T[] {
  return problems.filter((p) => prefixes.some((prefix) => p.ruleId.startsWith(prefix)))
}
