import {createHash} from 'node:crypto'
import {findRetellings, type ProtectedSignal, type Retelling} from '@opendeuren/content-model'

/** The hash of a file's bytes as the lint cache has it, or `undefined` where it has none to trust. */
export type FileFingerprint = (file: string) => string | undefined

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64')

/**
 * `findRetellings`, remembered: the answer for a text and a list of
 * protected signals is kept under a key of both, in this process and in the
 * lint cache between runs. A text or a signal is known by the hash of its
 * file's bytes where the lint cache vouches for them (the same size and
 * modification time, or the same bytes; as for every cached record), and
 * otherwise by the hash of the text itself; a signal also by its id and
 * why it is protected. So an edit to either asks again, and an unchanged
 * file is not even read. The lint cache's own key holds the code (see
 * `cacheKey`).
 */
export class RetellingStore {
  /** What this run looked up or worked out, by key: what the lint cache keeps for the next run. */
  readonly used: Record<string, Retelling[]>
  private readonly previous: Readonly<Record<string, Retelling[]>>
  private readonly fingerprint: FileFingerprint
  private readonly listKeys = new WeakMap<readonly ProtectedSignal[], string>()
  private readonly state: {changed: boolean}

  /**
   * @param previous what the lint cache kept from the last run
   * @param fingerprint the trusted hash of a file's bytes (none: every text is hashed as it is)
   */
  constructor(
    previous: Readonly<Record<string, Retelling[]>> = {},
    fingerprint: FileFingerprint = () => undefined,
    shared?: {used: Record<string, Retelling[]>; state: {changed: boolean}}
  ) {
    this.previous = previous
    this.fingerprint = fingerprint
    this.used = shared?.used ?? {}
    this.state = shared?.state ?? {changed: false}
  }

  /** Whether anything was worked out that the cache did not have. */
  get changed(): boolean {
    return this.state.changed
  }

  /**
   * The same store for texts that differ from their files (an editor's
   * unsaved text): those files are known by their text, not their bytes.
   *
   * @param files files whose text is not the one on disk
   */
  without(files: readonly string[]): RetellingStore {
    const skip = new Set(files)
    return new RetellingStore(
      this.previous,
      (file) => (skip.has(file) ? undefined : this.fingerprint(file)),
      {used: this.used, state: this.state}
    )
  }

  private textKey(file: string | undefined, text: () => string): string {
    const bytes = file === undefined ? undefined : this.fingerprint(file)
    return bytes === undefined ? `text ${sha1(text())}` : `file ${file} ${bytes}`
  }

  private listKey(signals: readonly ProtectedSignal[]): string {
    let key = this.listKeys.get(signals)
    if (key === undefined) {
      const hash = createHash('sha1')
      for (const signal of signals)
        hash.update(
          `${signal.id}\0${signal.reason}\0${this.textKey(signal.file, () => signal.text)}\0`
        )
      key = hash.digest('base64')
      this.listKeys.set(signals, key)
    }
    return key
  }

  /**
   * Where an entry's body retells one of `signals` (as `findRetellings`).
   *
   * @param entry the public text and the file it is the body of
   * @param signals the signals that must not be retold
   */
  find(entry: {file: string; body: string}, signals: readonly ProtectedSignal[]): Retelling[] {
    const key = sha1(`${this.listKey(signals)}\0${this.textKey(entry.file, () => entry.body)}`)
    let found = this.used[key] ?? this.previous[key]
    if (found === undefined) {
      found = findRetellings(entry.body, signals)
      this.state.changed = true
    }
    this.used[key] = found
    return found
  }
}
