import {expect, test} from 'vitest'
import * as api from '../src/index.js'

test('public exports are stable', () => {
  expect(Object.keys(api).sort()).toEqual([
    'ConfigError',
    'ContentDirectoryError',
    'amountsPageUrl',
    'assembleCollections',
    'buildJsonSchemas',
    'canonicalJson',
    'checkMarkdownBudget',
    'checksumPattern',
    'citeFactsAsMarkdown',
    'citeFactsAsText',
    'citingFiles',
    'classifyPath',
    'closest',
    'codeConfigFileNames',
    'compareProblems',
    'configFileNames',
    'consultationSchema',
    'consultationStatuses',
    'contentLocation',
    'crossCheck',
    'customHeadingId',
    'decodeContent',
    'defaultGuidesBasePath',
    'describeRetelling',
    'describeSystemError',
    'describeYamlConversionError',
    'describeYamlError',
    'detectNames',
    'detectPersonalData',
    'detectPersonalValues',
    'dutchDate',
    'dutchNumber',
    'editDistance',
    'emptyGateSettings',
    'examplesOf',
    'externalImageMessage',
    'factListSchema',
    'factSchema',
    'factSourceSchema',
    'factStatus',
    'factUnits',
    'factUrl',
    'factValueText',
    'factYear',
    'factsById',
    'fileStart',
    'findFactCitations',
    'findProjectConfig',
    'findPublicLeaks',
    'findRetellings',
    'findUnsafeHtml',
    'firstNames',
    'foldDutch',
    'formatProblemLine',
    'gatePublicTexts',
    'guidePageSchema',
    'guidePageUrl',
    'guidesPageUrl',
    'headingAnchor',
    'ignoredConfigNotice',
    'impacts',
    'isCalendarDate',
    'isCurrentFact',
    'isExternalUrl',
    'isSafeUrl',
    'isScriptUrl',
    'lineIndex',
    'listContentFiles',
    'loadContent',
    'locate',
    'locateKey',
    'markdownLimits',
    'maxFileBytes',
    'maxThemes',
    'mayBecomePublic',
    'minimumInternGroup',
    'normaliseForDetection',
    'oneYearBefore',
    'originalSpan',
    'parseConfigText',
    'parseConsultation',
    'parseContentFile',
    'parseFactsList',
    'parseFrontmatter',
    'parseGuidePage',
    'parseMarkdown',
    'parseResponseRecord',
    'parseRetellingIndex',
    'parseSignal',
    'parseVocabularyList',
    'passesElfproef',
    'passesMod97',
    'pathKey',
    'privateSignals',
    'problem',
    'problemPath',
    'proseLines',
    'protectedSignal',
    'publicFiles',
    'publicResponses',
    'publicValueMessage',
    'publicValueSchema',
    'publicValuesSchema',
    'publishedGuidePages',
    'questionMatch',
    'questionSchema',
    'readGateSettings',
    'readSentEvidence',
    'readYaml',
    'recordChecksum',
    'renderFactMarkdown',
    'renderFactText',
    'replaceFactCitations',
    'resolveSignals',
    'responseRecordSchema',
    'responseUrl',
    'retellingIndex',
    'retellingThreshold',
    'scriptLinkMessage',
    'sentEvidenceFile',
    'sentEvidenceFolder',
    'sentEvidenceSchema',
    'serialiseResponseRecord',
    'serialiseRetellingIndex',
    'serialiseSentEvidence',
    'shippedExampleIds',
    'signalFingerprint',
    'signalIdPattern',
    'signalSchema',
    'signalSourceSchema',
    'signalsAfterClosing',
    'signalsLocation',
    'siteRoutes',
    'skippedEntryProblems',
    'slugPattern',
    'sourceSchema',
    'splitFrontmatter',
    'synonymSchema',
    'themesWithContent',
    'unknownSectionProblem',
    'unsafeHtmlTags',
    'visibilities',
    'vocabularyEntrySchema',
    'vocabularyFiles',
    'whyNotPublished',
    'whyNotPublishedFor',
    'yamlSubjects'
  ])
})

test('the loader entry: loadContent and its error, as the main entry has them', async () => {
  const load = await import('../src/load-entry.js')
  const main = await import('../src/index.js')
  expect(Object.keys(load).sort()).toEqual(['ContentDirectoryError', 'loadContent'])
  expect(load.loadContent).toBe(main.loadContent)
  expect(load.ContentDirectoryError).toBe(main.ContentDirectoryError)
})

