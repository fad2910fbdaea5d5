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

function encode(value: unknown): unknown {
  if (value === undefined) return {[marker]: 'undefined'}
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      return {[marker]: 'number', v: String(value)}
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
      throw new SnapshotError(`a ${typeof value} cannot be stored`)
    return value
  }
  if (Array.isArray(value)) return value.map(encode)
  if (value instanceof Map)
    return {[marker]: 'Map', v: [...value].map(([k, v]) => [encode(k), encode(v)])}
  if (value instanceof Set) return {[marker]: 'Set', v: [...value].map(encode)}
  if (value instanceof Uint8Array) return {[marker]: 'Uint8Array', v: [...value]}
  if (value instanceof Uint16Array) return {[marker]: 'Uint16Array', v: [...value]}
  if (value instanceof Float64Array) return {[marker]: 'Float64Array', v: [...value].map(encode)}
  const prototype = Object.getPrototypeOf(value) as unknown
  const fields = Object.entries(value).map(([k, v]) => [k, encode(v)])
  if (prototype === Object.prototype || prototype === null) {
    if (Object.hasOwn(value, marker)) throw new SnapshotError(`a field is named ${marker}`)
    return Object.fromEntries(fields)
  }
  const name = Object.entries(classes).find(([, type]) => type.prototype === prototype)?.[0]
  if (name === undefined) throw new SnapshotError('an object of an unknown class cannot be stored')
  return {[marker]: 'instance', c: name, v: Object.fromEntries(fields)}
}

function decode(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  // Arrays and plain objects are decoded in place: the parsed JSON is ours, and a copy would double the garbage.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decode(value[i])
    return value
  }
  const object = value as Record<string, unknown>
  if (!Object.hasOwn(object, marker)) {
    for (const key of Object.keys(object)) object[key] = decode(object[key])
    return object
  }
  const v = object.v as unknown[]
  switch (object[marker]) {
    case 'undefined':
      return undefined
    case 'number':
      return Number(object.v)
    case 'Map':
      return new Map((v as Array<[unknown, unknown]>).map(([k, x]) => [decode(k), decode(x)]))
    case 'Set':
      return new Set(v.map(decode))
    case 'Uint8Array':
      return Uint8Array.from(v as number[])
    case 'Uint16Array':
      return Uint16Array.from(v as number[])
    case 'Float64Array':
      return Float64Array.from(v.map(decode) as number[])
    case 'instance': {
      const type = classes[object.c as ClassName] as (typeof classes)[ClassName] | undefined
      if (type === undefined) throw new SnapshotError('unknown class')
      const instance = Object.create(type.prototype) as Record<string, unknown>
      const fields = object.v as Record<string, unknown>
      for (const key of Object.keys(fields)) instance[key] = decode(fields[key])
      return instance
    }
    default:
      throw new SnapshotError('unknown kind')
  }
}

/**
 * A loaded index as JSON-ready data.
 *
 * @param index a loaded index (with its text terms and shards)
 * @throws {SnapshotError} when the index holds something this file cannot store
 */
export function snapshotIndex(index: SearchIndex): unknown {
  // The trigram index is built on the first query; build it now, so no run has to.
  index.dictionary.match(['snapshot'])
  return encode(index)
}

/**
 * The index a {@link snapshotIndex} was made of.
 *
 * @param data what {@link snapshotIndex} returned, after a trip through JSON (taken over, not copied)
 * @throws {SnapshotError} when the data is no snapshot of an index
 */
export function restoreIndex(data: unknown): SearchIndex {
  const index = decode(data)
  if (!(index instanceof SearchIndex)) throw new SnapshotError('no index')
  return index
}
