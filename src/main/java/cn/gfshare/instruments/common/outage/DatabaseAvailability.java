package cn.gfshare.instruments.common.outage;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSource.FlushMode;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Whether the database is known to be unreachable, so requests can be answered 503 at once instead
 * of each one trying to connect first.
 *
 * <p>Only a failed connection (SQLState class 08, reported by {@link DatabaseOutageProblems})
 * starts the check, never a busy pool: a burst of bookings that waits for a connection keeps the
 * pool's full acquisition timeout. The check opens one new connection; if that fails too, the
 * database counts as down until a later attempt (every {@code gf.database.probe-interval}) gets
 * one, so a restarted database is used again within about one interval, without a restart of the
 * service.
 */
@ApplicationScoped
public class DatabaseAvailability {

  private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class);

  @Inject AgroalDataSource dataSource;

  @ConfigProperty(name = "gf.database.probe-interval", defaultValue = "PT0.1S")
  Duration probeInterval;

  @ConfigProperty(name = "gf.database.retry-after", defaultValue = "PT1S")
  Duration retryAfter;

  private volatile boolean down;
  private volatile Instant downSince;
  private final AtomicBoolean probing = new AtomicBoolean();
  private final ExecutorService prober =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "gf-database-probe");
            t.setDaemon(true);
            return t;
          });

  public boolean isDown() {
    return down;
  }

  /** Seconds a client should wait before retrying while the database is down (at least 1). */
  public long retryAfterSeconds() {
    return Math.max(1, retryAfter.toSeconds());
  }

  /** A request failed to reach the database: find out whether the database is down. */
  public void connectionFailed() {
    if (probing.compareAndSet(false, true)) {
      prober.execute(this::probeUntilReachable);
    }
  }

  private void probeUntilReachable() {
    try {
      while (!reachable()) {
        if (!down) {
          down = true;
          downSince = Instant.now();
          LOG.warnf("Database unreachable: answering 503 on /api until a connection succeeds");
          // the pooled connections died with the server (or the network); closing the idle ones
          // now keeps them from failing the first requests once the database is back
          dataSource.flush(FlushMode.GRACEFUL);
        }
        Thread.sleep(probeInterval.toMillis());
      }
      if (down) {
        down = false;
        LOG.infof(
            "Database reachable again after %d ms",
            Duration.between(downSince, Instant.now()).toMillis());
      } else {
        // a single connection failed while the server is up (restarted between two requests,
        // killed, timed out): drop the other idle connections that died the same way
        dataSource.flush(FlushMode.INVALID);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      probing.set(false);
    }
  }

  private boolean reachable() {
    long t0 = System.nanoTime();
    try {
      // a new connection, not a pooled one: pooled ones may be fine while the server refuses new
      // ones, and a new one joins the pool when it succeeds
      return dataSource.isHealthy(true);
    } catch (SQLException | RuntimeException e) {
      LOG.debugf("Database probe failed after %d ms: %s", (System.nanoTime() - t0) / 1_000_000, e);
      return false;
    }
  }

  @PreDestroy
  void stop() {
    prober.shutdownNow();
  }
}
