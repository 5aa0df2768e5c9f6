package cn.gfshare.instruments.common.outage;

import cn.gfshare.instruments.common.problem.DatabaseUnavailableProblem;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Turns the 500 of a request that could not reach the database into 503 database-unavailable with
 * Retry-After, whatever layer wrapped the driver's exception (Hibernate, the transaction manager,
 * Arc), and reports it to {@link DatabaseAvailability}. SQLState class 08 is the JDBC "connection
 * exception" class: refused or dropped connections, a server shutting down. A pool that is merely
 * busy times out without it and keeps its 500.
 */
@ApplicationScoped
public class DatabaseOutageProblems implements ProblemPostProcessor {

  @Inject DatabaseAvailability availability;

  @Override
  public HttpProblem apply(HttpProblem problem, ProblemContext context) {
    if (problem.getStatusCode() != 500 || !isConnectionFailure(context.cause)) {
      return problem;
    }
    availability.connectionFailed();
    return new DatabaseUnavailableProblem(availability.retryAfterSeconds());
  }

  static boolean isConnectionFailure(Throwable error) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = error; t != null && seen.put(t, true) == null; t = t.getCause()) {
      if (t instanceof JDBCConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
            return true;
          }
          if (seen.put(e, true) != null) {
            break;
          }
        }
      }
    }
    return false;
  }

  @Override
  public int priority() {
    // ahead of ProblemTypeDefaults (200) and the library's logger (101), which then log the 503
    return 300;
  }
}
