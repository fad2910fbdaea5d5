import {z} from 'zod'
import type {FieldMessages} from './request-validation.js'

// What each route accepts, as zod schemas: the server validates with them and the client's request types come from them (hono/client).
// The Dutch messages for a wrong field are made by `describeIssue`; the routes' own messages for fields are beside their schemas.
// Fields the routes do not know are ignored, as before.

const texts = z.array(z.string())

/** The id of a consultation in a path: a slug, as its file name. */
export const consultationParam = z.object({id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)})

/** Messages for {@link consultationParam}. */
export const consultationParamMessages: FieldMessages = {
  id: (value) => `Ongeldige consultatie-id \`${String(value)}\`.`
}

/** A consultation and one of its downloads (`response.md`, `answers-<question>.txt`, …). */
export const downloadParam = consultationParam.extend({name: z.string()})

/** `GET /file?path=`: a missing path is the empty path, which `resolveContentPath` refuses in its own words. */
export const fileQuery = z.object({path: z.string().default('')})

/** `POST /lint`: an unsaved text of a file. */
export const lintBody = z.object({path: z.string(), text: z.string()})

/** `PUT /file`: the text to save, against the version opened (`null`: a new file). */
export const saveBody = z.object({
  path: z.string(),
  text: z.string(),
  baseHash: z.string().nullable()
})

/** `POST /new`: a new guide, page (in `guide`) or signal; `slug` when the title's is not wanted. */
export const newBody = z.object({
  type: z.enum(['guide', 'page', 'signal']),
  title: z.string(),
  themes: texts.default([]),
  audiences: texts.default([]),
  instruments: texts.default([]),
  guide: z.string().optional(),
  // Anything but a text is ignored: the title's slug is used.
  slug: z.string().optional().catch(undefined)
})

/** Messages for {@link newBody}. */
export const newBodyMessages: FieldMessages = {
  type: (value) =>
    typeof value === 'string'
      ? `Onbekend soort \`${value}\`; kies guide, page of signal.`
      : undefined
}

/** `POST /git/commit`: the message, and the files as reviewed (`file` and `hash` as `GET /git/changes` gave them). */
export const commitBody = z.object({
  message: z.string(),
  files: z.array(z.object({file: z.string(), hash: z.string()})).min(1)
})

/** Messages for {@link commitBody}. */
export const commitBodyMessages: FieldMessages = {
  files:
    'Het veld `files` ontbreekt: stuur de lijst met bestanden en controlegetallen die u heeft bekeken.',
  'files[]': 'Elk bestand in `files` heeft een `file` en een `hash` (tekst).'
}

/**
 * What every workbench change carries: the version it was made against
 * (`baseHash`), the text the workbench had (`baseText`, for the user's
 * version in a 409) and the keys of the preview sections the page holds.
 */
const change = z.object({
  have: texts.default([]),
  baseHash: z.string(),
  // Anything but a text is ignored: the 409 then comes without the user's version.
  baseText: z.string().optional().catch(undefined)
})

/** `POST /consultations/:id/toggle`: include, exclude or reset a signal for a question. */
export const toggleBody = z
  .object({
    action: z.enum(['include', 'exclude', 'reset']),
    question: z.string(),
    signal: z.string()
  })
  .extend(change.shape)

/** Messages for {@link toggleBody}. */
export const toggleBodyMessages: FieldMessages = {
  action: (value) => (typeof value === 'string' ? `Onbekende actie \`${value}\`.` : undefined)
}

/** `POST /consultations/:id/adviser`: the adviser's own text for a question. */
export const adviserBody = z.object({question: z.string(), text: z.string()}).extend(change.shape)

/** `POST /consultations/:id/submit`: the checksum of the public text the adviser confirmed. */
export const submitBody = z.object({checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/)})

/** Messages for {@link submitBody}. */
export const submitBodyMessages: FieldMessages = {
  checksum: (value) =>
    typeof value === 'string'
      ? 'Het veld `checksum` moet het controlegetal uit het venster Indienen zijn (`sha256:` en 64 tekens 0-9, a-f).'
      : undefined
}
