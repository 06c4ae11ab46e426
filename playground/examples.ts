/** The examples one click away: the seed, three corpus texts, and a page that is not a resolution. */
import seed from '../fixtures/seed/a-res-58-220.fr.md';
import southSouthPage from '../fixtures/seed/south-south-cooperation-page.fr.txt';
import scale from '../fixtures/corpus/en/ga/a-res-80-2.txt';
import middleEast from '../fixtures/corpus/en/sc/s-res-242-1967.txt';
import southSudanDraft from '../fixtures/corpus/en/sc-draft/s-2016-1061.txt';

export interface Example {
  id: string;
  label: string;
  title: string;
  text: string;
}

export const examples: Example[] = [
  { id: 'seed', label: 'A/RES/58/220', title: 'General Assembly, 2003, French markdown, 8 footnotes', text: seed },
  { id: 'a-res-80-2', label: 'A/RES/80/2', title: 'General Assembly, 2025, English text from the PDF', text: scale },
  { id: 's-res-242', label: 'S/RES/242 (1967)', title: 'Security Council, 1967, English text from an old compilation', text: middleEast },
  { id: 's-2016-1061', label: 'S/2016/1061', title: 'Security Council draft, 2016, English text', text: southSudanDraft },
  { id: 'south-south', label: 'South-South page', title: 'A French page about South-South cooperation: not a resolution', text: southSouthPage },
];
