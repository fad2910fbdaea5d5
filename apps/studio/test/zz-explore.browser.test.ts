import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {test} from 'vitest'
import {launchBrowser} from './browser.js'
import {copyContent, startStudio, signIn} from './helpers.js'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
test('explore', async () => {
  const {content} = copyContent()
  const studio = await startStudio(content)
  const browser = await launchBrowser()
  const hashes = (process.env.HASHES ?? '#/consultatie?id=vereenvoudiging-quotumwet').split(' ')
  for (const scheme of ['light', 'dark'] as const) {
    for (const hash of hashes) {
      const page = await browser.newPage({viewport: {width: Number(process.env.W ?? 1280), height: 900}, bypassCSP: true, colorScheme: scheme})
      await signIn(page, studio)
      await page.goto(`${studio.url}/${hash}`)
      await page.waitForTimeout(2500)
      if (process.env.PREP) await page.evaluate(process.env.PREP)
      await page.evaluate(axeSource)
      const out = await page.evaluate(
        `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21aa','wcag22aa','wcag2aaa']}}).then(r => r.violations.flatMap(v => v.nodes.map(n => v.id + ' ' + n.target.join(' ') + ' ' + JSON.stringify(n.any[0]?.data ?? {}).slice(0,200))))`
      )
      const list = out as string[]
      const counts = new Map<string, number>()
      for (const l of list) counts.set(l.replace(/:nth-child\(\d+\)/g, ''), (counts.get(l.replace(/:nth-child\(\d+\)/g, '')) ?? 0) + 1)
      console.log(scheme, hash, list.length, [...counts].map(([k, v]) => `${v}x ${k}`).join('\n'))
      await page.close()
    }
  }
  await browser.close()
  await studio.close()
}, 300_000)
