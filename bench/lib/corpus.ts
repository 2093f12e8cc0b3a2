/**
 * Deterministic news-like articles for the benchmarks: pronounceable words
 * drawn from a Zipf-like distribution (a few very common, most rare), real
 * stopwords at a realistic rate, a named entity per article (what editors
 * search for), paragraphs, subheadings, lists, links and some hostile
 * markup for the sanitizer to remove.
 */
let seed = 20251214;
function random(): number {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
}

const SYLLABLES = "ka lo mi ren tus var pel dor ni sa qu bre ton lis mar gen fo ha zel cor".split(" ");
const STOPWORDS = "the of and to a in that is was for on with as by at said from".split(" ");
const VOCABULARY = Array.from({ length: 6000 }, (_, index) => {
  let word = "";
  for (let n = index + 7; word.length < 4 || n > 0; n = Math.floor(n / SYLLABLES.length)) {
    word += SYLLABLES[n % SYLLABLES.length];
  }
  return word;
});
/** Named entities: each appears in a handful of articles, like a town or a minister's name. */
export const ENTITIES = Array.from({ length: 2000 }, (_, index) => `Zentor${index.toString(36)}ville`);

function zipfWord(): string {
  // Inverse-power sampling over the vocabulary rank: rank 1 is far more frequent than rank 6,000.
  const rank = Math.floor(VOCABULARY.length ** random());
  return VOCABULARY[Math.min(rank, VOCABULARY.length - 1)] as string;
}

function sentence(words: number, entity: string): string {
  const parts = Array.from({ length: words }, (_, index) =>
    index === 3 && random() < 0.3
      ? entity
      : random() < 0.35
        ? (STOPWORDS[Math.floor(random() * STOPWORDS.length)] as string)
        : zipfWord(),
  );
  const text = parts.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The common words a benchmark can search for, by how often they occur. */
export function vocabularyWord(rank: number): string {
  return VOCABULARY[rank] as string;
}

export type BenchArticle = { title: string; entity: string; paragraphs: string[]; html: string };

/** Article `index` of about `words` words, as text paragraphs and as a hostile web page. */
export function makeArticle(index: number, words = 1000): BenchArticle {
  const entity = ENTITIES[index % ENTITIES.length] as string;
  const title = `${sentence(7, entity).slice(0, -1)} in ${entity}`;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const length = 12 + Math.floor(random() * 14);
    const sentences = Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(length, entity));
    paragraphs.push(sentences.join(" "));
    count += length * sentences.length;
  }
  const body = paragraphs
    .map((text, at) => {
      if (at % 7 === 3) return `<h2>${sentence(5, entity).slice(0, -1)}</h2><p>${text}</p>`;
      if (at % 9 === 5)
        return `<ul><li>${text}</li><li><a href="https://example.org/${at}">Source ${at}</a></li></ul>`;
      if (at % 11 === 6)
        return `<p onclick="track(${at})" style="color:red">${text}<script>steal(${at})</script></p>`;
      return `<p>${text.replace(/^(\S+ \S+)/, "<strong>$1</strong>")}</p>`;
    })
    .join("\n");
  const html = `<!doctype html><html lang="en"><head><title>${title} | Bench Times</title>
<meta property="og:site_name" content="Bench Times"><meta property="article:published_time" content="2025-0${1 + (index % 9)}-1${index % 10}T08:00:00Z">
<script src="https://ads.example/x.js"></script><style>body{font:serif}</style></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1>${body}</article>
<footer>© Bench Times</footer></body></html>`;
  return { title, entity, paragraphs, html };
}
