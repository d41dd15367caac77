// Amparo's service worker: it only shows staff notices sent by Web Push
// (lib/notices/channels/push.ts) and opens a notice's link when one is
// clicked. It caches nothing and handles no fetch: the desk is always live.
// The payload carries no personal data: a title, a line, the link, a tag.

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// Only this site's own pages are opened: a payload is never trusted to send the user elsewhere.
const sameOrigin = (url) => {
  try {
    const parsed = new URL(url, self.location.origin);
    return parsed.origin === self.location.origin ? parsed.href : null;
  } catch {
    return null;
  }
};

self.addEventListener("push", (event) => {
  let notice = {};
  try {
    notice = event.data ? event.data.json() : {};
  } catch {
    notice = {};
  }
  const title = typeof notice.title === "string" ? notice.title : "Amparo";
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof notice.body === "string" ? notice.body : "",
      tag: typeof notice.tag === "string" ? notice.tag : undefined,
      data: { url: sameOrigin(notice.url) ?? "/" },
      icon: "/icon.svg",
      // A call for help stays on screen until someone acts on it.
      requireInteraction: true,
      renotify: typeof notice.tag === "string",
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = sameOrigin(event.notification.data && event.notification.data.url) ?? "/";
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const open = windows.find((client) => client.url === url);
      if (open) return open.focus();
      return self.clients.openWindow(url);
    })(),
  );
});
