import {expect, test} from 'vitest'
import * as api from '../src/index.js'

test('the public exports', () => {
  expect(Object.keys(api).sort()).toEqual([
    'ConsultationError',
    'FeedError',
    'LinterUnavailableError',
    'blockingProblems',
    'buildTrace',
    'compareSignals',
    'compileResponse',
    'composeResponse',
    'disclose',
    'escapeHtml',
    'escapeMarkdownText',
    'exampleNotice',
    'fallbackDate',
    'firstParagraph',
    'freezeResponse',
    'guessThemes',
    'highlightCount',
    'inlineText',
    'isPrivacyError',
    'isSafeUrl',
    'lintContentProblems',
    'minimumInternGroup',
    'normaliseDocx',
    'parseConsultationFeed',
    'publicConsultation',
    'readAdviserText',
    'recordHtml',
    'recordSections',
    'renderDocx',
    'renderHtml',
    'renderMarkdown',
    'renderSectionsHtml',
    'renderSectionsMarkdown',
    'renderText',
    'responseFiles',
    'selectSignals'
  ])
})
