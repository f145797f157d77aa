/**
 * Addresses as the project may show them: in `construccion.json` (and so in the site's footer), in logs and
 * in every message. An address may carry secrets — a user and password (`https://usuario:clave@host/…`), a
 * token in its query string (`?token=…`, `?key=…`), a fragment — and none of that is ever shown.
 */

/**
 * The address without user, password, query string or fragment: `https://u:p@host/registro/?token=x#a` →
 * `https://host/registro/`. Text that does not parse as a URL loses, all the same, anything between `//`
 * and `@` and everything from the first `?` or `#`.
 */
export function publicAddress(address: string): string {
  try {
    const url = new URL(address);
    url.username = "";
    url.password = "";
    url.search = "";
    url.hash = "";
    return url.href;
  } catch {
    return address.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, "$1").replace(/[?#].*$/s, "");
  }
}
