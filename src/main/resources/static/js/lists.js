// ux-lists
