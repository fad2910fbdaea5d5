/** Names and DOS times of the entries of a zip file, read from its central directory (for tests). */
export function zipEntries(bytes: Uint8Array): Array<{name: string; date: string; time: string}> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = bytes.length - 22
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--
  if (end < 0) throw new Error('not a zip file')
  const count = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  const entries = []
  for (let i = 0; i < count; i++) {
    if (view.getUint32(offset, true) !== 0x02014b50) throw new Error('broken central directory')
    const time = view.getUint16(offset + 12, true)
    const date = view.getUint16(offset + 14, true)
    const nameLength = view.getUint16(offset + 28, true)
    const extra = view.getUint16(offset + 30, true)
    const comment = view.getUint16(offset + 32, true)
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength))
    const pad = (n: number) => String(n).padStart(2, '0')
    entries.push({
      name,
      date: `${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)}`,
      time: `${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`
    })
    offset += 46 + nameLength + extra + comment
  }
  return entries
}
