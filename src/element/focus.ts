/**
 * Keeping a keyboard user's place when cards are rebuilt (a new language, heading
 * level or reciprocity mark): where the focus was, by card id and part, and the
 * same place in the new card.
 */

export interface FocusPlace {
  /** The card's `data-id`. */
  readonly id: string;
  /** The `part` of the focused element inside the card; `null` for the card itself. */
  readonly part: string | null;
}

const cardsOf = (root: ShadowRoot) => root.querySelectorAll<HTMLElement>('[part~="card"]');

/** Which card, and which part of it, has the focus in `root`, if any. */
export function focusPlace(root: ShadowRoot | null): FocusPlace | undefined {
  const active = root?.activeElement;
  const card = active?.closest<HTMLElement>('[part~="card"]');
  if (!active || !card || card.dataset.id === undefined) return undefined;
  return {id: card.dataset.id, part: active === card ? null : active.getAttribute('part')};
}

/** Focuses `place` again in `root` when the focus fell out of it (its node was replaced). */
export function restoreFocus(root: ShadowRoot | null, place: FocusPlace | undefined): void {
  if (!root || !place || root.activeElement) return;
  const card = [...cardsOf(root)].find((c) => c.dataset.id === place.id);
  const target = place.part ? card?.querySelector<HTMLElement>(`[part="${place.part}"]`) : card;
  if (!card || !target) return;
  if (target === card) card.tabIndex = -1;
  target.focus({preventScroll: true});
}
