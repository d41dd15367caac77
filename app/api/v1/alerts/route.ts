// POST /api/v1/alerts: the relay's intake (docs/alert-api.md), defined in
// lib/alerts/intake.ts. server.ts answers it ahead of Next's router; this
// route serves it wherever Next routes it (a query string, another server).
// lib/register.ts: the intake's key lookup, in Next's module copy.
import "@/lib/register";
import { intake } from "@/lib/alerts/intake";

export const dynamic = "force-dynamic";

export const POST = intake.web;
