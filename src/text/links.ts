// Bare links in prose ("https://…", "www.…", an embedded post's "pic.twitter.com/…"): no words of a title or a statement.
const BARE_LINK = String.raw`(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S`;

/** A line holding a bare link somewhere. */
export const HAS_BARE_LINK = new RegExp(String.raw`\b${BARE_LINK}`, 'iu');
/** A bare link ending a text, with the white space before it. */
export const TRAILING_BARE_LINK = new RegExp(String.raw`\s${BARE_LINK}*$`, 'iu');
