/** Chinese strings of the tickets area; the English file is typed against this shape. */
export const ticketsZh = {};
