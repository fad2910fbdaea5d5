// Benchmark of the studio. Prints times as ratios to the budgets of issue 12; asserts nothing.
//   npm run bench -w @opendeuren/studio                 (5,000 files; 10,000 signals for the workbench)
//   BENCH_SCALE=0.1 npm run bench -w @opendeuren/studio  (quick check)
// Budgets: usable within 3 s of start; live lint of a 16 KB page p95 <= 100 ms
// from the last keystroke; a workbench toggle at 10,000 signals <= 300 ms.
/* global document -- used only in waitForFunction and evaluate callbacks, which Playwright runs in the page (Chromium), not in Node */
import {spawn} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {pageBody, pageFrontmatter, writeCorpus} from './corpus.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const studioBin = path.join(here, '..', 'bin', 'studio.js')
const repo = path.resolve(here, '..', '..', '..')
const vocabulary = path.join(repo, 'content', 'vocabulary')
const scale = Number(process.env.BENCH_SCALE ?? 1)
// MarkdownEditor's lintDelay, the wait after the last keystroke, read from its source.
const lintDelay = Number(
  /export const lintDelay = (\d+)/.exec(
    readFileSync(path.join(here, '..', 'src', 'client', 'components', 'MarkdownEditor.tsx'), 'utf8')
  )[1]
)

if (
  !existsSync(path.join(here, '..', 'dist', 'server', 'main.js')) ||
  !existsSync(path.join(here, '..', 'dist', 'client', 'index.html'))
) {
  console.error('Build first: npx turbo run build --filter=@opendeuren/studio')
  process.exit(2)
}

let nextPort = 39_100 + Math.floor(Math.random() * 500)

/** Start the studio; resolves when the overview answers, with the time it took. */
async function startStudio(content, cwd) {
  const port = nextPort++
  const started = performance.now()
  const child = spawn(process.execPath, [studioBin, '--content', content, '--port', String(port)], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  // A bench that fails half-way must not leave studios running.
  const stopOnExit = () => child.kill()
  process.once('exit', stopOnExit)
  child.once('exit', () => process.off('exit', stopOnExit))
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  await new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Stoppen: Ctrl+C')) {
        clearInterval(timer)
        resolve()
      }
      if (child.exitCode !== null) {
        clearInterval(timer)
        reject(new Error(output))
      }
    }, 5)
  })
  // The start URL's secret, exchanged for the session cookie as a browser does; then the CSRF value.
  const token = /\?token=([A-Za-z0-9_-]+)/.exec(output)[1]
  const exchanged = await fetch(`http://localhost:${port}/?token=${token}`, {redirect: 'manual'})
  const cookie = exchanged.headers.get('set-cookie').split(';')[0]
  const {csrf} = await (
    await fetch(`http://localhost:${port}/api/csrf`, {headers: {cookie}})
  ).json()
  await (await fetch(`http://localhost:${port}/api/overview`, {headers: {cookie}})).json()
  const ms = performance.now() - started
  const call = async (method, apiPath, body) => {
    const response = await fetch(`http://localhost:${port}/api${apiPath}`, {
      method,
      headers: {
        'content-type': 'application/json',
        cookie,
        'x-opendeuren-token': csrf,
        origin: `http://localhost:${port}`
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const json = await response.json()
    if (!response.ok) throw new Error(`${apiPath}: ${response.status} ${json.error}`)
    return json
  }
  // A browser opens the start URL (the fragment survives the redirect to the address without the secret).
  return {
    ms,
    call,
    url: `http://localhost:${port}`,
    open: (hash) => `http://localhost:${port}/?token=${token}${hash}`,
    stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill()))
  }
}

/**
 * Keystrokes in the page editor in Chromium, each timed from the key to the
 * problem list showing the result: Enter before the phone number on the last
 * line moves it one line down, so the listed line of privacy/phone changes.
 */
async function typeInEditor(studio, file, keystrokes) {
  const {chromium} = await import('playwright-core')
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
  })
  const page = await browser.newPage({viewport: {width: 1280, height: 900}})
  await page.goto(studio.open(`#/pagina?path=${encodeURIComponent(file)}`))
  await page.waitForSelector('.cm-content')
  const phoneLine = () =>
    page.evaluate(
      () =>
        [...document.querySelectorAll('.problem-list li')].find((li) =>
          li.textContent.includes('privacy/phone')
        )?.textContent ?? ''
    )
  await page.waitForFunction(() =>
    document.querySelector('.problem-list')?.textContent.includes('privacy/phone')
  )
  await page.locator('.cm-content').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Home')
  const times = []
  for (let i = 0; i < keystrokes; i++) {
    const before = await phoneLine()
    const started = performance.now()
    await page.keyboard.press('Enter')
    await page.waitForFunction(
      (previous) => {
        const shown =
          [...document.querySelectorAll('.problem-list li')].find((li) =>
            li.textContent.includes('privacy/phone')
          )?.textContent ?? ''
        return shown !== '' && shown !== previous
      },
      before,
      {polling: 'raf'}
    )
    times.push(performance.now() - started)
  }
  await browser.close()
  return {times, p50: percentile(times, 50), p95: percentile(times, 95)}
}

