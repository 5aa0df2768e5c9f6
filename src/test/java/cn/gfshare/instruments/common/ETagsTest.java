package cn.gfshare.instruments.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gfshare.instruments.common.problem.PreconditionFailedProblem;
import cn.gfshare.instruments.common.problem.PreconditionRequiredProblem;
import org.junit.jupiter.api.Test;

class ETagsTest {

  @Test
  void tagIsTheQuotedVersion() {
    assertThat(ETags.of(7)).isEqualTo("\"7\"");
  }

  @Test
  void ifMatchAcceptsTheCurrentTagInAListWeakenedOrAStar() {
    assertThat(ETags.matches("\"3\"", 3)).isTrue();
    assertThat(ETags.matches("\"1\", \"3\"", 3)).isTrue();
    assertThat(ETags.matches("W/\"3\"", 3)).isTrue();
    assertThat(ETags.matches("*", 3)).isTrue();
    assertThat(ETags.matches("\"2\"", 3)).isFalse();
    assertThat(ETags.matches("\"33\"", 3)).isFalse();
  }

  @Test
  void missingIfMatchIs428OnlyWhereRequired() {
    assertThatThrownBy(() -> ETags.require(null, 1))
        .isInstanceOf(PreconditionRequiredProblem.class);
    assertThatThrownBy(() -> ETags.require("\"0\"", 1))
        .isInstanceOf(PreconditionFailedProblem.class);
    assertThatCode(() -> ETags.checkIfPresent(null, 1)).doesNotThrowAnyException();
    assertThatThrownBy(() -> ETags.checkIfPresent("\"0\"", 1))
        .isInstanceOf(PreconditionFailedProblem.class);
  }
}
