import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {loadContent} from '@opendeuren/content-model'
import {describe, expect, test} from 'vitest'
import {todayInAmsterdam as localDate} from '@opendeuren/content-model/file-text'
import {main} from '../src/main.js'
import {fakeIo, runBin, tempContent} from './helpers.js'

describe('opendeuren new (through the real binary)', () => {
  test('new signal with flags writes a valid file with the next free id', async () => {
    const cwd = tempContent()
    const year = localDate().slice(0, 4)
    const first = await runBin(
      [
        'new',
        'signal',
        '--title',
        'Jobcoach stopt na verhuizing',
        '--theme',
        'begeleiding',
        '--instrument',
        'jobcoach'
      ],
      cwd
    )
    expect(first).toEqual({
      code: 0,
      stdout: `content/signals/${year}/sig-${year}-001.md\n`,
      stderr: ''
    })
    const second = await runBin(
      [
        'new',
        'signal',
        '--title',
        'Tweede signaal',
        '--theme',
        'begeleiding',
        '--theme',
        'regeldruk',
        '--instrument',
        'jobcoach'
      ],
      cwd
    )
    expect(second.stdout).toBe(`content/signals/${year}/sig-${year}-002.md\n`)
    const content = await loadContent(path.join(cwd, 'content'))
    expect(content.problems).toEqual([])
    expect(
      content.signals.map((s) => [s.data.id, s.data.date, s.data.visibility, s.data.themes])
    ).toEqual([
      [`sig-${year}-001`, localDate(), 'intern', ['begeleiding']],
      [`sig-${year}-002`, localDate(), 'intern', ['begeleiding', 'regeldruk']]
    ])
  })

  test('new guide, then a page in it, then a consultation: all valid', async () => {
    const cwd = tempContent()
    const guide = await runBin(
      [
        'new',
        'guide',
        '--title',
        'Werk & privé in balans',
        '--theme',
        'psychische-gezondheid',
        '--audience',
        'werkgevers'
      ],
      cwd
    )
    expect(guide).toEqual({
      code: 0,
      stdout: 'content/guides/werk-en-prive-in-balans/index.md\n',
      stderr: ''
    })
    const page = await runBin(
      [
        'new',
        'page',
        '--guide',
        'werk-en-prive-in-balans',
        '--title',
        'Het gesprek',
        '--theme',
        'psychische-gezondheid',
        '--audience',
        'leidinggevenden'
      ],
      cwd
    )
    expect(page.stdout).toBe('content/guides/werk-en-prive-in-balans/het-gesprek.md\n')
    const consultation = await runBin(
      ['new', 'consultation', '--title', 'Wet inburgering 2021', '--theme', 'inburgering-en-werk'],
      cwd
    )
    expect(consultation.stdout).toBe('content/consultations/wet-inburgering-2021.md\n')
    const content = await loadContent(path.join(cwd, 'content'))
    expect(content.problems).toEqual([])
    const index = content.guides.find((g) => g.slug === 'index')!
    expect(index.data.updated).toBe(localDate())
    expect(index.data.review_by).toBe(
      `${Number(localDate().slice(0, 4)) + 1}${localDate().slice(4)}`.replace(/-02-29$/, '-02-28')
    )
    expect(content.guides.find((g) => g.slug === 'het-gesprek')?.data.order).toBe(1)
    expect(content.consultations[0]?.data.status).toBe('concept')
  })

  test('never overwrites', async () => {
    const cwd = tempContent()
    const args = [
      'new',
      'guide',
      '--title',
      'Dubbel',
      '--theme',
      'banenafspraak',
      '--audience',
      'werkgevers'
    ]
    await runBin(args, cwd)
    const file = path.join(cwd, 'content/guides/dubbel/index.md')
    const before = readFileSync(file, 'utf8')
    const again = await runBin(args, cwd)
    expect(again).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'opendeuren new: `content/guides/dubbel/index.md` bestaat al; er is niets overschreven. Kies een andere titel of geef --slug.\n'
    })
    expect(readFileSync(file, 'utf8')).toBe(before)
  })

  test('without a terminal and without required flags: exit 2 naming the flags', async () => {
    const result = await runBin(['new', 'page', '--title', 'x'], tempContent())
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'opendeuren new: Ontbrekende opties: --guide, --theme, --audience. Zonder terminal vraagt `opendeuren new page` niets; geef ze mee, bijvoorbeeld: opendeuren new page --guide ... --title ... --theme ... --audience ...\n'
    })
  })

  test.each([
    [
      ['new', 'signal', '--title', 'x', '--theme', 'begeleding', '--instrument', 'jobcoach'],
      'opendeuren new: Onbekende waarde `begeleding` voor --theme. Bedoelde u `begeleiding`?\n'
    ],
    [
      ['new', 'poster'],
      'opendeuren new: Onbekend soort `poster`; kies guide, page, signal of consultation.\n'
    ],
    [
      ['new'],
      'opendeuren new: Zeg wat u wilt maken: opendeuren new guide|page|signal|consultation. Zie `opendeuren new --help`.\n'
    ],
    [
      ['new', 'signal', '--titel', 'x'],
      'opendeuren new: Onbekende optie `--titel` voor `opendeuren new`. Zie `opendeuren new --help`.\n'
    ],
    [
      [
        'new',
        'page',
        '--guide',
        'nergens',
        '--title',
        'x',
        '--theme',
        'banenafspraak',
        '--audience',
        'werkgevers'
      ],
      'opendeuren new: De gids `nergens` bestaat niet. Maak hem met `opendeuren new guide`.\n'
    ],
    [
      ['new', 'guide', '--title', '!!!', '--theme', 'banenafspraak', '--audience', 'werkgevers'],
      'opendeuren new: Uit de titel volgt geen bruikbare bestandsnaam (``). Geef er een met --slug, bijvoorbeeld --slug mijn-pagina.\n'
    ],
    [
      [
        'new',
        'guide',
        '--title',
        'x',
        '--theme',
        'a',
        '--theme',
        'b',
        '--theme',
        'c',
        '--theme',
        'd',
        '--theme',
        'e',
        '--audience',
        'werkgevers'
      ],
      'opendeuren new: Onbekende waarde `a` voor --theme. Kies uit: banenafspraak, psychische-gezondheid, verzuim-en-re-integratie, preventie-en-arbobeleid, werkaanpassing, jobcarving, begeleiding, financiele-regelingen, werkgeversdienstverlening, werving-en-selectie, social-return, aanbesteden, samenwerking, draagvlak-en-medezeggenschap, inclusieve-cultuur, crisis-en-continuiteit, doelgroep-en-toegang, leren-en-ontwikkelen, inburgering-en-werk, meten-en-monitoren, regeldruk.\n'
    ]
  ])('bad input %j', async (args, stderr) => {
    const result = await runBin(args, tempContent())
    expect(result).toEqual({code: 2, stdout: '', stderr})
  })

  test('a missing content directory is a usage error', async () => {
    const cwd = tempContent()
    const result = await runBin(
      [
        'new',
        'signal',
        '--content',
        'elders',
        '--title',
        'x',
        '--theme',
        'begeleiding',
        '--instrument',
        'jobcoach'
      ],
      cwd
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `opendeuren new: De inhoudsmap \`${path.join(cwd, 'elders')}\` bestaat niet. Geef een andere map op met --content of OPENDEUREN_CONTENT.\n`
    )
  })

  test('OPENDEUREN_CONTENT chooses the content directory', async () => {
    const cwd = tempContent()
    const result = await runBin(
      ['new', 'signal', '--title', 'x', '--theme', 'begeleiding', '--instrument', 'jobcoach'],
      path.join(cwd, 'content', 'vocabulary'),
      {
        OPENDEUREN_CONTENT: path.join(cwd, 'content')
      }
    )
    expect(result.code).toBe(0)
    expect(existsSync(path.join(cwd, 'content', 'signals'))).toBe(true)
  })
})

