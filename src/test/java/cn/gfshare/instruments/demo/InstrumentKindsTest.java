package cn.gfshare.instruments.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gfshare.instruments.demo.InstrumentKinds.Kind;
import cn.gfshare.instruments.demo.InstrumentKinds.Model;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The curated kinds are a data file; a bad edit should fail here, not in a seeded database. */
class InstrumentKindsTest {

  // level-3 rows of the category inserts: ('010101', '0101', 3, ...
  private static final Pattern LEVEL3_ROW = Pattern.compile("\\('(\\d{6})', '\\d{4}', 3, ");

  @Test
  void theFileParsesIntoUniqueKindsInItsOwnOrder() throws IOException {
    InstrumentKinds.ALL.forEach((id, kind) -> assertThat(kind.id()).isEqualTo(id));
    List<String> idsInFile = new ArrayList<>();
    try (InputStream in = InstrumentKinds.class.getResourceAsStream(InstrumentKinds.RESOURCE)) {
      new ObjectMapper().readTree(in).forEach(node -> idsInFile.add(node.get("id").asText()));
    }
    assertThat(idsInFile).hasSizeGreaterThanOrEqualTo(100);
    // DemoCatalog and ScaleDataGenerator pick kinds by position
    assertThat(List.copyOf(InstrumentKinds.ALL.keySet())).isEqualTo(idsInFile);
  }

  @Test
  void everyKindIsCompleteAndInAKnownLeafCategory() throws IOException {
    Set<String> leaves = leafCategoriesFromMigrations();
    assertThat(leaves).isNotEmpty();
    for (Kind kind : InstrumentKinds.ALL.values()) {
      assertThat(kind.categoryCode()).as(kind.id()).isIn(leaves);
      assertThat(Stream.of(kind.nameZh(), kind.nameEn(), kind.fieldZh(), kind.fieldEn()))
          .as(kind.id())
          .allSatisfy(s -> assertThat(s).isNotBlank());
      assertThat(kind.sampleRequirements()).as(kind.id()).isNotBlank();
      assertThat(kind.techniques())
          .as(kind.id())
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t).isNotBlank());
      assertThat(kind.models()).as(kind.id()).isNotEmpty();
      for (Model model : kind.models()) {
        assertThat(model.manufacturer()).as(kind.id()).isNotBlank();
        assertThat(model.model()).as(kind.id()).isNotBlank();
        assertThat(model.valueWan()).as(kind.id() + " " + model.model()).isPositive();
      }
    }
  }

  @Test
  void kindsAreReadOnly() {
    Kind sem = InstrumentKinds.ALL.get("SEM");
    assertThat(sem.techniques()).isUnmodifiable();
    assertThat(sem.models()).isUnmodifiable();
    assertThat(InstrumentKinds.ALL).isUnmodifiable();
  }

  /** The categories the database will hold: instruments reference them by foreign key. */
  private static Set<String> leafCategoriesFromMigrations() throws IOException {
    Set<String> codes = new HashSet<>();
    try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
        Matcher m = LEVEL3_ROW.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    return codes;
  }
}
