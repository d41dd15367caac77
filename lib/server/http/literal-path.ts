// Next's router answers a path whose segment does not percent-decode
// (`/api/v1/cases/%E0%A4%A`, `/cases/%ZZ`) with a 500, before any route or
// page runs. server.ts hands Next such a segment taken literally (its `%`
// escaped), so the route or page gets the text that was sent and answers as
// for any id it does not know: a 404, the JSON one or the not-found page.

const decodes = (segment: string) => {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
};

/** The request URL with each path segment that does not decode escaped as literal text; the query is left as it is. */
export const literalPathSegments = (url: string) => {
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const segments = path.split("/");
  if (segments.every(decodes)) return url;
  const literal = segments.map((segment) => (decodes(segment) ? segment : segment.replaceAll("%", "%25"))).join("/");
  return literal + url.slice(path.length);
};
