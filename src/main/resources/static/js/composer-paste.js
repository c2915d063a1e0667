// Rich text pasted into an entry's text (from Word, Google Docs, a web page) arrives as Markdown: bold,
// italic, links, lists, quotes and paragraphs kept, everything else (fonts, colours, classes, images,
// Word's own markup) left out. The clipboard's HTML is read with the browser's own DOMParser into a document
// that is never shown, runs no script and loads nothing; only text goes into the field. Plain text, and
// HTML that carries no formatting, paste as the browser pastes them. Without this script a textarea pastes
// the clipboard's plain text, as always.

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'HEAD', 'TITLE', 'META', 'LINK', 'TEMPLATE', 'NOSCRIPT', 'SVG',
  'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON', 'INPUT', 'SELECT',
  'TEXTAREA']);
// The bullets Word's lists use (Symbol's, Wingdings', Courier New's "o"), or a number, then spaces or the end of
// the text (the bullet in a span of its own).
const TYPED_MARKER = /^[\s\u00a0]*(?:[\u00b7\u2022\u25aa\u25e6\u00a7\uf0b7\uf0a7o\u2013-]|(\d+)[.)])(?:[\s\u00a0]+|$)/;
// Where the clipboard's style attributes are read from (withStylesAsData).
const STYLE = 'data-pasted-style';
// Stands for the spaces that indent a nested list item until whitespace is tidied up, which would eat them.
const INDENT = '\u2063';

/**
 * The clipboard's HTML as Markdown, or null when it holds nothing plain text would lose (unless there is no
 * plain text to fall back on: Chromium then pastes nothing at all into a textarea).
 */
export function htmlToMarkdown(html, hasPlainText = true) {
  const doc = new DOMParser().parseFromString(withStylesAsData(html), 'text/html');
  if (hasPlainText && !hasFormatting(doc.body)) {
    return null;
  }
  const markdown = block(doc.body, { list: [] })
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replaceAll(INDENT, ' ')
    .trim();
  return markdown || null;
}

function hasFormatting(body) {
  for (const element of body.querySelectorAll('*')) {
    if (['B', 'STRONG', 'I', 'EM', 'A', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']
      .includes(element.tagName) || bold(element) || italic(element) || wordListItem(element)) {
      return true;
    }
  }
  // Paragraphs are formatting too: a plain-text flavour often runs them together or doubles them.
  return body.querySelectorAll('p').length > 1;
}

/**
 * The clipboard's HTML with each tag's style attribute and event handlers (onerror, onclick...) renamed and its
 * style sheets left out (their rules are skipped anyway): a parsed document is under the page's policy
 * (style-src and script-src 'self'), and Chromium logs each inline style or handler it is given as a violation,
 * though nothing is shown nor run; a paste from Word or Google Docs logged dozens. Only inside tags: a text never
 * holds "<" and a letter (it would be "&lt;"), so no text changes.
 */
function withStylesAsData(html) {
  return html.replace(/<style[\s>][\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/(\s)(style|on[a-z]+)(\s*=)/gi, '$1data-pasted-$2$3'));
}

/** The element's style attribute, as the clipboard had it. */
function styleOf(element) {
  return element.getAttribute(STYLE) || '';
}

/** One property of the element's style attribute (a parsed document that is never shown computes no style). */
function style(element, property) {
  for (const declaration of styleOf(element).split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0 && declaration.slice(0, colon).trim().toLowerCase() === property) {
      return declaration.slice(colon + 1).replace(/!important/i, '').trim().toLowerCase();
    }
  }
  return '';
}

/** Google Docs marks bold with font-weight on spans, and wraps everything in a <b> that is not bold. */
function bold(element) {
  const weight = style(element, 'font-weight');
  if (weight === 'normal' || (/^\d+$/.test(weight) && Number(weight) < 600)) {
    return false;
  }
  return element.tagName === 'B' || element.tagName === 'STRONG' || weight === 'bold' || weight === 'bolder'
    || (/^\d+$/.test(weight) && Number(weight) >= 600);
}

