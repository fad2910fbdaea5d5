import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {
  gatePublicTexts,
  guidePageUrl,
  loadContent,
  publishedGuidePages,
  readGateSettings,
  type GateFinding
} from '@opendeuren/content-model'
import {splitSections} from '@opendeuren/search'

/** A search result the gate holds back: its URL and the first finding, at the page file's line. */
export interface HeldBack {
  url: string
  file: string
  line: number
  finding: GateFinding
}

/**
 * Every section of every published page that the public gate refuses, by
 * the URL its search result carries (`/gidsen/<guide>/<page>` for the page
 * record, `#<anchor>` for a section). Search output passes the same gate as
 * the site: a refused section is left out of the results. Every result of a
 * page shows the page's title, so a finding in the title or the description
 * holds back every section of that page.
 *
 * @param root the content directory
 */
export async function sectionsHeldBack(root: string): Promise<Map<string, HeldBack>> {
  const content = await loadContent(root, {signals: false})
  const settings = await readGateSettings({content: root})
  const held = new Map<string, HeldBack>()
  for (const entry of publishedGuidePages(content)) {
    const page = guidePageUrl(entry.guide, entry.slug)
    const split = splitSections(entry.body)
    const sectionUrls = split.sections.map((section) => `${page}#${section.anchor}`)
    const texts = [
      {name: 'fields', text: `${entry.data.title}\n${entry.data.description}`},
      {name: page, text: split.intro},
      ...split.sections.map((section, i) => ({
        name: sectionUrls[i]!,
        text: `${section.heading}\n${section.text}`
      }))
    ]
    const findings = gatePublicTexts(texts, settings)
    if (findings.length === 0) continue
    // Where in the source: the first line of the page file that the same finding is on.
    const fileText = await readFile(path.join(content.root, entry.file), 'utf8')
    const inFile = gatePublicTexts([{name: entry.file, text: fileText}], settings)
    for (const finding of findings) {
      const line =
        inFile.find((f) => f.ruleId === finding.ruleId && f.message === finding.message)?.line ?? 1
      for (const url of finding.name === 'fields' ? [page, ...sectionUrls] : [finding.name]) {
        if (!held.has(url)) held.set(url, {url, file: entry.file, line, finding})
      }
    }
  }
  return held
}
