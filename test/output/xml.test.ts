import { describe, expect, it } from 'vitest';
import { serialiseXml, XmlElement } from '../../src/output/xml.js';

describe('serialiseXml', () => {
  it('escapes every special character, entity-like text included', () => {
    const root = new XmlElement('a', { title: 'x "y" & <z>' });
    root.ele('b').txt('AT&T <tag> &lt; &#1;');
    expect(serialiseXml(root, { indent: false })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a title="x &quot;y&quot; &amp; &lt;z&gt;"><b>AT&amp;T &lt;tag&gt; &amp;lt; &amp;#1;</b></a>\n',
    );
  });

  it('indents element-only content and leaves an element with text as written, at any depth', () => {
    const root = new XmlElement('a');
    root.ele('b').ele('c');
    const p = root.ele('p').txt('one ');
    p.ele('i').ele('j').txt('two');
    root.ele('d').txt('');
    expect(serialiseXml(root, { indent: true })).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a>\n  <b>\n    <c/>\n  </b>\n  <p>one <i><j>two</j></i></p>\n  <d></d>\n</a>\n');
  });
});
