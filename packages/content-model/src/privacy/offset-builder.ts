let counted = new Int32Array(0)
/** The numbers 0 to at least `length - 1` in order (one array, grown when a longer text comes). */
function countingTo(length: number): Int32Array {
  if (counted.length < length) {
    counted = new Int32Array(Math.max(length, counted.length * 2))
    for (let i = 0; i < counted.length; i++) counted[i] = i
  }
  return counted
}

/**
 * The offsets of a text that is its own normal form: character `i` came
 * from `i` to `i + 1`. Fresh arrays, copied from the counting array.
 *
 * @param length the text's length
 */
export function identityOffsets(length: number): {from: Int32Array; to: Int32Array} {
  const counting = countingTo(length + 1)
  return {from: counting.slice(0, length), to: counting.slice(1, length + 1)}
}

/**
 * Characters with where each came from. The text is kept as parts joined
 * once at the end, and the offsets in typed arrays that double when full:
 * appending to one string and reading its last character each time made V8
 * flatten the string again and again (quadratic), and two array pushes per
 * character were most of what was left (issue 22).
 */
export class OffsetBuilder {
  private readonly parts: string[] = []
  private lastChar = ''
  private joined: string | undefined
  private length = 0
  private fromAt = new Int32Array(1024)
  private toAt = new Int32Array(1024)

  private reserve(extra: number): void {
    if (this.length + extra <= this.fromAt.length) return
    let size = this.fromAt.length * 2
    while (size < this.length + extra) size *= 2
    const from = new Int32Array(size)
    const to = new Int32Array(size)
    from.set(this.fromAt.subarray(0, this.length))
    to.set(this.toAt.subarray(0, this.length))
    this.fromAt = from
    this.toAt = to
  }

  /** `chars`, every one standing for the stretch `from`-`to` of the source. */
  push(chars: string, from: number, to: number): void {
    if (chars.length === 0) return
    this.parts.push(chars)
    this.joined = undefined
    this.reserve(chars.length)
    this.fromAt.fill(from, this.length, this.length + chars.length)
    this.toAt.fill(to, this.length, this.length + chars.length)
    this.length += chars.length
    this.lastChar = chars[chars.length - 1]!
  }

  /** Characters `start` to `end` of `source`, each standing for `from[i]`-`to[i]` (or for itself). */
  pushRun(source: string, start: number, end: number, from?: Int32Array, to?: Int32Array): void {
    if (end <= start) return
    const count = end - start
    this.parts.push(source.slice(start, end))
    this.joined = undefined
    this.reserve(count)
    if (from && to) {
      this.fromAt.set(from.subarray(start, end), this.length)
      this.toAt.set(to.subarray(start, end), this.length)
    } else {
      const counting = countingTo(end + 1)
      this.fromAt.set(counting.subarray(start, end), this.length)
      this.toAt.set(counting.subarray(start + 1, end + 1), this.length)
    }
    this.length += count
    this.lastChar = source[end - 1]!
  }

  last(): string {
    return this.lastChar
  }

  get text(): string {
    this.joined ??= this.parts.join('')
    return this.joined
  }

  get from(): Int32Array {
    return this.fromAt.subarray(0, this.length)
  }

  get to(): Int32Array {
    return this.toAt.subarray(0, this.length)
  }
}
