import type {Problem} from '@opendeuren/content-model'
import {expect, vi} from 'vitest'

/**
 * Run settings of the fuzz suite. `npm test` runs a few generated inputs per
 * property with a fixed seed (the same inputs every time); `npm run fuzz -w
 * @opendeuren/cli` runs many more (`FUZZ_RUNS`), and `FUZZ_SEED` replays or
 * varies a run.
 */
export const fuzzSettings = {
  seed: Number(process.env.FUZZ_SEED ?? 14),
  numRuns: Number(process.env.FUZZ_RUNS ?? 12),
  // Shrinking a 100 KB input takes minutes; the first counterexample is reported as is.
  endOnFailure: true,
  // FUZZ_SEED and FUZZ_PATH together replay one reported counterexample.
  ...(process.env.FUZZ_PATH ? {path: process.env.FUZZ_PATH} : {})
}

/** A vitest timeout that grows with the number of runs (several properties share a slow machine). */
export const fuzzTimeout = 60_000 + fuzzSettings.numRuns * 6_000

/**
 * A hang guard, not a speed test: one input that takes longer than this has
 * hung (the budget keeps every real input far below it).
 */
export const hangCeilingMs = 5_000

/** Run `work` and fail when it takes longer than {@link hangCeilingMs}. */
export async function withinCeiling<T>(label: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await work()
  const ms = performance.now() - started
  if (ms > hangCeilingMs) throw new Error(`${label} took ${Math.round(ms)} ms: a hang`)
  return result
}

/** Library English and programming leftovers that must never reach a writer. */
export const leakedWords =
  /\bundefined\b|\bnull\b|\bNaN\b|\[object|\bError\b|\bExpected\b|\bUnexpected\b|\bCannot\b|\bfailed\b|\bE[A-Z]{3,}\b|\bstack\b|\bInvalid\b|\bmust be\b|\bat line\b/

/**
 * Every problem names a file and a position from 1, and its message and hint
 * are Dutch without library words.
 */
export function expectPositioned(problems: readonly Problem[], files?: readonly string[]): void {
  for (const p of problems) {
    expect(typeof p.file === 'string' && p.file.length > 0, JSON.stringify(p)).toBe(true)
    if (files) expect(files, JSON.stringify(p)).toContain(p.file)
    expect(Number.isInteger(p.line) && p.line >= 1, JSON.stringify(p)).toBe(true)
    expect(Number.isInteger(p.column) && p.column >= 1, JSON.stringify(p)).toBe(true)
    expect(p.message.length, JSON.stringify(p)).toBeGreaterThan(0)
    expect(`${p.message} ${p.hint ?? ''}`, JSON.stringify(p)).not.toMatch(leakedWords)
  }
}

/**
 * Watch `process.emitWarning` during a property: a library's warning is
 * English text on stderr that a writer would see (the yaml package warned of
 * list keys this way). Call the returned function at the end.
 */
export function watchWarnings(): () => void {
  const spy = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined)
  return () => {
    const calls = spy.mock.calls.map((call) => String(call[0]))
    spy.mockRestore()
    expect(calls).toEqual([])
  }
}
