package cn.gfshare.instruments.demo;

import cn.gfshare.instruments.common.GfConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Loads the deterministic demo data when {@code gf.demo-data.enabled} is on, then tops the scale
 * catalog up to {@code gf.scale-data.instruments} when that is set. Every step is an upsert by
 * natural key, so restarts and concurrent replicas never duplicate rows.
 */
@ApplicationScoped
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

  @Inject GfConfig config;
  @Inject DemoDataWriter writer;
  @Inject ScaleDataGenerator scale;

  void onStart(@Observes StartupEvent event) {
    if (config.demoData().enabled()) {
      long start = System.nanoTime();
      DemoDataWriter.Counts counts = writer.load();
      LOG.infof("Demo data present: %s (%d ms)", counts, (System.nanoTime() - start) / 1_000_000);
    }
    if (config.scaleData().instruments() > 0) {
      scale.topUp(config.scaleData().instruments());
    }
  }
}
