/**
 * A movement's animated drawing. The renderer loads on first use, so screens show a
 * same-sized placeholder for a moment and the first screen's JavaScript stays small.
 */
import { useEffect, useState } from "react";

type Draw = typeof import("../illustration/draw.js");
let loading: Promise<Draw> | null = null;
const load = () => (loading ??= import("../illustration/draw.js"));

export interface IllustrationProps {
  /** Movement id. */
  id: string;
  /** Movement name, for the picture's text alternative. */
  name: string;
  side?: "left" | "right";
  /** `small` for lists and cards, `large` for the player. */
  size?: "small" | "large";
}

const SIZES = { small: { width: "6rem" }, large: { width: "100%", maxWidth: "22rem" } } as const;

/**
 * @example
 * <Illustration id="glute-bridge" name="Glute bridge" size="small" />
 */
export function Illustration({ id, name, side = "right", size = "small" }: IllustrationProps) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((d) => live && setUrl(d.illustrationUrl(id, side)));
    return () => {
      live = false;
    };
  }, [id, side]);
  const style = {
    ...SIZES[size],
    aspectRatio: "4 / 3",
    display: "block",
    margin: size === "large" ? "0 auto" : undefined,
  };
  return url ? (
    <img src={url} alt={`${name}: how it is done`} style={style} data-testid="illustration" />
  ) : (
    <span style={style} aria-hidden="true" />
  );
}
