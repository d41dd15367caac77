// A search's terms as the read audit keeps them: the blind-index hashes the
// search itself matches with (lib/privacy/blind-index.ts), never the text, so
// the log can tell which searches could have found a person without saying
// what anyone typed.
import "server-only";
import { blindQuery } from "@/lib/privacy/blind-index";
import { keyring } from "@/lib/privacy/keys-data";

export const blindSearchTerms = async (q: string): Promise<string[][]> => blindQuery(await keyring(), q);
