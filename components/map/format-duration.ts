// A time to acknowledge, for the regional table: "04:05" under an hour
// (minutes:seconds), "1:05 h" from an hour (hours:minutes); and its ISO 8601
// form for <time dateTime>. Pure.

export const formatDuration = (seconds: number) => {
  const total = Math.max(0, Math.round(seconds));
  const pad = (n: number) => String(n).padStart(2, "0");
  if (total < 3600) return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
  const minutes = Math.floor(total / 60);
  return `${Math.floor(minutes / 60)}:${pad(minutes % 60)} h`;
};

export const isoDuration = (seconds: number) => {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s || total === 0 ? `${s}S` : ""}`;
};
