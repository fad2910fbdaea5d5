/** Whether a rule guards the public boundary: its problems in a published file cannot be switched off by a comment. */
export function guardsPublicOutput(ruleId: string): boolean {
  return ruleId.startsWith('privacy/') || ruleId.startsWith('safety/')
}
