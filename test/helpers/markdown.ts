/** The first ```json block under the first heading that contains "Data contract". */
export function contractExample(markdown: string): string | null {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => /^#{1,6}\s.*data contract/i.test(line));
  if (start < 0) return null;
  const level = /^#+/.exec(lines[start])![0].length;
  let block: string[] | null = null;
  for (const line of lines.slice(start + 1)) {
    if (block) {
      if (/^\s*```\s*$/.test(line)) return block.join('\n');
      block.push(line);
    } else if (/^\s*```json\b/i.test(line)) {
      block = [];
    } else {
      const heading = /^(#{1,6})\s/.exec(line);
      if (heading && heading[1].length <= level) return null;
    }
  }
  return null;
}
