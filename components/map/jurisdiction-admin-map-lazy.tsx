"use client";
import dynamic from "next/dynamic";
import { WideMapLoading } from "./region-map-lazy";
import type { JurisdictionAdminMapProps } from "./jurisdiction-admin-map";

// Client only, loaded on demand: see case-map-lazy.tsx.
const JurisdictionAdminMapClient = dynamic(() => import("./jurisdiction-admin-map").then((m) => m.JurisdictionAdminMap), { ssr: false, loading: WideMapLoading });

export const JurisdictionAdminMapLazy = (props: JurisdictionAdminMapProps) => <JurisdictionAdminMapClient {...props} />;
