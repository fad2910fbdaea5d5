import type {LintConfig} from '../types.js'

/**
 * Configuration when the project has none. A Flesch-Douma score of 50 is
 * where Dutch text turns "fairly difficult"; ordinary B1 text scores 60 or more.
 */
export const defaultConfig: LintConfig = Object.freeze({
  rules: Object.freeze({}) as Record<string, never>,
  readability: Object.freeze({minScore: 50}),
  emailAllowList: Object.freeze([]) as unknown as string[]
})
