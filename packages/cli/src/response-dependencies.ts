import type {emailAllowList, lintContentProblems} from '@opendeuren/consultation'

/** What the response commands need from outside: replaceable in tests, never by users. */
export interface ResponseDependencies {
  lint: typeof lintContentProblems
  emailAllowList: typeof emailAllowList
}

/**
 * The real linter and allow-list reader, shared by `build` and `submit`
 * (tests replace them). They load the consultation package when first
 * called, so commands that never build a response start without it.
 */
export const responseDependencies: ResponseDependencies = {
  lint: async (...args) => (await import('@opendeuren/consultation')).lintContentProblems(...args),
  emailAllowList: async (...args) => (await import('@opendeuren/consultation')).emailAllowList(...args)
}
