import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  loadContent,
  type Collections,
  type SignalEntry,
  type Signal
} from '@opendeuren/content-model'

const here = path.dirname(fileURLToPath(import.meta.url))

/** Absolute path of a fixture's content directory. */
export function fixtureContent(name: string): string {
  return path.join(here, 'fixtures', name, 'content')
}

/** Load a fixture and fail loudly if it has problems (a broken fixture proves nothing). */
export async function loadFixture(name: string): Promise<Collections> {
  const collections = await loadContent(fixtureContent(name))
  if (collections.problems.length > 0)
    throw new Error(
      `fixture ${name} has problems: ${JSON.stringify(collections.problems, null, 2)}`
    )
  return collections
}

/** A signal entry in memory, for pure tests. */
export function signalEntry(data: Partial<Signal> & {id: string}, body = 'Tekst.'): SignalEntry {
  const full: Signal = {
    title: `Titel ${data.id}`,
    date: `${data.id.slice(4, 8)}-01-01`,
    themes: ['financiele-regelingen'],
    instruments: ['loonkostensubsidie'],
    employers: 1,
    source: {kind: 'werkgever'},
    visibility: 'openbaar',
    impact: 'midden',
    recommendation: `Aanbeveling ${data.id}.`,
    ...data
  }
  return {
    kind: 'signal',
    file: `signals/${data.id.slice(4, 8)}/${data.id}.md`,
    positions: {},
    body,
    bodyLine: 13,
    data: full
  }
}
