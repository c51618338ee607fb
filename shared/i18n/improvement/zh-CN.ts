/** Chinese strings of the improvement area; the English file is typed against this shape. */
export const improvementZh = {};
