/** How each degree of closeness is coloured, wherever it is shown. */
export const CLOSENESS_TONE = { CORE_ALLY: 'brand', ALLY: 'brand', OCCASIONAL: 'warm', DISTANT: 'neutral' } as const;