describe('opendeuren new in a terminal', () => {
  test('asks for what is missing, offering the vocabulary by number', async () => {
    const cwd = tempContent()
    const io = fakeIo(cwd, ['Jobcoach stopt', '7', 'x', 'jobcoach, 1'], '2024-02-29')
    const code = await main(['new', 'signal'], io)
    expect(io.errors).toBe('`x` staat niet in de lijst.\n')
    expect(code).toBe(0)
    expect(io.output).toContain('Titel: ')
    expect(io.output).toContain('   7. Begeleiding en jobcoaching (begeleiding)\n')
    expect(io.output.endsWith('content/signals/2024/sig-2024-001.md\n')).toBe(true)
    const text = readFileSync(path.join(cwd, 'content/signals/2024/sig-2024-001.md'), 'utf8')
    expect(text).toContain('themes: [begeleiding]\ninstruments: [jobcoach, loonkostensubsidie]\n')
    expect(text).toContain('date: 2024-02-29\n')
  })

  test('a page on 29 February gets a review date on 28 February next year', async () => {
    const cwd = tempContent()
    await main(
      ['new', 'guide', '--title', 'Gids', '--theme', 'banenafspraak', '--audience', 'werkgevers'],
      fakeIo(cwd, [], '2024-02-29')
    )
    expect(readFileSync(path.join(cwd, 'content/guides/gids/index.md'), 'utf8')).toContain(
      'updated: 2024-02-29\nreview_by: 2025-02-28\n'
    )
  })
})
