import {expect, test} from 'vitest'
import type {RejectedFile, SignalEntry} from '../src/index.js'
import {nextSignalId, SignalNumbersExhaustedError} from '../src/scaffold/index.js'

const signal = (id: string, file = `signals/${id.slice(4, 8)}/${id}.md`) =>
  ({file, data: {id}}) as unknown as SignalEntry
const rejected = (file: string) => ({file}) as unknown as RejectedFile

test('the first number no signal id and no file name has taken', () => {
  expect(nextSignalId({signals: [], rejected: []}, '2026')).toBe('sig-2026-001')
  expect(
    nextSignalId(
      {
        signals: [signal('sig-2026-001'), signal('sig-2026-003')],
        rejected: [rejected('signals/2026/sig-2026-002.md')]
      },
      '2026'
    )
  ).toBe('sig-2026-004')
  // Another year's numbers and a signal in a separate signals folder.
  expect(
    nextSignalId(
      {
        signals: [signal('sig-2025-001'), signal('sig-2026-002', '../signalen/2026/x.md')],
        rejected: [rejected('../signalen/2026/sig-2026-001.md')]
      },
      '2026'
    )
  ).toBe('sig-2026-003')
})

test('past 999 it refuses, in Dutch', () => {
  const all = Array.from({length: 999}, (_, n) =>
    signal(`sig-2026-${String(n + 1).padStart(3, '0')}`)
  )
  expect(() => nextSignalId({signals: all, rejected: []}, '2026')).toThrow(
    SignalNumbersExhaustedError
  )
  expect(() => nextSignalId({signals: all, rejected: []}, '2026')).toThrow(
    'Alle signaalnummers van 2026 zijn gebruikt (tot sig-2026-999).'
  )
})
