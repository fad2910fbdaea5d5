import path from 'node:path'

/** A configuration file that was passed by and not read, and why. */
export interface IgnoredConfig {
  /** Absolute path. */
  file: string
  /** `code`: JavaScript or TypeScript, never imported; `inside-content`: in the content or signals directory. */
  reason: 'code' | 'inside-content'
}

const reported = new Set<string>()

/**
 * The Dutch notice for an ignored configuration file (path relative to the
 * working directory).
 *
 * @param ignored the file and why it was not read
 */
export function ignoredConfigNotice(ignored: IgnoredConfig): string {
  const shown = path.relative(process.cwd(), ignored.file) || ignored.file
  return ignored.reason === 'code'
    ? `Let op: \`${shown}\` wordt genegeerd. Een configuratie is gegevens (\`opendeuren.config.json\` of \`.yaml\`), nooit code die wordt uitgevoerd.\n`
    : `Let op: \`${shown}\` wordt genegeerd. Een configuratie in de inhoudsmap of de signalenmap telt niet; zet haar in de map erboven.\n`
}

/**
 * Tell once per process that a configuration file was ignored.
 *
 * @param ignored the file and why
 * @param notify where the notice goes (default: stderr)
 */
export function reportIgnoredConfig(
  ignored: IgnoredConfig,
  notify: (notice: string) => void = (notice) => process.stderr.write(notice)
): void {
  if (reported.has(ignored.file)) return
  reported.add(ignored.file)
  notify(ignoredConfigNotice(ignored))
}
