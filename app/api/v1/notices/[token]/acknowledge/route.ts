// POST /api/v1/notices/:token/acknowledge: the notice's addressee acknowledges its step (every channel of it); twice is harmless.
import { acknowledgeNotice } from "@/lib/notices/mutations";
import { noticeTokenParams } from "@/lib/notices/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ params: noticeTokenParams }, async ({ scope, params }) =>
  json(await acknowledgeNotice({ scope, token: params.token })),
);
