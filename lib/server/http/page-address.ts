// The client's address for a server component (a page has no Request): the
// header server.ts stamps (client-address.ts), read through Next's headers().
import "server-only";
import { headers } from "next/headers";
import { clientAddressOf } from "./client-address";

export const pageAddress = async () => {
  const list = await headers();
  return clientAddressOf((name) => list.get(name));
};
