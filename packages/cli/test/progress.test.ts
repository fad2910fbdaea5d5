import {expect, test} from 'vitest'
import {progressLine} from '../src/progress.js'

function clock() {
  let time = 0
  return {now: () => time, advance: (ms: number) => (time += ms)}
}

test('nothing during the first second, then one updating line, cleared at the end', () => {
  const lines: string[] = []
  const {now, advance} = clock()
  const progress = progressLine({status: (line) => lines.push(line)}, {now})
  progress.update(100, 12000)
  advance(999)
  progress.update(500, 12000)
  expect(lines).toEqual([])
  advance(1)
  progress.update(1200, 12000)
  advance(50)
  progress.update(1300, 12000)
  advance(50)
  progress.update(1400, 12000)
  advance(10)
  progress.update(12000, 12000)
  progress.clear()
  expect(lines).toEqual([
    'Controleren: 1200/12000 bestanden',
    'Controleren: 1400/12000 bestanden',
    'Controleren: 12000/12000 bestanden',
    ''
  ])
})

test('a short run leaves no trace', () => {
  const lines: string[] = []
  const {now, advance} = clock()
  const progress = progressLine({status: (line) => lines.push(line)}, {now})
  advance(300)
  progress.update(52, 52)
  progress.clear()
  expect(lines).toEqual([])
})

test('no status line (stderr is not a terminal): nothing at all', () => {
  const {now, advance} = clock()
  const progress = progressLine({}, {now})
  advance(5000)
  expect(() => {
    progress.update(1, 2)
    progress.clear()
  }).not.toThrow()
})
