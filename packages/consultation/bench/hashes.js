// Byte-identity check for speed work: prints a sha256 per output of every
// consultation in the given content roots (all files of responseFiles, the
// fingerprints and the frozen record), and of the bench corpus at the given
// scales, as one JSON object. Compare the output of two builds with `diff`.
//   node bench/hashes.js <content root>... [--scale 0.1 --scale 1]
import {createHash} from 'node:crypto'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {loadContent} from '@opendeuren/content-model'
import {compileResponse, freezeResponse, responseFiles} from '../dist/index.js'
import {generate} from './corpus.js'

const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16)
const args = process.argv.slice(2)
const roots = []
const scales = []
for (let i = 0; i < args.length; i++)
  if (args[i] === '--scale') scales.push(Number(args[++i]))
  else roots.push(args[i])
const result = {}
async function hashRoot(label, root) {
  const content = await loadContent(root)
  for (const entry of content.consultations) {
    for (const draft of [true, false]) {
      const key = `${label}:${entry.data.id}:${draft ? 'draft' : 'final'}`
      try {
        const compiled = compileResponse(content, entry.data.id, {draft})
        for (const file of await responseFiles(compiled))
          result[`${key}:${file.path}`] = hash(file.data)
        result[`${key}:fingerprints`] = hash(JSON.stringify(compiled.fingerprints))
        result[`${key}:warnings`] = hash(JSON.stringify(compiled.warnings))
        const frozen = freezeResponse(compiled, entry, '2026-12-07')
        result[`${key}:record`] = hash(frozen.text)
        result[`${key}:evidence`] = hash(frozen.evidenceText)
      } catch (error) {
        result[`${key}:error`] = String(error.message)
      }
    }
  }
}
for (const root of roots) await hashRoot(root, root)
for (const scale of scales) {
  const dir = mkdtempSync(path.join(tmpdir(), 'opendeuren-hashes-'))
  try {
    generate(path.join(dir, 'content'), Math.round(10_000 * scale))
    await hashRoot(`bench-${scale}`, path.join(dir, 'content'))
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
console.log(JSON.stringify(result, null, 1))