const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)
  ]
const ratio = (ms, budget) =>
  `${Math.round(ms)} ms = ${(ms / budget).toFixed(2)} × budget (${budget} ms)`

/** Lint a 16 KB page as if typed: every call one character longer. */
async function liveLint(studio, file, runs) {
  const base = pageFrontmatter('Zestien kilobyte', 3) + pageBody(16 * 1024)
  const times = []
  for (let i = 0; i < runs; i++) {
    const text = `${base}Typ ${'x'.repeat(i)} 06-12345678\n`
    const started = performance.now()
    const result = await studio.call('POST', '/lint', {path: file, text})
    times.push(performance.now() - started)
    if (!result.problems.some((p) => p.ruleId === 'privacy/phone'))
      throw new Error('lint missed the phone number')
  }
  return {bytes: Buffer.byteLength(base), p50: percentile(times, 50), p95: percentile(times, 95)}
}

console.log(
  `${availableParallelism()} CPUs, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} (wall times suffer on a busy machine)\n`
)

// BENCH_PART=start|lint|workbench runs one part only.
const part = process.env.BENCH_PART
const runs = Math.max(20, Math.round(60 * Math.min(1, scale * 4)))

if (!part || part === 'start' || part === 'lint') {
  // 1. Start to ready, cold (no lint cache) and warm, on a tree of about 5,000 files.
  const work = mkdtempSync(path.join(tmpdir(), 'studio-bench-'))
  const pages = Math.max(20, Math.round(1_000 * scale))
  const signals = Math.max(30, Math.round(4_000 * scale))
  const content = path.join(work, 'content')
  writeCorpus({dir: content, vocabulary, pages, signals})
  // The page the editor measures in Chromium: 16 KB, a phone number on its last line.
  writeFileSync(
    path.join(content, 'guides', 'gids-0', 'typen.md'),
    `${pageFrontmatter('Typen in de editor', 4)}${pageBody(16 * 1024)}Bel 06-12345678.\n`
  )
  console.log(
    `Tree: ${pages} guide pages + ${signals} signals + 1 consultation (BENCH_SCALE=${scale}) in ${work}`
  )
  const cold = await startStudio(content, work)
  await cold.stop()
  const warm = await startStudio(content, work)
  console.log(`start to ready, cold lint cache:  ${ratio(cold.ms, 3000)}`)
  console.log(`start to ready, warm lint cache:  ${ratio(warm.ms, 3000)}`)
  if (existsSync('/usr/bin/chromium')) {
    // Start to the overview on screen: the server as above, then the page with its first rows in Chromium.
    const {chromium} = await import('playwright-core')
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
    })
    await warm.stop()
    const again = await startStudio(content, work)
    const page = await browser.newPage({viewport: {width: 1280, height: 900}})
    const started = performance.now()
    await page.goto(again.open('#/'))
    await page.waitForSelector('.virtual-list li')
    const rows = await page.locator('.virtual-list li').count()
    console.log(
      `start to overview on screen (warm, Chromium, ${rows} of ${pages + signals + 1} rows drawn): ${ratio(again.ms + performance.now() - started, 3000)}`
    )
    await browser.close()
    await again.stop()
  }
  const warmAgain = existsSync('/usr/bin/chromium') ? await startStudio(content, work) : warm

  // 2. Live lint of a 16 KB page, here and on the repository's own content.
  if (part === 'start') {
    await warmAgain.stop()
    process.exit(0)
  }
  const big = await liveLint(warmAgain, 'guides/gids-0/zestien.md', runs)
  const typed = existsSync('/usr/bin/chromium')
    ? await typeInEditor(warmAgain, 'guides/gids-0/typen.md', Math.min(runs, 30))
    : undefined
  await warmAgain.stop()
  const repoCopy = mkdtempSync(path.join(tmpdir(), 'studio-bench-repo-'))

  cpSync(path.join(repo, 'content'), path.join(repoCopy, 'content'), {recursive: true})
  const small = await startStudio(path.join(repoCopy, 'content'), repoCopy)
  const real = await liveLint(small, 'guides/preventie-psychische-uitval/zestien.md', runs)
  await small.stop()
  console.log(
    `\nlive lint of a ${(big.bytes / 1024).toFixed(1)} KB page, ${runs} edits, keystroke to problems = ${lintDelay} ms wait + request:`
  )
  console.log(
    `  repository content (${readdirSync(path.join(repoCopy, 'content'), {recursive: true}).length} entries): p50 ${Math.round(real.p50 + lintDelay)} ms, p95 ${ratio(real.p95 + lintDelay, 100)}`
  )
  console.log(
    `  generated tree (${pages + signals} files):    p50 ${Math.round(big.p50 + lintDelay)} ms, p95 ${ratio(big.p95 + lintDelay, 100)}`
  )
  if (typed)
    console.log(
      `  the same tree in Chromium, ${typed.times.length} keystrokes in the editor to the problem list updated: p50 ${Math.round(typed.p50)} ms, p95 ${ratio(typed.p95, 100)}`
    )
  else
    console.log(
      '  (no Chromium at /usr/bin/chromium: keystroke to problems on screen not measured)'
    )
}

