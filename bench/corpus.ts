/**
 * Deterministic synthetic corpus for `npm run bench`: Jekyll-style Japanese posts about the AI
 * industry, with realistic front matter and Markdown (headings, lists, bold, links, tables,
 * code, footnotes). Our own vocabulary; post i depends only on i, so corpora of every size
 * share their first posts and runs are comparable.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const COMPANIES = ['OpenAI', 'Anthropic', 'Google', 'Microsoft', 'Meta', 'NVIDIA', 'ソフトバンク', 'NTT', 'Preferred Networks', 'サカナAI', 'Mistral', 'DeepSeek', 'AWS', 'Apple', 'TSMC', 'Sony', '富士通', 'NEC', 'Rakuten', 'LINEヤフー'];
const TOPICS = ['生成AI', '大規模言語モデル', '半導体', 'データセンター', 'AIエージェント', '推論モデル', 'オープンソース', 'AI規制', '著作権', '資金調達', 'ロボティクス', '自動運転', '電力', '量子化', 'マルチモーダル', '検索', 'セキュリティ', '医療AI', '金融', '教育'];
const CATEGORIES = ['AI最新ニュース', '投資分析', '技術解説', '業界動向', '企業戦略', '規制・政策', '研究論文', 'プロダクトレビュー'];
const AUTHORS = ['編集部', '編集部', '山本 彩', '中村 陽介', '小林 真理', 'テックアナリスト S'];
const OPENERS = ['今週', '先月末', '年明け以降', 'この半年', '決算発表の場で', '業界団体の会合で', '開発者向けイベントで', '国内の取材では'];
const VERBS = ['発表した', '明らかにした', '計画を示した', '方針を転換した', '提携を結んだ', '投資を拡大した', '価格を引き下げた', '新モデルを公開した'];
const CLAUSES = [
  'その背景には計算資源の確保をめぐる激しい競争がある',
  '市場関係者の多くはこの動きを慎重に見ている',
  '国内企業にとっても無視できない変化だと言える',
  '短期的な収益よりも長期の研究開発を優先した形だ',
  '規制当局との対話が今後の焦点になりそうだ',
  '利用者の体験がどこまで変わるかはまだ見通せない',
  '電力とチップの制約が計画の速度を左右している',
  '競合各社も同様の施策を検討していると伝えられる',
  '現場の導入事例はまだ限られているのが実情だ',
  'コストの低下が新しい用途を広げる可能性がある',
];
const HEADINGS = ['何が発表されたのか', '市場への影響', '技術的なポイント', '競合の動き', '日本企業への示唆', '今後の見通し', '数字で見る現状', 'リスクと課題'];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function sentence(r: Rng): string {
  const c = pick(r, COMPANIES);
  const t = pick(r, TOPICS);
  const s = `${pick(r, OPENERS)}、${c}は${t}の分野で${pick(r, VERBS)}。${pick(r, CLAUSES)}。`;
  return r() < 0.2 ? s.replace(t, `**${t}**`) : s;
}

function paragraph(r: Rng): string {
  let p = Array.from({ length: int(r, 2, 5) }, () => sentence(r)).join('');
  if (r() < 0.15) p += `詳しくは[公式発表](https://example.com/news/${int(r, 1, 9999)})を参照。`;
  return p;
}

function block(r: Rng, i: number): string {
  const x = r();
  if (x < 0.1) return Array.from({ length: int(r, 3, 5) }, () => `- ${pick(r, COMPANIES)}: ${pick(r, CLAUSES)}`).join('\n');
  if (x < 0.14) {
    const rows = Array.from({ length: int(r, 3, 5) }, () => `| ${pick(r, COMPANIES)} | ${pick(r, TOPICS)} | ${int(r, 1, 900)}億円 |`);
    return ['| 企業 | 分野 | 規模 |', '| --- | --- | --- |', ...rows].join('\n');
  }
  if (x < 0.16) return '```python\n' + `def score(x):\n    return x * ${int(r, 2, 9)}  # ${i}\n` + '```';
  return paragraph(r);
}

/** One post's file name and text. */
export function makePost(i: number, count: number): { name: string; text: string } {
  const r = mulberry32(i * 2654435761 + 12345);
  // Spread evenly over three years, JST, oldest first.
  const start = Date.UTC(2023, 0, 1) - 9 * 3600e3;
  const t = start + Math.floor(((i + r()) / count) * 3 * 365 * 86400e3);
  const j = new Date(t + 9 * 3600e3);
  const ymd = `${j.getUTCFullYear()}-${pad(j.getUTCMonth() + 1)}-${pad(j.getUTCDate())}`;
  const date = `${ymd} ${pad(j.getUTCHours())}:${pad(j.getUTCMinutes())}:${pad(j.getUTCSeconds())} +0900`;
  const company = pick(r, COMPANIES);
  const topic = pick(r, TOPICS);
  const title = `${company}、${topic}で${pick(r, VERBS).replace(/した$/, 'へ')}：${pick(r, HEADINGS)}`;
  const tags = [...new Set([company, topic, ...Array.from({ length: int(r, 1, 5) }, () => pick(r, r() < 0.5 ? TOPICS : COMPANIES))])];
  const blocks: string[] = [paragraph(r)];
  let size = blocks[0]?.length ?? 0;
  const target = int(r, 1500, 4000);
  while (size < target) {
    const b = blocks.length % 4 === 0 ? `## ${pick(r, HEADINGS)}` : block(r, i);
    blocks.push(b);
    size += b.length;
  }
  if (r() < 0.2) blocks.push('数値は編集部の推計による[^1]。', '[^1]: 公開資料をもとに編集部が試算した。');
  const body = blocks.join('\n\n') + '\n';
  const id = pad(i + 1, 5);
  const fm = [
    '---',
    'layout: post',
    `title: "${title}"`,
    `date: ${date}`,
    `categories: ["${pick(r, CATEGORIES)}"]`,
    `tags: [${tags.map((x) => `"${x}"`).join(', ')}]`,
    `author: "${pick(r, AUTHORS)}"`,
    ...(r() < 0.3 ? [`image: "/assets/images/posts/${ymd}-bench-${id}-ogp.png"`] : []),
    '---',
    '',
  ].join('\n');
  return { name: `${ymd}-bench-${id}.md`, text: fm + body };
}

/** Writes `count` posts to `dir` (created); returns the total bytes. */
export function writeCorpus(count: number, dir: string): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { name, text } = makePost(i, count);
    writeFileSync(path.join(dir, name), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
