package cn.gfshare.instruments.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CategoryCodeTest {

  @Test
  void pathListsTheLineageWithTrailingSlash() {
    assertThat(CategoryCode.path("01")).isEqualTo("01/");
    assertThat(CategoryCode.path("0101")).isEqualTo("01/0101/");
    assertThat(CategoryCode.path("010101")).isEqualTo("01/0101/010101/");
  }

  @Test
  void subtreeIsAPathPrefix() {
    assertThat(CategoryCode.path("010203"))
        .startsWith(CategoryCode.path("0102"))
        .startsWith(CategoryCode.path("01"));
    assertThat(CategoryCode.path("020101")).doesNotStartWith(CategoryCode.path("01"));
  }

  @Test
  void levelAndParent() {
    assertThat(CategoryCode.level("15")).isEqualTo(1);
    assertThat(CategoryCode.level("150101")).isEqualTo(3);
    assertThat(CategoryCode.parent("150101")).isEqualTo("1501");
    assertThat(CategoryCode.parent("15")).isNull();
    assertThat(CategoryCode.lineage("0105")).containsExactly("01", "0105");
  }

  @Test
  void rejectsMalformedCodes() {
    assertThat(CategoryCode.isWellFormed("1")).isFalse();
    assertThat(CategoryCode.isWellFormed("01010101")).isFalse();
    assertThat(CategoryCode.isWellFormed("01a1")).isFalse();
    assertThat(CategoryCode.isWellFormed(null)).isFalse();
    assertThatThrownBy(() -> CategoryCode.path("SEM")).isInstanceOf(IllegalArgumentException.class);
  }
}
