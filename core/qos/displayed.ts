// A QoS pass whose filter or server matched no packet has nothing to grade: it is said so,
// and it is never compared or added to the report as if it were a measurement.

/** True when the analysis displayed no timed packet (the recipe counts only those). */
export const displayedNothing = (qos: { recipe: { packets: number } }): boolean => qos.recipe.packets === 0;

/** The busiest addresses of the whole capture kept for the server picker. */
export const BUSIEST_ADDRESSES = 8;
