// The library's own server HTML turned back into a static React element tree: rendering it costs what React alone
// needs for that much markup, with no validation, layout or component logic. Set beside the hand-written floor, it
// splits a component's ratio into what its markup costs and what its code costs. Reads only our own renderToString
// output, which is well-formed: every element closed, attributes double-quoted.
import { createElement, Suspense } from "react";

const VOID_ELEMENTS = new Set(["br", "img", "input", "meta", "link", "hr", "col", "wbr"]);
const TOKEN = /<!--.*?-->|<\/([a-zA-Z][\w-]*)>|<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/gs;
const ATTRIBUTE = /([^\s=]+)(?:="([^"]*)")?/g;
const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot));/gi;
const NAMED = { amp: "&", lt: "<", gt: ">", quot: '"' };

const decode = (text) => text.replace(ENTITY, (_, hex, decimal, name) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : decimal ? String.fromCodePoint(Number(decimal)) : NAMED[name.toLowerCase()]));

/** A `style` attribute as React's style object. */
function styleObject(css) {
  const style = {};
  for (const declaration of css.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon > 0) style[declaration.slice(0, colon).trim().replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = declaration.slice(colon + 1).trim();
  }
  return style;
}

/** Attributes as React props, named so that React writes them back unchanged. */
function propsOf(source) {
  const props = {};
  for (const [, name, raw = ""] of source.matchAll(ATTRIBUTE)) {
    const value = decode(raw);
    if (name === "style") props.style = styleObject(value);
    else if (name === "class") props.className = value;
    else if (name === "tabindex") props.tabIndex = value;
    else props[name] = value;
  }
  return props;
}

/** Parses server HTML into nodes: `{ tag, props, children }` or a string. Comments (React's text separators) are dropped. */
function parse(html) {
  const root = { children: [] };
  const open = [root];
  for (const [, closing, tag, attributes, selfClosing, text] of html.matchAll(TOKEN)) {
    const parent = open.at(-1);
    if (closing) open.pop();
    else if (tag) {
      const element = { tag, props: propsOf(attributes), children: [] };
      parent.children.push(element);
      if (!selfClosing && !VOID_ELEMENTS.has(tag)) open.push(element);
    } else if (text) parent.children.push(parent.tag === "style" ? text : decode(text));
  }
  return root.children;
}

const toElement = (node, key) => (typeof node === "string" ? node : createElement(node.tag, { ...node.props, key }, ...node.children.map(toElement)));

/**
 * A component that renders `html` (our own server output) as plain elements, building the tree on every render like
 * hand-written markup; inside a Suspense boundary when the HTML is one (React's `<!--$-->` markers around it).
 */
export function markupComponent(html) {
  const nodes = parse(html);
  const boundary = html.startsWith("<!--$-->");
  return function StaticMarkup() {
    const elements = nodes.map(toElement);
    return boundary ? createElement(Suspense, null, elements) : elements;
  };
}
