// POST /api/v1/staff-tokens/:token: sets a password from a one-time link (public, same-origin, throttled per address); the link is spent.
import { clientAddressOf } from "@/lib/server/http/client-address";
import { json } from "@/lib/server/http/responses";
import { withOptionalStaff } from "@/lib/server/http/with-staff";
import { throttleStaffLink } from "@/lib/users/staff-link-throttle";
import { setPasswordSchema, staffTokenParams } from "@/lib/users/staff-schema";
import { setPasswordWithLink } from "@/lib/users/staff-token-mutations";

export const dynamic = "force-dynamic";

export const POST = withOptionalStaff({ params: staffTokenParams, body: setPasswordSchema }, async ({ request, params, body }) => {
  await throttleStaffLink(clientAddressOf((name) => request.headers.get(name)));
  return json(await setPasswordWithLink({ token: params.token, password: body.password }));
});
