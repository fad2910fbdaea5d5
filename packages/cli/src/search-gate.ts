import {gatePublicTexts, guidePageUrl, loadContent, publishedGuidePages, readGateSettings, type GateFinding} from '@opendeuren/content-model'
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
 * the site: a refused section is left out of the results.
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
    const texts = [
      {name: page, text: `${entry.data.title}\n${entry.data.description}\n${split.intro}`},
      ...split.sections.map((section) => ({name: `${page}#${section.anchor}`, text: `${section.heading}\n${section.text}`}))
    ]
    for (const finding of gatePublicTexts(texts, settings)) {
      if (held.has(finding.name)) continue
      // Where in the source: the first line of the page file that the same finding is on.
      const inFile = gatePublicTexts([{name: entry.file, text: entry.body}], settings).find((f) => f.ruleId === finding.ruleId && f.message === finding.message)
      held.set(finding.name, {url: finding.name, file: entry.file, line: inFile ? entry.bodyLine + inFile.line - 1 : 1, finding})
    }
  }
  return held
}
