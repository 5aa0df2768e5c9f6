package cn.gfshare.instruments.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Application settings under {@code gf.*}; production values come from the environment. */
@ConfigMapping(prefix = "gf")
public interface GfConfig {

  DemoData demoData();

  RateLimit rateLimit();

  ScaleData scaleData();

  Catalog catalog();

  interface DemoData {
    /** Load the deterministic demo catalog and demo users' affiliations at start (env GF_DEMO_DATA_ENABLED). */
    @WithDefault("false")
    boolean enabled();
  }

  interface RateLimit {
    /** Turn per-client request budgets on /api/** on or off. */
    @WithDefault("true")
    boolean enabled();

    /** Requests per minute for a signed-in user or machine client (per replica). */
    @WithDefault("600")
    int perMinute();

    /** Requests per minute for anonymous callers, counted per remote address (per replica). */
    @WithDefault("300")
    int anonymousPerMinute();

    /** Per-client budgets that differ from the default, e.g. a partner portal's service account. */
    java.util.Map<String, Integer> perClient();
  }

  interface ScaleData {
    /** Allow platform admins to POST /api/v1/admin/scale-data (benchmarks only; env GF_SCALE_DATA_ENABLED). */
    @WithDefault("false")
    boolean enabled();

    /** Top the scale-test catalog up to this many instruments at start; 0 = off (env GF_SCALE_DATA_INSTRUMENTS). */
    @WithDefault("0")
    int instruments();
  }

  interface Catalog {
    /** Most data rows one CSV import may carry (env GF_CATALOG_IMPORT_MAX_ROWS). */
    @WithDefault("5000")
    int importMaxRows();
  }
}
