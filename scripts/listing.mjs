/**
 * The listing README: what the Marketplace, Open VSX and VS Code's Extensions view show for the packaged extension.
 * The repository README links its screenshots and some pages relatively; with no public home for the project yet there
 * is no https address they could point to, so the listing drops the images, keeps a relative link's text only, and
 * stops at the `<!-- listing:end` marker (what follows is for people working on the code).
 */

const END_MARKER = '<!-- listing:end';

/** True for a link target that only resolves inside the repository (not https, mailto or an anchor). */
const isRelative = (target) => !/^(https:|mailto:|#)/i.test(target.trim());

/** @param {string} markdown the repository README @returns {string} */
export function listingReadme(markdown) {
  const end = markdown.indexOf(END_MARKER);
  let text = end === -1 ? markdown : markdown.slice(0, end);
  // Images: a line that is only an image goes away with its line; an image inside text goes away alone.
  text = text.replace(/^[ \t]*!\[[^\]]*\]\(([^)]*)\)[ \t]*\n/gm, (line, target) => (isRelative(target) ? '' : line));
  text = text.replace(/!\[[^\]]*\]\(([^)]*)\)/g, (image, target) => (isRelative(target) ? '' : image));
  // A <details> block left with nothing but its summary goes too.
  text = text.replace(/<details>\s*<summary>[^<]*<\/summary>\s*<\/details>\s*\n/g, '');
  // Links into the repository keep their words.
  text = text.replace(/\[([^\]]+)\]\(([^)]*)\)/g, (link, words, target) => (isRelative(target) ? words : link));
  return `${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** What would not load on a listing page: relative images or links, and HTML images. Empty when all is well. */
export function listingProblems(markdown) {
  const problems = [];
  for (const [, bang, target] of markdown.matchAll(/(!?)\[[^\]]*\]\(([^)]*)\)/g)) {
    if (isRelative(target)) problems.push(`${bang ? 'image' : 'link'} ${target}`);
  }
  for (const [tag] of markdown.matchAll(/<img\b[^>]*>/gi)) problems.push(tag);
  return problems;
}
