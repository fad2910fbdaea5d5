// @opendeuren/cli is built without declarations; these are the scaffolds of
// `opendeuren new` it exports (packages/cli/src/scaffold.ts, slug.ts).
declare module '@opendeuren/cli' {
  export interface PageFields {
    title: string
    themes: string[]
    audiences: string[]
    today: string
    order: number
  }
  export interface SignalFields {
    id: string
    title: string
    themes: string[]
    instruments: string[]
    today: string
  }
  export function guidePageTemplate(fields: PageFields, isIndex: boolean): string
  export function signalTemplate(fields: SignalFields): string
  export function slugify(title: string): string
}
