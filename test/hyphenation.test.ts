// Hyphens at line ends follow the language of the document: its own words form compounds.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const fr = (line1: string, line2: string) =>
  ["L'Assemblée générale,", '', `Rappelant que le ${line1}`, `${line2} des populations est essentiel,`, '', '1. Décide de poursuivre ses travaux.', ''].join('\n');

describe('hyphenation by language', () => {
  it.each([
    ['bien-', 'être', 'bien-être'],
    ['sous-', 'développement', 'sous-développement'],
    ['dévelop-', 'pement', 'développement'],
  ])('French: "%s" + "%s" → "%s"', (before, after, word) => {
    const { resolution } = parse(fr(before, after), { language: 'fr', form: 'text' });
    expect(resolution.preamble[0].text).toContain(`le ${word} des populations`);
  });

  it('English keeps its own compounds and joins a cut word', () => {
    const text = ['The General Assembly,', '', 'Recalling the post-', 'conflict needs and the develop-', 'ment of the region,', '', '1. Decides to act.', ''].join('\n');
    expect(parse(text, { form: 'text' }).resolution.preamble[0].text).toBe('Recalling the post-conflict needs and the development of the region,');
  });

  it('reads the document\'s words in any case', () => {
    // "FACT-FINDING" in capitals vouches for the compound; "Reconstruction" for the joined word.
    const text = ['The General Assembly,', '', 'Recalling FACT-FINDING and Reconstruction,', '', 'Noting the fact-', 'finding and the recon-', 'struction efforts,', '', '1. Decides to act.', ''].join('\n');
    expect(parse(text, { form: 'text' }).resolution.preamble[1].text).toBe('Noting the fact-finding and the reconstruction efforts,');
  });

  it('reads a compound at its hyphen in any case, and a document whose lower case is longer', () => {
    // "Fact-Finding" vouches for the compound; "İ" lower-cases to two characters: the words are collected then.
    for (const name of ['Fact-Finding', 'Fact-Finding of İstanbul']) {
      const text = ['The General Assembly,', '', `Recalling the ${name} mission,`, '', 'Noting the fact-', 'finding efforts,', '', '1. Decides to act.', ''].join('\n');
      expect(parse(text, { form: 'text' }).resolution.preamble[1].text).toBe('Noting the fact-finding efforts,');
    }
  });

  it('reads a compound as whole words on either side of a hyphen, inside a longer compound too', () => {
    // "non-self-governing" vouches for "self-governing"; "fact-findings" does not vouch for "fact-finding".
    const text = ['The General Assembly,', '', 'Recalling the non-self-governing territories and the fact-findings,', '', 'Noting the self-', 'governing bodies and the fact-', 'finding,', '', '1. Decides to act.', ''].join('\n');
    expect(parse(text, { form: 'text' }).resolution.preamble[1].text).toBe('Noting the self-governing bodies and the factfinding,');
  });

  it('reads the same words past the first few cuts after a compound former (searched, then read into a set)', () => {
    // "post" forms compounds: "post-" / "conflict" is joined only where the document writes "postconflict" alone.
    const cuts = Array.from({ length: 12 }, (_, i) => [`Noting the post-`, `conflict needs of region ${i},`, '']).flat();
    const read = (vouching: string) => parse(['The General Assembly,', '', `Recalling the ${vouching} report,`, '', ...cuts, '1. Decides to act.', ''].join('\n'), { form: 'text' }).resolution.preamble.slice(1).map((p) => p.text);
    expect(read('postconflict')).toEqual(Array.from({ length: 12 }, (_, i) => `Noting the postconflict needs of region ${i},`));
    // Joined to another word by a hyphen, "postconflict" does not stand alone.
    expect(read('postconflict-era')).toEqual(Array.from({ length: 12 }, (_, i) => `Noting the post-conflict needs of region ${i},`));
  });

  it('keeps a suspended hyphen before a conjunction, with a space after it, unless the document writes the joined word', () => {
    const text = ['The General Assembly,', '', 'Recalling the Island States and the burden-', 'and responsibility-sharing of small-', 'or medium-sized States and the Isl-', 'and States,', '', '1. Decides to act.', ''].join('\n');
    expect(parse(text, { form: 'text' }).resolution.preamble[0].text).toBe(
      'Recalling the Island States and the burden- and responsibility-sharing of small- or medium-sized States and the Island States,',
    );
    const fr = ["L'Assemblée générale,", '', 'Rappelant les entreprises petites-', 'et moyennes des pays,', '', '1. Décide de poursuivre ses travaux.', ''].join('\n');
    expect(parse(fr, { language: 'fr', form: 'text' }).resolution.preamble[0].text).toBe('Rappelant les entreprises petites- et moyennes des pays,');
  });

  describe('a hyphen that the document\'s words do not decide follows what the document does at its other line ends', () => {
    const read = (...lines: string[]) => parse(['The General Assembly,', '', ...lines, '', '1. Decides to act.', ''].join('\n'), { form: 'text' }).resolution.preamble.map((p) => p.text);

    it('keeps it where the other hyphens are compounds (set without cutting words, as the UN sets its documents today)', () => {
      // "capacity-building" is written on one line: that line end is a compound, so "forward-" / "looking" is one too.
      expect(read('Recalling capacity-building,', '', 'Noting the capacity-', 'building and a forward-', 'looking step,')).toEqual([
        'Recalling capacity-building,',
        'Noting the capacity-building and a forward-looking step,',
      ]);
    });

    it('joins it where another is a cut word (set with hyphenation, as the printed volumes of old)', () => {
      // "meeting" is written alone: "meet-" / "ing" is a cut word, and so the document cuts words.
      expect(read('Recalling the meeting and capacity-building,', '', 'Noting the meet-', 'ing on capacity-', 'building and the accord-', 'ance reached,')).toEqual([
        'Recalling the meeting and capacity-building,',
        'Noting the meeting on capacity-building and the accordance reached,',
      ]);
    });

    it('where the words show nothing, keeps it in lines of one wide column and joins it in a narrow one', () => {
      const wide = ['Recalling the report of the Secretary-General on the strengthening of the coordination of', 'emergency humanitarian assistance of the United Nations and its forward-', 'looking recommendations on the prevention of disasters and on preparedness,'];
      expect(read(...wide)).toEqual([wide.join(' ').replace('forward- looking', 'forward-looking')]);
      // The same words in a column of 45 characters: a cut word, as the printed volumes set them.
      const narrow = ['Recalling the report of the Secretary-General', 'on the strengthening of the coordination of', 'emergency humanitarian assistance and its', 'for-', 'ward looking recommendations on preparedness,'];
      expect(read(...narrow)).toEqual([narrow.join(' ').replace('for- ward', 'forward')]);
    });

    it('takes no lesson from a compound after a compound former', () => {
      // "sub-committee" is a compound in any document, whether it cuts words or not.
      expect(read('Recalling the sub-committee,', '', 'Noting the sub-', 'committee at its meet-', 'ing,')).toEqual([
        'Recalling the sub-committee,',
        'Noting the sub-committee at its meeting,',
      ]);
    });
  });
});
