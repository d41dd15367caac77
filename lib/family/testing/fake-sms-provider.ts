// A Twilio-compatible SMS provider for the end-to-end suite: it accepts every
// message (201 with a message sid) and keeps nothing. A production build
// refuses the log transport (lib/env.ts), so the suite's servers send their
// family updates here, through the same transport a deployment uses.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export const startFakeSmsProvider = async () => {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const accepted = req.method === "POST" && /^\/2010-04-01\/Accounts\/[^/]+\/Messages\.json$/.test(req.url ?? "");
      res.writeHead(accepted ? 201 : 404, { "content-type": "application/json" });
      res.end(JSON.stringify(accepted ? { sid: `SM${randomBytes(16).toString("hex")}` } : { message: "not found" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    env: { SMS_TRANSPORT: "twilio", SMS_API_BASE_URL: `http://127.0.0.1:${port}`, SMS_ACCOUNT_SID: "ACe2e", SMS_AUTH_TOKEN: "e2e-token", SMS_FROM: "+15550100000" },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
