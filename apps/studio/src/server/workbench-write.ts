import {readFrontmatterData, splitFile} from '@opendeuren/content-model/file-text'
import {RequestError} from './errors.js'
import {checkBase, ConflictError, hashText, writeAtomic} from './files.js'

/**
 * Write a workbench change (a toggle, an adviser text) to the consultation
 * file. When the file changed on disk since the workbench opened it, the 409
 * also carries the user's version: the change applied to the text the
 * workbench had (`baseText` of the request), so the two-version view can show
 * both and nothing is lost.
 *
 * @param absolute the consultation file
 * @param current the text on disk now
 * @param base the request's `baseHash`, and `baseText` (the text the workbench had)
 * @param change the change, applied to a text
 */
export async function writeChange(
  absolute: string,
  current: string,
  base: {baseHash: string; baseText?: string | undefined},
  change: (text: string) => string
) {
  const {baseHash, baseText} = base
  try {
    // The version first: a change that no longer fits the file on disk is a conflict, not a bad request.
    await checkBase(absolute, baseHash)
    const text = change(current)
    return {text, saved: await writeAtomic(absolute, text, baseHash)}
  } catch (error) {
    if (
      !(error instanceof ConflictError) ||
      baseText === undefined ||
      hashText(baseText) !== baseHash
    )
      throw error
    let mine: string | undefined
    try {
      mine = change(baseText)
    } catch {
      // The change does not fit the old text either: the conflict without a version of the user's.
    }
    throw new ConflictError(error.message, error.disk, mine)
  }
}

/** The `status` of a consultation file as written (`concept` when it cannot be read: the loader reports that file). */
export function statusOf(text: string): string {
  const {status} = readFrontmatterData(splitFile(text).frontmatter)
  return typeof status === 'string' ? status : 'concept'
}

/** A submitted consultation is read-only: its record is frozen, so its selection and text may not change any more. */
export function refuseWhenSubmitted(id: string, text: string): void {
  const status = statusOf(text)
  if (status !== 'concept') {
    throw new RequestError(
      409,
      `De consultatie \`${id}\` is ${status}; de werkbank verandert haar niet meer. De vastgelegde reactie staat in responses/${id}.md.`
    )
  }
}
