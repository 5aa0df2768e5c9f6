package cn.gfshare.instruments.billing;

import cn.gfshare.instruments.common.Money;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A money amount on the wire: a string with exactly two decimals (never a binary float) and its
 * currency, e.g. {@code {"amount":"123.50","currency":"CNY"}}.
 */
@Schema(description = "An exact amount: a decimal string with exactly two places, and its currency")
public record Amount(
    @Schema(pattern = "^-?[0-9]+\\.[0-9]{2}$", examples = "123.50") String amount,
    @Schema(enumeration = "CNY") String currency) {

  public static final String CNY = "CNY";

  public static Amount of(Money m) {
    return new Amount(m.amount().toPlainString(), CNY);
  }

  public static Amount of(BigDecimal b) {
    return b == null ? null : of(Money.of(b));
  }
}