function italic(element) {
  const fontStyle = style(element, 'font-style');
  if (fontStyle === 'normal') {
    return false;
  }
  return element.tagName === 'I' || element.tagName === 'EM' || fontStyle === 'italic' || fontStyle === 'oblique';
}

/** Word writes list items as paragraphs with an mso-list style, their bullet or number as text. */
function wordListItem(element) {
  return element.tagName === 'P' && /mso-list:\s*l\d/i.test(styleOf(element));
}

function wordListMarker(element) {
  return /mso-list:\s*ignore/i.test(styleOf(element));
}

/**
 * A Word list item's bullet or number that came as the item's first text, without the span Word marks it with
 * (mso-list:Ignore): left out, else the item read "- · First point". The number, if it was one.
 */
function dropTypedMarker(item) {
  const texts = item.ownerDocument.createTreeWalker(item, NodeFilter.SHOW_TEXT);
  let first = texts.nextNode();
  while (first && !first.nodeValue.trim()) {
    first = texts.nextNode();
  }
  const typed = first && TYPED_MARKER.exec(first.nodeValue);
  if (!typed) {
    return null;
  }
  first.nodeValue = first.nodeValue.slice(typed[0].length);
  return typed[1] ? [typed[0], typed[1]] : null;
}

function block(node, context) {
  let out = '';
  for (const child of node.childNodes) {
    out += convert(child, context);
  }
  return out;
}

function convert(node, context) {
  if (node.nodeType === Node.TEXT_NODE) {
    return escapeText(node.nodeValue.replace(/[\s\u00a0]+/g, ' '));
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return '';
  }
  const tag = node.tagName.toUpperCase();
  if (SKIPPED.has(tag) || wordListMarker(node)) {
    return '';
  }
  if (tag === 'BR') {
    return '\n';
  }
  if (tag === 'HR') {
    return '\n\n';
  }
  if (HEADINGS.has(tag)) {
    // Entries print no headings: a pasted one stays a line of its own, in bold.
    return `\n\n${emphasis(block(node, context), '**')}\n\n`;
  }
  if (tag === 'UL' || tag === 'OL') {
    const inner = { list: [...context.list, tag] };
    let out = '';
    let number = Number(node.getAttribute('start')) || 1;
    for (const child of node.children) {
      if (child.tagName === 'LI') {
        out += listItem(child, inner, tag === 'OL' ? `${number++}. ` : '- ');
      }
      else {
        out += convert(child, inner);
      }
    }
    return `\n\n${out}\n\n`;
  }
  if (tag === 'LI') {
    return listItem(node, context, '- ');
  }
  if (wordListItem(node)) {
    const level = Number((/level(\d+)/i.exec(styleOf(node)) || [])[1] || 1);
    const marker = [...node.querySelectorAll('*')].find(wordListMarker);
    const number = marker ? /^\s*(\d+)[.)]/.exec(marker.textContent) : dropTypedMarker(node);
    const inner = { list: Array(level).fill(number ? 'OL' : 'UL') };
    return listItem(node, inner, number ? `${number[1]}. ` : '- ');
  }
  // Word's Quote and Intense Quote styles are quotes, whatever italics Word draws them with.
  if (tag === 'BLOCKQUOTE' || /\bMso(Intense)?Quote\b/.test(node.getAttribute('class') || '')) {
    // One quoted blank line between its paragraphs, as between any two: not the two each paragraph brings.
    const quoted = block(node, context).replace(/\n{3,}/g, '\n\n').trim().split('\n')
      .map((line) => (line ? `> ${line}` : '>'));
    return `\n\n${quoted.join('\n')}\n\n`;
  }
  if (tag === 'PRE') {
    return `\n\n\`\`\`\n${node.textContent.replace(/\n$/, '')}\n\`\`\`\n\n`.replaceAll(' ', INDENT);
  }
  if (tag === 'CODE') {
    const code = node.textContent.replace(/\s+/g, ' ');
    return code.trim() ? `\`${code.replaceAll('`', '')}\`` : '';
  }
  if (tag === 'TR') {
    // Entries print no tables: each row becomes a list item, its cells in order.
    const cells = [...node.children].map((cell) => block(cell, context).replace(/\s+/g, ' ').trim()).filter(Boolean);
    return cells.length ? `\n- ${cells.join(' · ')}` : '';
  }
  let inner = block(node, context);
  if (tag === 'A') {
    const href = node.getAttribute('href') || '';
    if (/^(https?:|mailto:)/i.test(href.trim()) && inner.trim()) {
      inner = link(inner, href.trim());
    }
  }
  else {
    if (bold(node)) {
      inner = emphasis(inner, '**');
    }
    if (italic(node)) {
      inner = emphasis(inner, '*');
    }
  }
  return BLOCKS.has(tag) ? `\n\n${inner}\n\n` : inner;
}

