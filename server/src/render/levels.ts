import { html, type Html } from "./html";

/** What a badge needs of a collaboration level (samverkansnivå); the scale itself is data. */
export interface LevelLike {
  ordinal: number;
  name: string;
}

export interface LevelColour {
  background: string;
  text: string;
}

/**
 * One colour per level ordinal, light (no collaboration) to dark (shared solution and information).
 * Every text/background pair has a contrast of at least 4.5:1 (WCAG AA; a unit test checks it).
 * Ordinals beyond the table take the darkest colour.
 */
export const LEVEL_COLOURS: readonly LevelColour[] = [
  { background: "#eeeeee", text: "#1a1a1a" },
  { background: "#dcebf7", text: "#0b2545" },
  { background: "#a9cde9", text: "#0b2545" },
  { background: "#5b9bd0", text: "#0b1a2e" },
  { background: "#1f5f99", text: "#ffffff" },
  { background: "#0b3b66", text: "#ffffff" },
];

/** A border dark enough (≥ 3:1 on white, WCAG 1.4.11) to outline light level colours in charts. */
export const LEVEL_OUTLINE = "#44546a";

export function levelColour(ordinal: number): LevelColour {
  return LEVEL_COLOURS[Math.max(0, Math.min(ordinal, LEVEL_COLOURS.length - 1))];
}

/** A badge "3 Gemensam drift" in the level's colour; the number is written out, never colour alone. */
export function levelBadge(level: LevelLike | null | undefined): Html {
  if (!level) return html`<span class="level level-none">–</span>`;
  const colour = levelColour(level.ordinal);
  return html`<span class="level" style="background:${colour.background};color:${colour.text}">${level.ordinal} ${level.name}</span>`;
}
