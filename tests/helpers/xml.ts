import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Element text as the parser gives it: a string, or an object with `#text` when it has attributes. */
export type XmlText = string | { '#text': string };

/** The parts of an Atom feed the tests read. */
export interface AtomFeed {
  feed: { entry: Array<{ title: XmlText; content: XmlText; link: Array<{ '@href': string; '@rel'?: string }> }> };
}

/** The parts of an RSS 2.0 feed the tests read. */
export interface RssFeed {
  rss: { channel: { item: Array<{ title: XmlText; link: XmlText[] }> } };
}

/** The parts of a sitemap the tests read. */
export interface Sitemap {
  urlset: { url: Array<{ loc: string; lastmod: string }> };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => ['entry', 'item', 'url', 'link', 'category'].includes(name) });

/** Parses XML after checking it is well-formed; throws with the parser's reason when it is not. */
export function parseXml<T>(xml: string): T {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  return parser.parse(xml) as T;
}

/** The text of an element. */
export function textOfNode(node: XmlText | undefined): string {
  if (node === undefined) return '';
  return typeof node === 'string' ? node : String(node['#text']);
}
