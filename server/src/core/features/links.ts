/**
 * Document links: each cable cited in the REF block that has a canonical id (`08STATE118204`)
 * links to the reference library the organisation configures (`cablewright.referenceUrl`,
 * for example `https://library.example/cable/{id}`). Nothing is linked without that setting.
 */
import type { CableDocument } from '../syntax/nodes';
import type { Span } from '../text/span';

/** A link from a span of the cable to a URL. */
export interface CableLink {
  readonly span: Span;
  readonly target: string;
  /** The canonical cable id the link is for. */
  readonly cableId: string;
}

/** The URL for a cable id under a template with `{id}`, or null when the template has no `{id}`. */
export function referenceUrl(template: string, cableId: string): string | null {
  if (!template.includes('{id}')) return null;
  return template.split('{id}').join(encodeURIComponent(cableId));
}

/** Links for every REF citation with a canonical id; empty when `template` is empty or lacks `{id}`. */
export function documentLinks(doc: CableDocument, template: string): CableLink[] {
  if (!template || !template.includes('{id}')) return [];
  const links: CableLink[] = [];
  for (const item of doc.references?.items ?? []) {
    for (const citation of item.citations) {
      if (!citation.cableId) continue;
      links.push({ span: citation.span, target: referenceUrl(template, citation.cableId)!, cableId: citation.cableId });
    }
  }
  return links;
}
