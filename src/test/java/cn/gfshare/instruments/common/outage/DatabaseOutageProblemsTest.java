package cn.gfshare.instruments.common.outage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is unreachable", however they are wrapped. */
class DatabaseOutageProblemsTest {

  private static SQLException linkFailure() {
    return new SQLException("Communications link failure", "08S01");
  }

  @Test
  void aCommitThatLostItsConnectionIsAnOutage() {
    // how Narayana reports a failed commit: the driver's error only among the suppressed ones
    RollbackException rollback =
        new RollbackException("ARJUNA016053: Could not commit transaction.");
    XAException xa = new XAException("Error trying to transactionCommit local transaction");
    xa.initCause(linkFailure());
    rollback.addSuppressed(xa);

    assertThat(DatabaseOutageProblems.isConnectionFailure(new IllegalStateException(rollback)))
        .isTrue();
  }

  @Test
  void aConnectionErrorAnywhereInTheChainIsAnOutage() {
    SQLException first = new SQLException("deadlock", "40001");
    first.setNextException(linkFailure());
    assertThat(DatabaseOutageProblems.isConnectionFailure(new RuntimeException(first))).isTrue();
  }

  @Test
  void aBusyPoolOrAnotherSqlErrorIsNot() {
    assertThat(
            DatabaseOutageProblems.isConnectionFailure(
                new SQLTransientConnectionException("Sorry, acquisition timeout!")))
        .isFalse();
    RuntimeException cyclic = new RuntimeException("a");
    RuntimeException other = new RuntimeException("b", cyclic);
    cyclic.addSuppressed(other);
    assertThat(DatabaseOutageProblems.isConnectionFailure(cyclic)).isFalse();
    assertThat(DatabaseOutageProblems.isConnectionFailure(new SQLException("dup", "23000")))
        .isFalse();
  }
}
