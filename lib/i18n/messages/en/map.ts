// English messages of the map screens (merged into en.ts).
import type { mapEs } from "../es/map";

export const mapEn: Record<keyof typeof mapEs, string> = {
  "map.loading": "Loading the map…",
  "map.attribution": "Shapes: US Census Bureau (us-atlas), Natural Earth; places: GeoNames (CC BY 4.0)",
  "map.control.zoomIn": "Zoom in",
  "map.control.zoomOut": "Zoom out",
  "map.control.attribution": "Show or hide the map's sources",
  "map.error.webgl": "This browser cannot draw the map (WebGL is not available). Use the case list.",
  "map.error.basemap": "The base map could not be loaded; cases are shown anyway.",
  "map.error.cases": "The map's cases could not be loaded. It will try again on reconnecting.",

  "map.officer.pageTitle": "Case map",
  "map.officer.title": "Case map · {code}",
  "map.officer.label": "Map of the open cases of consulate {code}",
  "map.officer.help":
    "Each dot is an open case at its last location; numbered circles group nearby cases (click to zoom in). The case list shows the same information as text.",
  "map.officer.listLink": "See the case list",
  "map.officer.noConsulate": "Your account has no consulate: there are no cases to show on the map.",

  "map.count.one": "1 case on the map",
  "map.count.many": "{count} cases on the map",
  "map.count.fresh": "{count} not taken",

  "map.panel.title": "Case {number}",
  "map.panel.close": "Close",
  "map.panel.open": "Open the case",
  "map.panel.gone": "This case is no longer on the map: it ended, lost its location, or the list's filter leaves it out.",
  "map.panel.trail": "Trail",
  "map.panel.trailNone": "No positions recorded",
  "map.panel.trailOne": "1 position, at {since}",
  "map.panel.trailMany": "{count} positions since {since}",
  "map.flag.pressedAgain": "Pressed again",

  "map.legend.title": "Legend",
  "map.legend.critical": "Critical priority or duress",
  "map.legend.high": "High priority (amber edge)",
  "map.legend.fresh": "Not taken (pulsing ring)",
  "map.legend.cluster": "Group of cases: click to zoom in",
  "map.legend.consulate": "Consulate",
  "map.legend.boundary": "Boundary between consular jurisdictions",
  "map.legend.trail": "Trail of the selected case",

  "map.region.pageTitle": "Regional supervision",
  "map.region.title": "Regional supervision",
  "map.region.select": "Region",
  "map.region.label": "Load map of {region}: counties shaded by the open cases of their consulate",
  "map.region.refreshing": "Refreshing…",
  "map.region.failed": "The regional view could not be refreshed. It will try again in a minute.",
  "map.region.legend.open": "Open cases of the consulate",
  "map.region.legend.hotspot": "Possible raid: many alerts close together in a short time",

  "map.hotspots.title": "Possible raids",
  "map.hotspots.none": "No cluster of alerts in the last two hours.",
  "map.hotspots.item": "{count} alerts within {km} km",
  "map.hotspots.when": "Between {from} and {to}",

  "map.load.title": "Load per consulate",
  "map.load.caption": "Load per consulate: open cases, cases not taken past their target, median time to take a case today, and alerts over the last 24 hours",
  "map.load.consulate": "Consulate",
  "map.load.open": "Open",
  "map.load.overdue": "Not taken, past target",
  "map.load.medianAck": "Median time to take, today (mm:ss)",
  "map.load.noAckToday": "No case taken today",
  "map.load.trend": "Alerts, last 24 h",
  "map.trend.none": "No alerts in the last 24 hours",
  "map.trend.summary": "{total} alerts in 24 hours; at most {max} in one hour ({ago} h ago); {last} in the last hour",
};
