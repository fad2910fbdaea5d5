import {useCallback, useEffect, useRef, useState} from 'react'
import {ApiError, call, client, type LintProblem} from './api.js'

interface Draft {
  text: string
  baseHash: string | null
}

const draftKey = (path: string) => `opendeuren-studio:concept:${path}`

/** The unsaved text of a file, kept in localStorage so it survives a reload. */
export function readDraft(path: string): Draft | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(draftKey(path)) ?? 'null') as Draft | null
    return value && typeof value.text === 'string' ? value : undefined
  } catch {
    return undefined
  }
}

/** Keep a draft (a new file's scaffold, or unsaved changes). */
export function writeDraft(path: string, draft: Draft): void {
  localStorage.setItem(draftKey(path), JSON.stringify(draft))
}

function dropDraft(path: string): void {
  localStorage.removeItem(draftKey(path))
}

/** A file being edited: its text, the version it was opened at, and saving with conflict detection. */
export interface EditedDocument {
  state: 'laden' | 'klaar' | 'fout'
  text: string
  /** Whether the text differs from the last saved or opened version. */
  dirty: boolean
  /** Whether unsaved changes from an earlier visit were restored. */
  restored: boolean
  isNew: boolean
  message: {kind: 'ok' | 'fout'; text: string} | undefined
  saveProblems: LintProblem[]
  conflict: {disk: string; diskHash: string | null} | undefined
  saving: boolean
  setText: (text: string) => void
  save: () => Promise<boolean>
  resolve: (text: string) => Promise<void>
  takeDisk: () => void
  discard: () => void
  /**
   * Whether the browser may keep this text as a draft: false while it holds
   * what the studio refused (personal data in a signal); the draft is then
   * removed and nothing is written until it is allowed again. After a save
   * refused for its content, nothing is kept until a save succeeds.
   */
  keepDrafts: (allowed: boolean) => void
}

/**
 * Open a content file for editing. Unsaved changes go to localStorage on
 * every change; saving sends the hash of the version opened, and a 409
 * (changed on disk) becomes `conflict` with both texts.
 *
 * @param path the file, relative to the content root
 */
export function useDocument(path: string): EditedDocument {
  const [state, setState] = useState<EditedDocument['state']>('laden')
  const [text, setTextState] = useState('')
  const [saved, setSaved] = useState('')
  const [restored, setRestored] = useState(false)
  const [message, setMessage] = useState<EditedDocument['message']>()
  const [saveProblems, setSaveProblems] = useState<LintProblem[]>([])
  const [conflict, setConflict] = useState<EditedDocument['conflict']>()
  const [saving, setSaving] = useState(false)
  const base = useRef<string | null>(null)
  /** False while the text holds what the studio refused: no copy of it stays in localStorage. */
  const draftsAllowed = useRef(true)
  /** Set when a save was refused for its content: no draft is kept until a save succeeds. */
  const refused = useRef(false)
  /** The last text that passed the check (or the text as opened): what a draft holds while the current text may not be kept. */
  const lastClean = useRef<string | undefined>(undefined)

  useEffect(() => {
    let cancelled = false
    setState('laden')
    const draft = readDraft(path)
    call(client.file.$get({query: {path}}))
      .then((file) => {
        if (cancelled) return
        setSaved(file.text)
        if (draft && draft.text !== file.text) {
          base.current = draft.baseHash
          setTextState(draft.text)
          lastClean.current = draft.text
          setRestored(true)
        } else {
          base.current = file.hash
          setTextState(file.text)
          lastClean.current = file.text
          if (draft) dropDraft(path)
        }
        setState('klaar')
      })
      .catch((error: unknown) => {
        if (cancelled) return
        if (error instanceof ApiError && error.status === 404 && draft && draft.baseHash === null) {
          base.current = null
          setTextState(draft.text)
          lastClean.current = draft.text
          setSaved('')
          setState('klaar')
          return
        }
        setMessage({kind: 'fout', text: (error as Error).message})
        setState('fout')
      })
    return () => {
      cancelled = true
    }
  }, [path])

  const setText = useCallback(
    (next: string) => {
      setTextState(next)
      if (draftsAllowed.current) writeDraft(path, {text: next, baseHash: base.current})
    },
    [path]
  )

  /** Replace the draft by the last clean text (a new file's scaffold survives a reload), or remove it; never keep `refusedText`. */
  const keepOnlyClean = useCallback(
    (refusedText: string) => {
      const clean = lastClean.current
      if (
        clean !== undefined &&
        clean !== refusedText &&
        (base.current === null || clean !== saved)
      )
        writeDraft(path, {text: clean, baseHash: base.current})
      else dropDraft(path)
    },
    [path, saved]
  )

  const put = useCallback(
    async (body: string, baseHash: string | null): Promise<boolean> => {
      setSaving(true)
      setMessage(undefined)
      setSaveProblems([])
      try {
        const result = await call(client.file.$put({json: {path, text: body, baseHash}}))
        base.current = result.hash
        setSaved(body)
        setTextState(body)
        setConflict(undefined)
        setRestored(false)
        dropDraft(path)
        refused.current = false
        draftsAllowed.current = true
        setMessage({kind: 'ok', text: 'Opgeslagen.'})
        return true
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && error.body.conflict) {
          const disk = error.body.disk as {text: string; hash: string} | null
          setConflict({disk: disk?.text ?? '', diskHash: disk?.hash ?? null})
          setMessage({kind: 'fout', text: error.message})
        } else {
          setMessage({kind: 'fout', text: (error as Error).message})
          if (error instanceof ApiError && Array.isArray(error.body.problems))
            setSaveProblems(error.body.problems as LintProblem[])
          // Refused for what it contains (personal data): the browser keeps no copy of it.
          if (error instanceof ApiError && error.status === 422) {
            refused.current = true
            draftsAllowed.current = false
            keepOnlyClean(body)
          }
        }
        return false
      } finally {
        setSaving(false)
      }
    },
    [path, keepOnlyClean]
  )

  return {
    state,
    text,
    dirty: text !== saved || base.current === null,
    restored,
    isNew: base.current === null,
    message,
    saveProblems,
    conflict,
    saving,
    setText,
    save: () => put(text, base.current),
    resolve: async (body: string) => {
      if (!conflict) return
      await put(body, conflict.diskHash)
    },
    takeDisk: () => {
      if (!conflict) return
      base.current = conflict.diskHash
      setTextState(conflict.disk)
      setSaved(conflict.disk)
      setConflict(undefined)
      dropDraft(path)
      setMessage({
        kind: 'ok',
        text: 'De versie op schijf is geopend; uw wijzigingen zijn verworpen.'
      })
    },
    discard: () => {
      dropDraft(path)
      window.location.reload()
    },
    keepDrafts: useCallback(
      (allowed: boolean) => {
        if (allowed && !refused.current) lastClean.current = text
        if (allowed && refused.current) return
        if (draftsAllowed.current === allowed) return
        draftsAllowed.current = allowed
        if (!allowed) keepOnlyClean(text)
        else if (text !== saved || base.current === null)
          writeDraft(path, {text, baseHash: base.current})
      },
      [path, text, saved, keepOnlyClean]
    )
  }
}
