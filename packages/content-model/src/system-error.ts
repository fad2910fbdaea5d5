/** Dutch for the error codes of the file system that users meet; the code itself is English jargon. */
const reasons: Record<string, string> = {
  EACCES: 'geen toestemming (controleer de rechten)',
  EPERM: 'geen toestemming (controleer de rechten)',
  ENOENT: 'het bestand of de map bestaat niet',
  ENOTDIR: 'een deel van het pad is een bestand, geen map',
  EISDIR: 'het is een map, geen bestand',
  EEXIST: 'er staat al een bestand of map met die naam',
  ENOTEMPTY: 'de map is niet leeg',
  ENOSPC: 'de schijf is vol',
  EDQUOT: 'de schijfruimte (quota) is op',
  EROFS: 'het bestandssysteem is alleen-lezen',
  ENAMETOOLONG: 'de naam is te lang',
  ELOOP: 'het pad verwijst in een kring naar zichzelf (symbolische links)',
  EMFILE: 'er zijn te veel bestanden tegelijk open',
  EBUSY: 'het bestand is in gebruik',
  EIO: 'de schijf gaf een leesfout of schrijffout',
  EINVAL: 'het pad is hier niet mogelijk'
}

/**
 * What went wrong with the file system, in Dutch, for a message that also
 * names the path: `de schijf is vol`, `geen toestemming (controleer de rechten)`.
 *
 * @param error an error from `node:fs` (or anything thrown)
 */
export function describeSystemError(error: unknown): string {
  const code = (error as {code?: unknown} | undefined)?.code
  return (
    (typeof code === 'string' && reasons[code]) || 'het besturingssysteem weigerde de bewerking'
  )
}
