import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/** Calls and constructors whose arguments are messages for users. */
const messageCallees =
  /^(io\.(err|out)|problem|failed|new (UsageError|OutputFolderError|ConsultationError|FeedError|ConfigError|ContentDirectoryError|LinterUnavailableError|Error)|problems\.push|warnings\.push)$/

/** One piece of literal message text in a source file. */
export interface SourceMessage {
  file: string
  line: number
  text: string
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter(
      (entry) =>
        entry.isFile() &&
        entry.name.endsWith('.ts') &&
        !entry.name.endsWith('.test.ts') &&
        !entry.name.endsWith('.d.ts')
    )
    .map((entry) => path.join(entry.parentPath, entry.name))
}

function calleeName(node: ts.CallExpression | ts.NewExpression, source: ts.SourceFile): string {
  const name = node.expression.getText(source)
  return ts.isNewExpression(node) ? `new ${name}` : name
}

/**
 * The literal text (strings and the fixed parts of templates) in the
 * arguments of every call that makes a message: `io.err(…)`, `problem(…)`,
 * `new UsageError(…)`, … Parsed with the TypeScript compiler, so comments and
 * code around the call are never taken for messages.
 *
 * @param srcDirs the `src` folders to read
 */
export function sourceMessages(srcDirs: readonly string[]): SourceMessage[] {
  const found: SourceMessage[] = []
  for (const file of srcDirs.flatMap(filesBelow)) {
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true
    )
    const collect = (node: ts.Node) => {
      if (
        ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)
      ) {
        // Keys of lookups and comparisons inside a message call are code, not text.
        const parent = node.parent
        if (
          ts.isElementAccessExpression(parent) ||
          ts.isBinaryExpression(parent) ||
          ts.isCaseClause(parent)
        )
          return
        if (node.text.trim() !== '')
          found.push({
            file,
            line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
            text: node.text
          })
      }
      ts.forEachChild(node, collect)
    }
    const visit = (node: ts.Node) => {
      if (
        (ts.isCallExpression(node) || ts.isNewExpression(node)) &&
        messageCallees.test(calleeName(node, source))
      ) {
        for (const argument of node.arguments ?? []) collect(argument)
        return
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}
