// Between instances: the network (consulate settings or a county's
// consulate) changed, so every cache of it is dropped (lib/server/signals.ts).
export const NETWORK_CHANGED_SIGNAL = "consulates:network-changed";
