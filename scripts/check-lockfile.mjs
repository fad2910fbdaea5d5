// Lists optional (platform) dependencies that package-lock.json lacks.
// The registry mirror here misses some platform builds of new releases;
// `npm ci` then refuses the lock file. Pin an older release via "overrides".
import fs from 'node:fs'
const lock = JSON.parse(fs.readFileSync(process.argv[2] ?? 'package-lock.json', 'utf8'))
const pk = lock.packages
const missing = new Map()
for (const [path, info] of Object.entries(pk)) {
  for (const dep of Object.keys(info.optionalDependencies ?? {})) {
    // resolve like node: walk up from path
    let base = path
    let found = false
    while (true) {
      const cand = (base ? base + '/' : '') + 'node_modules/' + dep
      if (pk[cand]) {
        found = true
        break
      }
      if (!base) break
      const i = base.lastIndexOf('/node_modules/')
      base = i < 0 ? '' : base.slice(0, i)
    }
    if (!found && dep !== 'fsevents')
      missing.set(dep, (missing.get(dep) ?? []).concat(`${path}@${info.version}`))
  }
}
for (const [d, by] of missing) console.log(d, '<-', by.join(', '))
