/**
 * Styles of the standalone `response.html`: readable on screen, clean on
 * paper (A4, page margins, no page break right after a heading, link targets
 * printed after the link text). Colours meet WCAG 2.2 AA contrast.
 */
export const responseCss = `:root { color: #1a1a1a; background: #ffffff; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.55; margin: 0; }
main { max-width: 44rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 0.75rem; border-bottom: 1px solid #767676; padding-bottom: 0.25rem; }
h3 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
a { color: #0b4f8a; }
a:focus-visible { outline: 3px solid #0b4f8a; outline-offset: 2px; }
.od-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 2rem; }
.od-meta dt { font-weight: 600; }
.od-meta dd { margin: 0; }
.od-note { border-left: 4px solid #8a5a00; background: #fff4e0; padding: 0.5rem 0.75rem; font-style: italic; }
blockquote { border-left: 4px solid #767676; margin: 1rem 0; padding: 0 1rem; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #767676; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
pre { overflow-x: auto; background: #f3f3f3; padding: 0.75rem; }
@media print {
  @page { size: A4; margin: 2cm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2, h3, h4 { break-after: avoid; }
  p, li { orphans: 3; widows: 3; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.9em; }
  .od-note { border: 1px solid #8a5a00; }
}
`
