export {fold, words, stopwords, type Word} from './normalise.js'
export {stem} from './stem.js'
export {indexTerms, phraseTerms, queryWords, type QueryWord} from './analyse.js'
export {expandQuery, type Clause} from './expand.js'
export {
  splitSections,
  summarise,
  passages,
  inlineText,
  headingAnchors,
  type Section,
  type SplitPage
} from './sections.js'
export {buildSearchIndex, type BuildOptions} from './build.js'
export {SearchIndex, type LoadedRecord, type Postings} from './search-index.js'
export {runQuery} from './query.js'
export {highlight, type Segment} from './highlight.js'
export {suggest, type Suggestions} from './suggest.js'
export {searchUrl, parseSearchUrl, type SearchUrlState} from './url.js'
export type {
  PageInput,
  LabelledInput,
  SynonymInput,
  VocabularyInput,
  PageRow,
  RecordRow,
  TextTerms,
  SearchIndexCore,
  SummaryShard,
  SerialisedSearchIndex,
  SearchOptions,
  SearchResult
} from './types.js'
