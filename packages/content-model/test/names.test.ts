import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'
import {detectNames, firstNames, gatePublicTexts} from '../src/index.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const planted = JSON.parse(
  readFileSync(path.join(here, 'fixtures', 'names', 'planted.json'), 'utf8')
) as string[]

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? filesUnder(file) : [file]
  })
}

test('recall on the planted set: every variant but five known hard cases', () => {
  expect(planted.length).toBeGreaterThanOrEqual(100)
  const missed = planted.filter((text) => detectNames(text).length === 0)
  // Initials only, all lower case, a first name not on the list, a surname alone, and emphasis inside the name.
  expect(missed).toEqual([
    'Ik sprak **Fatima** El Amrani.',
    'Ik sprak J. Jansen.',
    'ik sprak jan jansen.',
    'Ik sprak Kwame Mensah.',
    'Ik sprak Jansen zelf.'
  ])
})

test('no false alarm on any file of content/', () => {
  const files = filesUnder(path.join(here, '..', '..', '..', 'content')).filter((file) =>
    /\.(md|ya?ml|json)$/.test(file)
  )
  expect(files.length).toBeGreaterThan(50)
  const alarms = files.flatMap((file) =>
    detectNames(readFileSync(file, 'utf8')).map(
      (found) => `${path.basename(file)}: ${found.masked}`
    )
  )
  expect(alarms).toEqual([])
})

test.each([
  ['Ik sprak mevrouw Jansen.', 'mevrouw J***'],
  ['Daarna belde mw. Bakker.', 'mw. B***'],
  ['Dhr. De Vries zei nee.', 'Dhr. De V***'],
  ['Het was de heer Van den Berg.', 'de heer Van den B***'],
  ['Zo zei dr. J. de Vries het.', 'dr. J. de V***'],
  ['Volgens Jan van der Berg lukte het.', 'Jan van der B***'],
  ['Fatima el Amrani begon in mei.', 'Fatima el A***'],
  ["Bij Jan van 't Hof.", "Jan van 't H***"],
  ['Met Sanne Jansen-De Wit.', 'Sanne J***']
])('a name: %s', (text, masked) => {
  expect(detectNames(text).map((found) => found.masked)).toEqual([masked])
})

test.each([
  'Mevrouw de minister antwoordde.',
  'De heer des huizes.',
  'In Amsterdam werkt Jan.',
  'Ben Uw werkgever er klaar voor?',
  'Wil De Werkgever dat?'
])('no name: %s', (text) => {
  expect(detectNames(text)).toEqual([])
})

test('the first-name list is data of several hundred names, without words that cause false alarms', () => {
  expect(firstNames.length).toBeGreaterThan(400)
  for (const word of [
    'Ben',
    'Wil',
    'Roos',
    'Job',
    'Lot',
    'Mei',
    'Juni',
    'Can',
    'Hoop',
    'Bas',
    'Sri'
  ])
    expect(firstNames).not.toContain(word)
})

test('the gate refuses a name, unless it is listed exactly as a public value', () => {
  const text = 'Het gesprek met mevrouw Jansen ging goed.'
  expect(
    gatePublicTexts([{name: 'response.md', text}], {allowedValues: [], protectedSignals: []})
  ).toEqual([
    {
      ruleId: 'privacy/name',
      name: 'response.md',
      line: 1,
      column: 17,
      message: '`mevrouw J***` lijkt de naam van een persoon en mag niet openbaar worden.',
      hint: 'Haal de naam weg of schrijf de rol (`een jobcoach`, `de werkgever`). Is het een openbaar persoon die genoemd mag worden, zet de naam dan letterlijk, met een reden, in `publicValues` van de configuratie.'
    }
  ])
  expect(
    gatePublicTexts([{name: 'response.md', text}], {
      allowedValues: [{value: 'Mevrouw Jansen', reason: 'woordvoerder'}],
      protectedSignals: []
    })
  ).toEqual([])
})
