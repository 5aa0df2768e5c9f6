package cn.gfshare.instruments.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Application settings under {@code gf.*}; production values come from the environment. */
@ConfigMapping(prefix = "gf")
public interface GfConfig {

  DemoData demoData();

  ScaleData scaleData();

  Catalog catalog();

  Openapi openapi();

  interface DemoData {
    /** Load the deterministic demo catalog and demo users' affiliations at start (env GF_DEMO_DATA_ENABLED). */
    @WithDefault("false")
    boolean enabled();
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

  interface Openapi {
    /** Test switch: OpenApiContractTest rewrites openapi/openapi.yaml from /q/openapi (-Dgf.openapi.update=true). */
    @WithDefault("false")
    boolean update();
  }
}
