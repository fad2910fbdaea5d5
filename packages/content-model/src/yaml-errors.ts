// Dutch for the errors of the `yaml` package: its English never reaches a writer.
const yamlErrorTexts: Record<string, string> = {
  BAD_INDENT: 'de inspringing klopt niet.',
  MISSING_CHAR: 'er ontbreekt een teken (bijvoorbeeld een sluitend aanhalingsteken of haakje).',
  MULTILINE_IMPLICIT_KEY:
    'een sleutel loopt over meer regels; vaak ontbreekt een dubbele punt of een aanhalingsteken.',
  BLOCK_AS_IMPLICIT_KEY: 'een blok staat op de plek van een sleutel.',
  UNEXPECTED_TOKEN: 'onverwacht teken.',
  TAB_AS_INDENT: 'een tab wordt gebruikt om in te springen; gebruik spaties.',
  BAD_ALIAS: 'ongeldige alias.',
  BAD_DIRECTIVE: 'ongeldige YAML-richtlijn.',
  BAD_SCALAR_START:
    'een waarde begint met een teken dat niet mag; zet de waarde tussen aanhalingstekens.',
  BAD_DQ_ESCAPE: 'ongeldige escape in tekst tussen dubbele aanhalingstekens.',
  KEY_OVER_1024_CHARS: 'een sleutel is langer dan 1024 tekens.',
  MULTIPLE_DOCS: 'er staat meer dan één YAML-document in de frontmatter.',
  MULTIPLE_ANCHORS: 'een waarde heeft meer dan één anker.',
  MULTIPLE_TAGS: 'een waarde heeft meer dan één tag.',
  IMPOSSIBLE: 'de YAML kan niet worden gelezen.',
  TAG_RESOLVE_FAILED: 'een tag kan niet worden opgelost.'
}

/**
 * A syntax error of the `yaml` package in Dutch, ending with a full stop.
 *
 * @param code the error's `code` (`BAD_INDENT`, `MISSING_CHAR`, ...)
 */
export function describeYamlError(code: string): string {
  return yamlErrorTexts[code] ?? 'de YAML kan niet worden gelezen.'
}

/**
 * An error of `document.toJS()` in Dutch, ending with a full stop: too many
 * aliases (an alias bomb) or an alias that points nowhere.
 *
 * @param error what `toJS` threw
 */
export function describeYamlConversionError(error: unknown): string {
  const message = String((error as Error | undefined)?.message ?? '')
  if (/alias count/i.test(message)) return 'er worden te veel aliassen (`*naam`) gebruikt.'
  if (/alias/i.test(message)) return 'een alias (`*naam`) verwijst naar een anker dat niet bestaat.'
  return 'de YAML kan niet worden omgezet in gegevens.'
}
