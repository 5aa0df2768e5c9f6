package cn.gfshare.instruments.common.json;

import com.fasterxml.jackson.annotation.OptBoolean;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.math.BigDecimal;

/**
 * Reads request bodies strictly. Jackson's defaults guess what a careless client meant ({@code 1.5}
 * as 1, {@code "1"} or {@code 1} as true, the last of two equal keys, whatever follows the
 * document); a guess that books the wrong hour is worse than a 400 the client can fix.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

  /** Deeper than any request body of the API; bounds the parser's work on hostile input. */
  static final int MAX_NESTING_DEPTH = 64;

  @Override
  public int priority() {
    // last, after Quarkus's own customizers, so that these deserializers win over the JSR-310 ones
    return MINIMUM_PRIORITY;
  }

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
    mapper.enable(
        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.setDefaultLeniency(OptBoolean.FALSE.asBoolean());

    fail(
        mapper,
        LogicalType.Integer,
        CoercionInputShape.Float,
        CoercionInputShape.String,
        CoercionInputShape.Boolean,
        CoercionInputShape.EmptyString);
    fail(
        mapper,
        LogicalType.Float,
        CoercionInputShape.String,
        CoercionInputShape.Boolean,
        CoercionInputShape.EmptyString);
    fail(
        mapper,
        LogicalType.Boolean,
        CoercionInputShape.Integer,
        CoercionInputShape.Float,
        CoercionInputShape.String,
        CoercionInputShape.EmptyString);
    fail(
        mapper,
        LogicalType.Textual,
        CoercionInputShape.Integer,
        CoercionInputShape.Float,
        CoercionInputShape.Boolean);
    fail(
        mapper,
        LogicalType.Enum,
        CoercionInputShape.Integer,
        CoercionInputShape.Float,
        CoercionInputShape.EmptyString);

    // amounts of money may come as decimal strings ("3000000.00"), the usual way to keep a client's
    // float arithmetic away from them; anything but a decimal number in the string is still a 400
    mapper
        .coercionConfigFor(BigDecimal.class)
        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);

    mapper.registerModule(new BoundedTimeModule());
  }

  private static void fail(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }
}
