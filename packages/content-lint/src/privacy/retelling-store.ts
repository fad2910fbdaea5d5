import {createHash} from 'node:crypto'
import {findRetellings, type ProtectedSignal, type Retelling} from '@opendeuren/content-model'

/**
 * `findRetellings`, remembered: the answer for a text and a list of
 * protected signals is kept under a hash of both, in this process (by the
 * text itself, so a page that did not change costs a lookup) and in the
 * lint cache between runs. Every byte of the text and of each signal's id,
 * reason and text is in the key, so an edit to either asks again; the lint
 * cache's own key holds the code (see `cacheKey`).
 */
export class RetellingStore {
  /** What this run looked up or worked out, by key: what the lint cache keeps for the next run. */
  readonly used: Record<string, Retelling[]> = {}
  /** Whether anything was worked out that the cache did not have. */
  changed = false
  private readonly previous: Readonly<Record<string, Retelling[]>>
  private readonly listKeys = new WeakMap<readonly ProtectedSignal[], string>()
  private readonly byText = new Map<string, Map<string, Retelling[]>>()

  /** @param previous what the lint cache kept from the last run */
  constructor(previous: Readonly<Record<string, Retelling[]>> = {}) {
    this.previous = previous
  }

  private listKey(signals: readonly ProtectedSignal[]): string {
    let key = this.listKeys.get(signals)
    if (key === undefined) {
      const hash = createHash('sha1')
      for (const signal of signals)
        hash.update(`${signal.id}\0${signal.reason}\0${signal.text.length}\0`).update(signal.text)
      key = hash.digest('base64')
      this.listKeys.set(signals, key)
    }
    return key
  }

  /**
   * Where `text` retells one of `signals` (as `findRetellings`).
   *
   * @param text the public text
   * @param signals the signals that must not be retold
   */
  find(text: string, signals: readonly ProtectedSignal[]): Retelling[] {
    const list = this.listKey(signals)
    let texts = this.byText.get(list)
    if (!texts) {
      texts = new Map()
      this.byText.set(list, texts)
    }
    const seen = texts.get(text)
    if (seen) return seen
    const key = createHash('sha1').update(list).update('\0').update(text).digest('base64')
    let found = this.used[key] ?? this.previous[key]
    if (found === undefined) {
      found = findRetellings(text, signals)
      this.changed = true
    }
    this.used[key] = found
    texts.set(text, found)
    return found
  }
}
