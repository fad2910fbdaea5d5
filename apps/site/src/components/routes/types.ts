import type {
  AmountsPage,
  ListedFact,
  ResponsePage,
  ResponseSummary,
  ThemeSummary
} from '../../../plugins/open-deuren-content/index.js'

/** A theme as listed on the home page and the theme overview. */
export type ThemeListing = Omit<ThemeSummary, 'pages' | 'responses'> & {
  pageCount: number
  responseCount: number
}

/** A guide as listed on the home page and the guides overview. */
export interface GuideListing {
  id: string
  title: string
  description: string
  url: string
  pages: {title: string; url: string}[]
}

export type {AmountsPage, ListedFact, ResponsePage, ResponseSummary, ThemeSummary}
