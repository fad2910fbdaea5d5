import {expect, test} from 'vitest'
import * as api from '../src/index.js'

test('public exports are stable', () => {
  expect(Object.keys(api).sort()).toEqual([
    'ContentDirectoryError',
    'assembleCollections',
    'buildJsonSchemas',
    'canonicalJson',
    'checksumPattern',
    'classifyPath',
    'closest',
    'compareProblems',
    'consultationSchema',
    'consultationStatuses',
    'crossCheck',
    'customHeadingId',
    'decodeContent',
    'defaultGuidesBasePath',
    'dutchDate',
    'editDistance',
    'fileStart',
    'foldDutch',
    'guidePageSchema',
    'guidePageUrl',
    'headingAnchor',
    'impacts',
    'isCalendarDate',
    'isPublishedPage',
    'listContentFiles',
    'loadContent',
    'locate',
    'locateKey',
    'maxFileBytes',
    'parseConsultation',
    'parseContentFile',
    'parseFrontmatter',
    'parseGuidePage',
    'parseMarkdown',
    'parseResponseRecord',
    'parseSignal',
    'parseVocabularyList',
    'pathKey',
    'problem',
    'publicResponses',
    'publishedGuidePages',
    'questionSchema',
    'readSentEvidence',
    'recordChecksum',
    'resolveSignals',
    'responseRecordSchema',
    'responseUrl',
    'sentEvidenceFile',
    'sentEvidenceFolder',
    'sentEvidenceSchema',
    'serialiseResponseRecord',
    'serialiseSentEvidence',
    'signalFingerprint',
    'signalIdPattern',
    'signalSchema',
    'signalSourceSchema',
    'siteRoutes',
    'slugPattern',
    'sourceSchema',
    'synonymSchema',
    'themesWithContent',
    'visibilities',
    'vocabularyEntrySchema',
    'vocabularyFiles',
    'whyNotPublished'
  ])
})

test('the browser-safe entry points carry no Node APIs', async () => {
  const publication = await import('../src/publication.js')
  const text = await import('../src/text/index.js')
  expect(Object.keys(publication).sort()).toEqual([
    'defaultGuidesBasePath',
    'guidePageUrl',
    'isPublishedPage',
    'publicResponses',
    'publishedGuidePages',
    'responseUrl',
    'siteRoutes',
    'themesWithContent',
    'whyNotPublished'
  ])
  expect(Object.keys(text).sort()).toEqual(['closest', 'customHeadingId', 'dutchDate', 'editDistance', 'foldDutch', 'headingAnchor'])
})
