import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import type {GateSettings, Problem, PublicText} from '@opendeuren/content-model'
import {builtFileText, hasPublicText} from './built-texts.js'
import type {ProblemGroup} from './site-gate.js'
import {contentModel} from './workspace.js'

/**
 * The gate after the build: the text of every built file a browser can load
 * (HTML pages, search index files, JavaScript chunks, the sitemap) passes
 * the public gate again, so nothing a template, a theme or a compiled chunk
 * added gets out either. Problems name the built file and the line of the
 * piece of text (see `builtFileText`).
 *
 * @param outDir the build folder
 * @param settings the gate's settings
 */
export async function gateBuiltSite(
  outDir: string,
  settings: GateSettings
): Promise<ProblemGroup[]> {
  const {gatePublicTexts} = contentModel
  const entries = await readdir(outDir, {recursive: true, withFileTypes: true})
  const texts: PublicText[] = []
  for (const entry of entries) {
    if (!entry.isFile() || !hasPublicText(entry.name)) continue
    const file = path.join(entry.parentPath, entry.name)
    const text = builtFileText(file, await readFile(file, 'utf8'))
    if (text !== undefined)
      texts.push({name: path.relative(outDir, file).split(path.sep).join('/'), text})
  }
  texts.sort((a, b) => a.name.localeCompare(b.name))
  const problems: Problem[] = gatePublicTexts(texts, settings).map((finding) => ({
    ruleId: finding.ruleId,
    file: finding.name,
    line: finding.line,
    column: finding.column,
    message: finding.message,
    hint: finding.hint,
    severity: 'error'
  }))
  return problems.length > 0 ? [{root: outDir, problems}] : []
}
