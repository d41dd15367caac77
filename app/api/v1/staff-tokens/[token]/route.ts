// POST /api/v1/staff-tokens/:token: sets a password from a one-time link (public, same-origin; dead links throttled per address); the link is spent.
import { clientAddressOf } from "@/lib/server/http/client-address";
import { json } from "@/lib/server/http/responses";
import { withOptionalStaff } from "@/lib/server/http/with-staff";
import { setPasswordSchema, staffTokenParams } from "@/lib/users/staff-schema";
import { setPasswordFromRequest } from "@/lib/users/staff-token-mutations";

export const dynamic = "force-dynamic";

export const POST = withOptionalStaff({ params: staffTokenParams, body: setPasswordSchema }, async ({ request, params, body }) =>
  json(await setPasswordFromRequest({ token: params.token, password: body.password, address: clientAddressOf((name) => request.headers.get(name)) })),
);
