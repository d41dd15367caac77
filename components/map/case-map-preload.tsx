"use client";
import { preloadCaseMap } from "./case-map-lazy";

// Rendered by the pages where the map always shows (/map): evaluating this
// module, with the page's other scripts and before it hydrates, starts the
// map's code loading.
if (typeof window !== "undefined") preloadCaseMap();

export const CaseMapPreload = () => null;
