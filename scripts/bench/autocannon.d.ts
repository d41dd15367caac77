// The little of autocannon's API that the benchmarks use (it ships no types).
declare module "autocannon" {
  type Histogram = { average: number; p50: number; p99: number };
  type Request = {
    setupRequest?: (request: Record<string, unknown>) => Record<string, unknown>;
    onResponse?: (status: number, body: string) => void;
  };
  type Options = { url: string; method?: string; connections?: number; duration?: number; requests?: Request[] };
  type Result = {
    duration: number;
    errors: number;
    non2xx: number;
    latency: Histogram;
    statusCodeStats: Record<string, { count: number } | undefined>;
  };
  const autocannon: (options: Options) => Promise<Result>;
  export default autocannon;
}
