import type {CompiledResponse} from './compile.js'
import {renderDocx} from './render-docx.js'

/** One output file of a build, relative to the output folder. */
export interface OutputFile {
  path: string
  data: string | Uint8Array
}

/**
 * Every file of a build, in a fixed order: `answers/<question id>.txt`,
 * `response.docx`, `response.html`, `response.md`, `trace.json`.
 *
 * @param compiled the compiled response
 */
export async function responseFiles(compiled: CompiledResponse): Promise<OutputFile[]> {
  const files: OutputFile[] = Object.entries(compiled.answers).map(([id, text]) => ({
    path: `answers/${id}.txt`,
    data: text
  }))
  files.push(
    {path: 'response.docx', data: await renderDocx(compiled.document)},
    {path: 'response.html', data: compiled.html},
    {path: 'response.md', data: compiled.markdown},
    {path: 'trace.json', data: `${JSON.stringify(compiled.trace, null, 2)}\n`}
  )
  return files.sort((a, b) => (a.path < b.path ? -1 : 1))
}
