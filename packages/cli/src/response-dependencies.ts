import type {lintAndReadContent, lintContentProblems} from '@opendeuren/consultation'
import type {readGateSettings} from '@opendeuren/content-model'

/** What the response commands need from outside: replaceable in tests, never by users. */
export interface ResponseDependencies {
  lint: typeof lintContentProblems
  /** Lint and keep what the linter read (`build`: every file is read once, through the lint cache). */
  lintAndRead: typeof lintAndReadContent
  gateSettings: typeof readGateSettings
}

/**
 * The real linter and the gate's settings reader, shared by `build` and
 * `submit` (tests replace the linter). Each loads its package when first
 * called, so commands that never build a response (`consultation list`)
 * start without the consultation package and the content model's main entry.
 */
export const responseDependencies: ResponseDependencies = {
  lint: async (...args) => (await import('@opendeuren/consultation')).lintContentProblems(...args),
  lintAndRead: async (...args) =>
    (await import('@opendeuren/consultation')).lintAndReadContent(...args),
  gateSettings: async (...args) =>
    (await import('@opendeuren/content-model')).readGateSettings(...args)
}
