package cn.gfshare.instruments.demo;

import cn.gfshare.instruments.common.GfConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Loads the deterministic demo data when {@code gf.demo-data.enabled} is on. Every step is an upsert
 * by natural key (institution code, lab code, instrument code …), so restarts and concurrent replicas
 * never duplicate rows.
 */
@ApplicationScoped
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

  @Inject GfConfig config;
  @Inject DemoDataWriter writer;

  void onStart(@Observes StartupEvent event) {
    if (!config.demoData().enabled()) {
      return;
    }
    DemoDataWriter.Counts counts = writer.load();
    LOG.infof("Demo data present: %s", counts);
  }
}
