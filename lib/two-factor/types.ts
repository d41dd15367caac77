// The two-factor answers the browser reads.
export type TwoFactorStatus = { enabledAt: string | null; recoveryCodesLeft: number };

/** An enrolment begun: what the app needs, as a QR code (a data: URL, drawn here) and as text. */
export type Enrolment = { secret: string; uri: string; qrDataUrl: string };

export type RecoveryCodes = { recoveryCodes: string[] };