test('the configuration checker entry: the same functions as the main entry', async () => {
  const check = await import('../src/config/check-entry.js')
  const main = await import('../src/index.js')
  const names = [
    'locate',
    'locateKey',
    'problem',
    'publicValueMessage',
    'publicValueSchema',
    'publicValuesSchema'
  ] as const
  expect(Object.keys(check).sort()).toEqual(names)
  for (const name of names) expect(check[name]).toBe(main[name])
})

test('the browser-safe entry points carry no Node APIs', async () => {
  const publication = await import('../src/publication.js')
  const text = await import('../src/text/index.js')
  expect(Object.keys(publication).sort()).toEqual([
    'amountsPageUrl',
    'defaultGuidesBasePath',
    'examplesOf',
    'factUrl',
    'guidePageUrl',
    'guidesPageUrl',
    'mayBecomePublic',
    'minimumInternGroup',
    'publicFiles',
    'publicResponses',
    'publishedGuidePages',
    'responseUrl',
    'siteRoutes',
    'themesWithContent',
    'whyNotPublished',
    'whyNotPublishedFor'
  ])
  expect(Object.keys(text).sort()).toEqual([
    'closest',
    'customHeadingId',
    'dutchDate',
    'editDistance',
    'foldDutch',
    'headingAnchor',
    'isSafeUrl',
    'lineIndex'
  ])
  const fileText = await import('../src/file-text/index.js')
  expect(Object.keys(fileText).sort()).toEqual([
    'cutFrontmatter',
    'frontmatterKeyAtLine',
    'joinFile',
    'normaliseFileText',
    'readFrontmatterData',
    'setFrontmatterValue',
    'splitFile',
    'todayInAmsterdam'
  ])
  const scaffold = await import('../src/scaffold/index.js')
  expect(Object.keys(scaffold).sort()).toEqual([
    'SignalNumbersExhaustedError',
    'consultationTemplate',
    'findPlaceholders',
    'guidePageTemplate',
    'maxSignalNumber',
    'nextSignalId',
    'oneYearLater',
    'placeholderSentences',
    'placeholders',
    'signalTemplate',
    'yamlString'
  ])
  const guideHtml = await import('../src/html/guide-sanitize-schema.js')
  expect(Object.keys(guideHtml).sort()).toEqual(['guideSanitizeSchema', 'isOtherHostUrl'])
  const match = await import('../src/question-match.js')
  expect(Object.keys(match)).toEqual(['questionMatch'])
  const facts = await import('../src/facts/index.js')
  expect(Object.keys(facts).sort()).toEqual([
    'citeFactsAsMarkdown',
    'citeFactsAsText',
    'citingFiles',
    'dutchNumber',
    'factStatus',
    'factValueText',
    'factYear',
    'factsById',
    'findFactCitations',
    'isCurrentFact',
    'oneYearBefore',
    'proseLines',
    'renderFactMarkdown',
    'renderFactText',
    'replaceFactCitations'
  ])
})

test('no browser-safe entry point reaches a Node API, through any file it imports', async () => {
  const {readFile} = await import('node:fs/promises')
  const {isBuiltin} = await import('node:module')
  const path = await import('node:path')
  const {fileURLToPath} = await import('node:url')
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, {default: string}>
  }
  // The entries the studio's browser bundle may import (`.`, `format-problem`, `system-error`, `config`, `config-check` and `load` are for Node).
  const browserSafe = [
    './publication',
    './text',
    './guide-html',
    './facts',
    './scaffold',
    './file-text',
    './today',
    './question-match'
  ]
  const entries = Object.entries(manifest.exports).filter(([name]) => browserSafe.includes(name))
  expect(entries.map(([name]) => name).sort()).toEqual([...browserSafe].sort())
  for (const [name, target] of entries) {
    const start = path.join(
      root,
      target.default.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts')
    )
    const seen = new Set<string>()
    const nodeImports: string[] = []
    const visit = async (file: string): Promise<void> => {
      if (seen.has(file)) return
      seen.add(file)
      const source = await readFile(file, 'utf8')
      for (const match of source.matchAll(
        /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g
      )) {
        // Type-only imports are erased: they load nothing.
        if (/^\s*(?:import|export)\s+type\b/.test(match[0])) continue
        const specifier = (match[1] ?? match[2])!
        if (specifier.startsWith('.'))
          await visit(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')))
        else if (specifier.startsWith('node:') || isBuiltin(specifier))
          nodeImports.push(`${path.relative(root, file)}: ${specifier}`)
      }
    }
    await visit(start)
    expect(seen.size, name).toBeGreaterThan(0)
    expect(nodeImports, name).toEqual([])
  }
})
