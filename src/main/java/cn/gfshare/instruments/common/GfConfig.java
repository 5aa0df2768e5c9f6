package cn.gfshare.instruments.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Application settings under {@code gf.*}; production values come from the environment. */
@ConfigMapping(prefix = "gf")
public interface GfConfig {

  DemoData demoData();

  interface DemoData {
    /** Load the deterministic demo catalog and demo users' affiliations at start (env GF_DEMO_DATA_ENABLED). */
    @WithDefault("false")
    boolean enabled();
  }
}
