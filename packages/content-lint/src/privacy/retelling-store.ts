import {createHash} from 'node:crypto'
import {
  findRetellings,
  parseRetellingIndex,
  retellingIndex,
  serialiseRetellingIndex,
  type ProtectedSignal,
  type Retelling,
  type RetellingIndex
} from '@opendeuren/content-model'

/** The hash of a file's bytes as the lint cache has it, or `undefined` where it has none to trust. */
export type FileFingerprint = (file: string) => string | undefined

/** What the lint cache keeps of the retelling check from one run to the next. */
export interface KeptRetellings {
  /** `findRetellings` answers, by a key of the text and the signal list. */
  answers: Record<string, Retelling[]>
  /** The index of each signal list (by the list's key): `<checksum> <serialised index>`. */
  indexes: Record<string, string>
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64')

/** The checksum a kept index carries: of the list's key and the index, so it fits only its own list. */
const indexSum = (listKey: string, index: string) => sha1(`${listKey}\0${index}`)

/**
 * `findRetellings`, remembered: the answer for a text and a list of
 * protected signals is kept under a key of both, in this process and in the
 * lint cache between runs, and so is the index of each signal list (what
 * the comparison needs of the signals), so a run where one page changed
 * compares that page without reading every signal again. A text or a signal
 * is known by the hash of its file's bytes where the lint cache vouches for
 * them (the same size and modification time, or the same bytes; as for
 * every cached record), and otherwise by the hash of the text itself; a
 * signal also by its id and why it is protected. So an edit to either asks
 * again, and an unchanged file is not even read. A kept index is used only
 * under its list's key and with its checksum; a malformed or altered one is
 * made again. The lint cache's own key holds the code and the configuration
 * (see `cacheKey`).
 */
export class RetellingStore {
  /** What this run looked up or worked out: what the lint cache keeps for the next run. */
  readonly used: KeptRetellings
  private readonly previous: Readonly<KeptRetellings>
  private readonly fingerprint: FileFingerprint
  private readonly listKeys = new WeakMap<readonly ProtectedSignal[], string>()
  private readonly indexes: Map<string, RetellingIndex>
  private readonly state: {changed: boolean}

  /**
   * @param previous what the lint cache kept from the last run
   * @param fingerprint the trusted hash of a file's bytes (none: every text is hashed as it is)
   */
  constructor(
    previous: Partial<Readonly<KeptRetellings>> = {},
    fingerprint: FileFingerprint = () => undefined,
    shared?: {
      used: KeptRetellings
      indexes: Map<string, RetellingIndex>
      state: {changed: boolean}
    }
  ) {
    this.previous = {answers: previous.answers ?? {}, indexes: previous.indexes ?? {}}
    this.fingerprint = fingerprint
    this.used = shared?.used ?? {answers: {}, indexes: {}}
    this.indexes = shared?.indexes ?? new Map<string, RetellingIndex>()
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
      {used: this.used, indexes: this.indexes, state: this.state}
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
      // Kept for the next run also when no text needs it in this one.
      const kept = this.previous.indexes[key]
      if (typeof kept === 'string') this.used.indexes[key] ??= kept
    }
    return key
  }

  /** The list's index: the kept one when it is whole and its own, otherwise made (and kept). */
  private indexOf(signals: readonly ProtectedSignal[], listKey: string): RetellingIndex {
    let index = this.indexes.get(listKey)
    if (index) return index
    const kept = this.used.indexes[listKey]
    const space = kept?.indexOf(' ') ?? -1
    if (kept !== undefined && space > 0) {
      const text = kept.slice(space + 1)
      if (kept.slice(0, space) === indexSum(listKey, text))
        index = parseRetellingIndex(text, signals.length)
    }
    if (!index) {
      index = retellingIndex(signals)
      const text = serialiseRetellingIndex(index)
      this.used.indexes[listKey] = `${indexSum(listKey, text)} ${text}`
      this.state.changed = true
    }
    this.indexes.set(listKey, index)
    return index
  }

  /**
   * Where an entry's body retells one of `signals` (as `findRetellings`).
   *
   * @param entry the public text and the file it is the body of
   * @param signals the signals that must not be retold
   */
  find(entry: {file: string; body: string}, signals: readonly ProtectedSignal[]): Retelling[] {
    const listKey = this.listKey(signals)
    const key = sha1(`${listKey}\0${this.textKey(entry.file, () => entry.body)}`)
    let found = this.used.answers[key] ?? this.previous.answers[key]
    if (found === undefined) {
      found = findRetellings(entry.body, signals, {index: this.indexOf(signals, listKey)})
      this.state.changed = true
    }
    this.used.answers[key] = found
    return found
  }
}
