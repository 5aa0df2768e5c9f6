package cn.gfshare.instruments.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagListTest {

  @Test
  void joinTrimsDropsBlanksAndRepeatsKeepingOrder() {
    assertThat(TagList.join(Arrays.asList(" XRD", "", "XRR", "XRD", null, "GIXRD ")))
        .isEqualTo("XRD,XRR,GIXRD");
    assertThat(TagList.join(List.of())).isNull();
  }

  @Test
  void splitIsTheInverseOfJoin() {
    assertThat(TagList.split("SEM, EDS ,EBSD")).containsExactly("SEM", "EDS", "EBSD");
    assertThat(TagList.split(null)).isEmpty();
  }

  @Test
  void detectsAsciiAndFullWidthCommas() {
    assertThat(TagList.hasComma(List.of("a,b"))).isTrue();
    assertThat(TagList.hasComma(List.of("甲，乙"))).isTrue();
    assertThat(TagList.hasComma(List.of("a;b"))).isFalse();
  }
}
