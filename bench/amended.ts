// The "adopted" counterpart of a benchmark input, for timing compare: the same resolution with every
// 9th operative paragraph dropped, a word inserted into every 7th, every 13th swapped with the next
// and one preambular paragraph moved to the end of the preamble. Deterministic.

/** The text with its operative paragraphs (blocks opening "N. ") amended as above. */
export function amendedResolution(text: string): string {
  const blocks = text.split(/\n{2,}/);
  const numbered = blocks.map((block, i) => (/^\d+\\?\. /.test(block) ? i : -1)).filter((i) => i >= 0);
  numbered.forEach((at, k) => {
    if (k % 7 === 3) blocks[at] = blocks[at].replace(/^(\d+\\?\. \S+)/, '$1 notably');
    if (k % 13 === 5 && k + 1 < numbered.length) [blocks[at], blocks[numbered[k + 1]]] = [blocks[numbered[k + 1]], blocks[at]];
  });
  const dropped = new Set(numbered.filter((_, k) => k % 9 === 8));
  const preamble = blocks.findIndex((block) => /^\*[^*]+\* /.test(block));
  const kept = blocks.filter((_, i) => !dropped.has(i));
  if (preamble >= 0 && preamble < numbered[0] - 1) kept.splice(numbered[0] - 1, 0, ...kept.splice(preamble, 1));
  return kept.join('\n\n');
}
