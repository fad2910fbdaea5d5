import {Dictionary} from './dictionary.js'
import {SearchIndex} from './search-index.js'

// A loaded index as plain JSON, so the CLI's cache restores it without
// analysing a word again: every own field of the SearchIndex (records,
// dictionary with its trigram index, postings, lengths) as it stands after
// loading. Kept generic on purpose: a field added to the index later is
// stored too, and a field of a kind this file does not know stops the
// snapshot (the cache then stores nothing) instead of losing it.

/** Classes whose instances the snapshot may hold, by name. */
const classes = {SearchIndex, Dictionary} as const
type ClassName = keyof typeof classes

const marker = '$snapshot'

/** A snapshot could not be made or read; the cache then builds the index instead. */
export class SnapshotError extends Error {}

/** Where a value of a special kind (class instance, Map, typed array, undefined) sits in the snapshot. */
type SpecialPath = Array<string | number>

/** The snapshot: plain JSON data, and the paths of its special values, deepest first. */
interface Snapshot {
  data: unknown
  specials: SpecialPath[]
}

function encode(value: unknown, at: SpecialPath, specials: SpecialPath[]): unknown {
  const special = (kind: string, payload: unknown, extra: Record<string, string> = {}) => {
    const encoded = {[marker]: kind, ...extra, v: encodeInner(payload, [...at, 'v'], specials)}
    // After its contents: decoding in list order turns the deepest values first.
    specials.push(at)
    return encoded
  }
  if (value === undefined) return special('undefined', null)
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      return special('number', String(value))
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
      throw new SnapshotError(`a ${typeof value} cannot be stored`)
    return value
  }
  if (Array.isArray(value)) return encodeInner(value, at, specials)
  if (value instanceof Map) return special('Map', [...value])
  if (value instanceof Set) return special('Set', [...value])
  if (value instanceof Uint8Array) return special('Uint8Array', [...value])
  if (value instanceof Uint16Array) return special('Uint16Array', [...value])
  if (value instanceof Uint32Array) return special('Uint32Array', [...value])
  if (value instanceof Float64Array) return special('Float64Array', [...value])
  const prototype = Object.getPrototypeOf(value) as unknown
  if (prototype === Object.prototype || prototype === null) {
    if (Object.hasOwn(value, marker)) throw new SnapshotError(`a field is named ${marker}`)
    return encodeInner(value, at, specials)
  }
  const name = Object.entries(classes).find(([, type]) => type.prototype === prototype)?.[0]
  if (name === undefined) throw new SnapshotError('an object of an unknown class cannot be stored')
  return special('instance', {...value}, {c: name})
}

/** An array's items or a plain object's fields, each encoded. */
function encodeInner(value: unknown, at: SpecialPath, specials: SpecialPath[]): unknown {
  if (Array.isArray(value)) return value.map((item, i) => encode(item, [...at, i], specials))
  if (value === null || typeof value !== 'object') return encode(value, at, specials)
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, encode(field, [...at, key], specials)])
  )
}

function decodeSpecial(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, marker))
    throw new SnapshotError('no special value where the snapshot says one is')
  const object = value as Record<string, unknown>
  const v = object.v
  const list = () => {
    if (!Array.isArray(v)) throw new SnapshotError('no list')
    return v as unknown[]
  }
  switch (object[marker]) {
    case 'undefined':
      return undefined
    case 'number':
      return Number(v)
    case 'Map':
      return new Map(list() as Array<[unknown, unknown]>)
    case 'Set':
      return new Set(list())
    case 'Uint8Array':
      return Uint8Array.from(list() as number[])
    case 'Uint16Array':
      return Uint16Array.from(list() as number[])
    case 'Uint32Array':
      return Uint32Array.from(list() as number[])
    case 'Float64Array':
      return Float64Array.from(list() as number[])
    case 'instance': {
      const type = classes[object.c as ClassName] as (typeof classes)[ClassName] | undefined
      if (type === undefined || v === null || typeof v !== 'object')
        throw new SnapshotError('unknown class')
      return Object.assign(Object.create(type.prototype) as object, v)
    }
    default:
      throw new SnapshotError('unknown kind')
  }
}

// A path never walks into what every object inherits.
const unsafe = (key: unknown) => key === '__proto__' || key === 'constructor' || key === 'prototype'

/**
 * A loaded index as JSON-ready data: the index's fields as plain JSON, and
 * where the few values that JSON cannot hold (class instances, Maps, typed
 * arrays) sit, so loading visits only those.
 *
 * @param index a loaded index (with its text terms and shards)
 * @throws {SnapshotError} when the index holds something this file cannot store
 */
export function snapshotIndex(index: SearchIndex): unknown {
  // The trigram index is built on the first query; build it now, so no run has to.
  index.dictionary.match(['snapshot'])
  const specials: SpecialPath[] = []
  const data = encode(index, [], specials)
  const snapshot: Snapshot = {data, specials}
  return snapshot
}

/**
 * The index a {@link snapshotIndex} was made of.
 *
 * @param snapshot what {@link snapshotIndex} returned, after a trip through JSON (taken over, not copied)
 * @throws {SnapshotError} when the data is no snapshot of an index
 */
export function restoreIndex(snapshot: unknown): SearchIndex {
  const {data, specials} = (snapshot ?? {}) as Partial<Snapshot>
  if (!Array.isArray(specials)) throw new SnapshotError('no list of special values')
  const root = {data}
  for (const at of specials) {
    if (!Array.isArray(at)) throw new SnapshotError('no path')
    let container: unknown = root
    const keys: unknown[] = ['data', ...(at as unknown[])]
    if (keys.some((key) => typeof key !== 'string' && typeof key !== 'number') || keys.some(unsafe))
      throw new SnapshotError('no path')
    for (const key of keys.slice(0, -1)) {
      if (container === null || typeof container !== 'object') throw new SnapshotError('no path')
      container = (container as Record<string, unknown>)[key as string]
    }
    if (container === null || typeof container !== 'object') throw new SnapshotError('no path')
    const last = keys.at(-1) as string
    const target = container as Record<string, unknown>
    target[last] = decodeSpecial(target[last])
  }
  if (!(root.data instanceof SearchIndex)) throw new SnapshotError('no index')
  return root.data
}
