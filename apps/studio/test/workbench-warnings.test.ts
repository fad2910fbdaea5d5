import {readFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {api, copyContent, startStudio, type Studio} from './helpers.js'

let studio: Studio
let content: string
const id = 'vereenvoudiging-quotumwet'

beforeAll(async () => {
  content = copyContent().content
  studio = await startStudio(content)
})
afterAll(() => studio.close())

test('the workbench shows the generator’s warnings, `consultation/no-closes` among them', async () => {
  const text = readFileSync(path.join(content, `consultations/${id}.md`), 'utf8')
  expect(text).not.toMatch(/^closes:/m)
  const idLine = text.split('\n').indexOf(`id: ${id}`) + 1
  const {status, json} = await api<{warnings: Array<{message: string; line: number}>}>(
    studio,
    'GET',
    `/api/consultations/${id}`
  )
  expect(status).toBe(200)
  expect(json.warnings).toContainEqual({
    message: `De consultatie \`${id}\` heeft geen sluitingsdatum (\`closes\`), dus signalen van na de sluiting kunnen niet worden weggelaten.`,
    line: idLine
  })
})