function listItem(node, context, marker) {
  const depth = Math.max(context.list.length - 1, 0);
  const indent = INDENT.repeat(depth * 3);
  // A nested list's lines carry their own indentation; the item's other lines line up under its text.
  const text = block(node, context)
    .replace(/\n{2,}/g, '\n').trim()
    .split('\n').map((line, index) => (index === 0 || line.startsWith(INDENT) ? line
      : `${indent}${INDENT.repeat(marker.length)}${line}`))
    .join('\n');
  // No newline after: the next item's own starts its line, and a blank line would loosen the list.
  return `\n${indent}${marker}${text}`;
}

/** **text**, with the spaces around it left outside: Markdown takes no emphasis that starts with a space. */
function emphasis(text, marker) {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  if (!match[2]) {
    return text;
  }
  return `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
}

function link(text, href) {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const address = href.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));
  return `${match[1]}[${match[2]}](${address})${match[3]}`;
}

/** Characters that would turn the pasted words into Markdown they never were. */
function escapeText(text) {
  return text
    .replace(/([\\`*])/g, '\\$1')
    .replace(/\](?=\()/g, '\\]')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (found) => found.replace('_', '\\_'))
    .replace(/^(\s*)([#>+-])(?=\s)/, '$1\\$2')
    // A number's own point, not the number: Markdown escapes punctuation only, and "\2024." shows its backslash.
    .replace(/^(\s*)(\d+)([.)])(?=\s)/, '$1$2\\$3');
}

/** Puts text where the cursor is, as typing would: the browser's undo takes it back in one step. */
function insert(field, text) {
  field.focus();
  if (!document.execCommand('insertText', false, text)) {
    field.setRangeText(text, field.selectionStart, field.selectionEnd, 'end');
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/**
 * Some copies from Word and Google Docs (through other programs, remote desktops) carry their HTML as the
 * plain text itself: pasted as is, the entry shows the tags. Only their own markup is taken for HTML, so a
 * snippet of HTML pasted on purpose stays text.
 */
function officeHtmlAsText(plain) {
  return /^\s*</.test(plain) && /docs-internal-guid|urn:schemas-microsoft-com:office|class=["']?Mso/i.test(plain);
}

for (const field of document.querySelectorAll('form textarea[name="body"]')) {
  field.addEventListener('paste', (event) => {
    if (!event.clipboardData) {
      return;
    }
    const plain = event.clipboardData.getData('text/plain');
    const html = event.clipboardData.getData('text/html') || (officeHtmlAsText(plain) ? plain : '');
    if (!html) {
      return;
    }
    const markdown = htmlToMarkdown(html, Boolean(plain) && html !== plain);
    if (markdown === null) {
      return;
    }
    event.preventDefault();
    insert(field, markdown);
  });
}