if (!part || part === 'workbench') {
  // 3. Workbench: toggling one signal at 10,000 signals (content kept in memory).
  const manySignals = Math.max(100, Math.round(10_000 * scale))
  const work2 = mkdtempSync(path.join(tmpdir(), 'studio-bench-wb-'))
  writeCorpus({dir: path.join(work2, 'content'), vocabulary, pages: 20, signals: manySignals})
  const wb = await startStudio(path.join(work2, 'content'), work2)
  let data = await wb.call('GET', '/consultations/meting')
  const candidates = data.questions[0].candidates
    .filter((c) => c.visibility === 'openbaar')
    .slice(0, 10)
  const toggles = []
  for (const candidate of candidates) {
    for (const action of ['exclude', 'reset']) {
      const started = performance.now()
      // As the page does: name the preview sections it has, so that only changed ones come back.
      const have = data.document.sections.map((section) => section.key)
      data = await wb.call('POST', '/consultations/meting/toggle', {
        question: 'eerste',
        signal: candidate.id,
        action,
        baseHash: data.hash,
        have
      })
      toggles.push(performance.now() - started)
    }
  }
  // The same in Chromium: click to the new preview on screen (server, transfer and React together).
  const browserTimes = []
  if (existsSync('/usr/bin/chromium')) {
    const {chromium} = await import('playwright-core')
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
    })
    const page = await browser.newPage({viewport: {width: 1280, height: 900}})
    await page.goto(wb.open('#/consultatie?id=meting'))
    await page.waitForSelector('.response-preview')
    // A warm-up click first (the first render of a new preview is not what a toggle costs), then 20 measured.
    await page.locator(`#neem-eerste-${candidates[0].id}`).click()
    await page.waitForFunction(
      () =>
        !document.querySelector('input[type=checkbox]:disabled') &&
        document.querySelector('.workbench .message')
    )
    await page.locator(`#neem-eerste-${candidates[0].id}`).click()
    await page.waitForFunction(
      (expected) =>
        document.querySelector('.workbench .message')?.textContent === expected &&
        !document.querySelector('input[type=checkbox]:disabled'),
      `${candidates[0].id} weer meegenomen bij eerste.`
    )
    for (const candidate of candidates) {
      for (const done of ['uitgesloten', 'weer meegenomen']) {
        const box = page.locator(`#neem-eerste-${candidate.id}`)
        const started = performance.now()
        await box.click()
        // Wait on the status line itself: a text search over a response of 10,000 signals would cost more than the toggle.
        await page.waitForFunction(
          (expected) =>
            document.querySelector('.workbench .message')?.textContent === expected &&
            !document.querySelector('input[type=checkbox]:disabled'),
          `${candidate.id} ${done} bij eerste.`
        )
        browserTimes.push(performance.now() - started)
      }
    }
    await browser.close()
  }
  await wb.stop()
  console.log(
    `\nworkbench at ${manySignals} signals (${data.questions[0].candidates.length} candidates for question 1), ${toggles.length} toggles, click to new preview:`
  )
  console.log(
    `  server (HTTP): p50 ${Math.round(percentile(toggles, 50))} ms, p95 ${ratio(percentile(toggles, 95), 300)}`
  )
  if (browserTimes.length > 0)
    console.log(
      `  in Chromium, ${browserTimes.length} clicks: p50 ${Math.round(percentile(browserTimes, 50))} ms, p95 ${ratio(percentile(browserTimes, 95), 300)}`
    )
  else console.log('  (no Chromium at /usr/bin/chromium: browser time not measured)')
}
