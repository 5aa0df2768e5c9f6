package cn.gfshare.instruments.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Curated kinds of instruments with real manufacturers, models and typical purchase prices (in
 * 10,000 CNY, 万元), from which the demo and scale data sets are drawn. The data lives in {@link
 * #RESOURCE}; its order is part of the data, because the demo catalog and the scale generator pick
 * kinds by position.
 */
final class InstrumentKinds {

  static final String RESOURCE = "/demo/instrument-kinds.json";

  private InstrumentKinds() {}

  // Jackson builds these through their canonical constructors, which a native image only allows
  // for registered classes.
  @RegisterForReflection
  record Model(String manufacturer, String model, int valueWan) {}

  @RegisterForReflection
  record Kind(
      String id,
      String categoryCode,
      String nameZh,
      String nameEn,
      String fieldZh,
      String fieldEn,
      String qualification,
      String sampleRequirements,
      List<String> techniques,
      List<Model> models) {
    Kind {
      // Jackson hands over mutable lists; every caller shares these kinds, so keep them read-only
      techniques = List.copyOf(techniques);
      models = List.copyOf(models);
    }
  }

  /** By id, in the order of the resource. */
  static final Map<String, Kind> ALL = load();

  private static Map<String, Kind> load() {
    // A plain mapper rather than Quarkus's: the demo catalog is also built outside a running
    // application (DemoCatalogTest). Strict settings turn a typo in the file into a start failure
    // instead of a silently missing value.
    ObjectMapper mapper =
        new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    List<Kind> kinds;
    try (InputStream in = InstrumentKinds.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      kinds = mapper.readValue(in, new TypeReference<List<Kind>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    Map<String, Kind> byId = new LinkedHashMap<>();
    for (Kind kind : kinds) {
      if (byId.put(kind.id(), kind) != null) {
        throw new IllegalStateException(RESOURCE + " lists kind " + kind.id() + " twice");
      }
    }
    return Collections.unmodifiableMap(byId);
  }
}
