// Sums the vitest JSON reports of every workspace into one line:
// "N passed, N failed". Fails when a workspace with tests left no report.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
let passed = 0
let failed = 0
let missing = []
for (const area of ['packages', 'apps']) {
  for (const name of readdirSync(path.join(root, area))) {
    const dir = path.join(root, area, name)
    if (!existsSync(path.join(dir, 'vitest.config.ts'))) continue
    const report = path.join(dir, 'test-results', 'vitest.json')
    if (!existsSync(report)) {
      missing.push(`${area}/${name}`)
      continue
    }
    const json = JSON.parse(readFileSync(report, 'utf8'))
    passed += json.numPassedTests
    failed += json.numFailedTests
    if (json.numFailedTests === 0 && !json.success) failed += 1
  }
}
for (const name of missing) console.log(`no test report from ${name}`)
console.log(`${passed} passed, ${failed + missing.length} failed`)
process.exit(failed + missing.length > 0 ? 1 : 0)
