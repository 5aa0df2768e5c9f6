package cn.gfshare.instruments.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * A named MySQL/MariaDB advisory lock ({@code GET_LOCK}) held on a connection of its own until
 * {@link #close()}, so work done in separate transactions meanwhile (and committed) is finished
 * before another replica gets the lock. Correctness still rests on unique keys; the lock only keeps
 * replicas that start together from racing into them.
 */
public final class DbLock implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(DbLock.class);

  private final Connection connection;
  private final String name;
  private final boolean held;

  private DbLock(Connection connection, String name, boolean held) {
    this.connection = connection;
    this.name = name;
    this.held = held;
  }

  /**
   * Waits up to {@code timeoutSeconds}; on timeout logs and returns an unheld lock (callers go on).
   */
  public static DbLock acquire(DataSource dataSource, String name, int timeoutSeconds) {
    try {
      Connection c = dataSource.getConnection();
      try (PreparedStatement st = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
        st.setString(1, name);
        st.setInt(2, timeoutSeconds);
        try (ResultSet rs = st.executeQuery()) {
          boolean held = rs.next() && rs.getInt(1) == 1;
          if (!held) {
            LOG.warnf(
                "Lock %s not obtained within %d s; going on without it", name, timeoutSeconds);
          }
          return new DbLock(c, name, held);
        }
      } catch (SQLException | RuntimeException e) {
        c.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take database lock " + name, e);
    }
  }

  public boolean held() {
    return held;
  }

  @Override
  public void close() {
    try (connection) {
      if (held) {
        try (PreparedStatement st = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
          st.setString(1, name);
          st.executeQuery().close();
        }
      }
    } catch (SQLException e) {
      // closing the connection releases the lock anyway
      LOG.debugf(e, "Releasing lock %s", name);
    }
  }
}
