// HTML nested deeper than any page needs, parsed in linear time. parse5 keeps every open element on a stack and,
// for most start tags, looks down it (is a <p> open that this tag must close?), so n nested <div>s took time in
// n²: 40,000 of them (280 KB) 9 s, a million (7 MB) more than 14 minutes. Browsers cap the depth of the tree
// (Blink at 512): an element past the cap is put beside the element at the cap instead of inside it. The parser
// here does the same by closing the element at the cap before it opens the next one, which also keeps its stack,
// and so every look down it, at most 512 deep.
import { html, Parser, type DefaultTreeAdapterMap, type Token } from 'parse5';

/** The deepest an element is put, counting <html> as 1 (Blink's kMaximumHTMLParserDOMTreeDepth). */
export const MAX_DEPTH = 512;

const $ = html.TAG_ID;

/** Elements the cap never closes early: the document's frame, and what the parser's modes for tables, selects,
 * templates and frames look for on the stack. */
const KEPT = new Set<number>([
  $.HTML, $.HEAD, $.BODY, $.FRAMESET, $.TEMPLATE, $.TABLE, $.CAPTION, $.COLGROUP, $.TBODY, $.THEAD, $.TFOOT, $.TR,
  $.TD, $.TH, $.SELECT, $.OPTGROUP, $.OPTION,
]);

export class DepthCappedParser extends Parser<DefaultTreeAdapterMap> {
  override _insertElement(token: Token.TagToken, namespaceURI: html.NS): void {
    this.makeRoom();
    super._insertElement(token, namespaceURI);
  }

  override _insertFakeElement(tagName: string, tagID: html.TAG_ID): void {
    this.makeRoom();
    super._insertFakeElement(tagName, tagID);
  }

  /** At the cap, close the current element (an ordinary HTML one), so that the next becomes its sibling. */
  private makeRoom(): void {
    const open = this.openElements;
    if (open.stackTop + 1 < MAX_DEPTH) return;
    const current = open.current as DefaultTreeAdapterMap['element'];
    if (KEPT.has(open.currentTagId ?? $.UNKNOWN) || current.namespaceURI !== html.NS.HTML) return;
    // a formatting element (<b>, <a>, ...) closed here is done with: it must not be opened again later
    const entry = this.activeFormattingElements.getElementEntry(current);
    if (entry) this.activeFormattingElements.removeEntry(entry);
    open.pop();
  }
}
