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
    'dutchDate',
    'emailAllowList',
    'escapeHtml',
    'escapeMarkdownText',
    'fallbackDate',
    'firstParagraph',
    'guessThemes',
    'highlightCount',
    'inlineText',
    'isPrivacyError',
    'isSafeUrl',
    'lintContentProblems',
    'minimumInternGroup',
    'normaliseDocx',
    'parseConsultationFeed',
    'privacyGate',
    'publicConsultation',
    'publicConsultations',
    'readAdviserText',
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
