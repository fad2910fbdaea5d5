import {cpSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const packages = path.join(here, '..', '..', '..')
/** Valid content with a guide, a signal and a consultation (content-model's fixture). */
export const validContent = path.join(packages, 'content-model', 'test', 'fixtures', 'valid')
/** Content a response can be built from (the consultation package's fixture). */
export const responseContent = path.join(
  packages,
  'consultation',
  'test',
  'fixtures',
  'response',
  'content'
)
/** The feed fixture of the consultation package. */
export const feedFixture = path.join(
  packages,
  'consultation',
  'test',
  'fixtures',
  'feed',
  'open-consultaties.xml'
)

/** A valid file of each kind: where it lives and its text. */
export const validFiles = [
  {
    file: 'guides/gids/index.md',
    text: readFileSync(path.join(validContent, 'guides', 'gids', 'index.md'), 'utf8')
  },
  {
    file: 'signals/2020/sig-2020-001.md',
    text: readFileSync(path.join(validContent, 'signals', '2020', 'sig-2020-001.md'), 'utf8')
  },
  {
    file: 'consultations/vereenvoudiging-quotumwet.md',
    text: readFileSync(
      path.join(validContent, 'consultations', 'vereenvoudiging-quotumwet.md'),
      'utf8'
    )
  }
]

/** A fresh copy of a content folder in the system's temp folder. */
export function copyContent(from: string): string {
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'opendeuren-fuzz-')), 'content')
  cpSync(from, root, {recursive: true})
  return root
}
