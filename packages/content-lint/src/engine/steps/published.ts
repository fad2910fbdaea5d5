import {publicResponses, publishedGuidePages, type Collections} from '@opendeuren/content-model'

/**
 * The files whose text is public, by the content model's publication rules:
 * every published guide page, every record of a sent response (examples
 * too: the site may show them), and every consultation that is no longer a
 * draft (its text is in the record). In these files a disable comment cannot
 * switch off a `privacy/*` or `safety/*` rule.
 *
 * @param collections the assembled collections
 */
export function publishedFiles(collections: Pick<Collections, 'guides' | 'responses' | 'consultations'>): Set<string> {
  const files = new Set<string>()
  for (const page of publishedGuidePages(collections)) files.add(page.file)
  for (const record of publicResponses(collections, {showExamples: true})) files.add(record.file)
  for (const consultation of collections.consultations) if (consultation.data.status !== 'concept') files.add(consultation.file)
  return files
}

/** Whether a rule guards the public boundary: its problems in a published file cannot be switched off by a comment. */
export function guardsPublicOutput(ruleId: string): boolean {
  return ruleId.startsWith('privacy/') || ruleId.startsWith('safety/')
}
