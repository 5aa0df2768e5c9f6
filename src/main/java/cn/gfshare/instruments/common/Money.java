package cn.gfshare.instruments.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An exact CNY amount with two decimals. Rounding is half-up, once, where an amount is made. */
public record Money(BigDecimal amount) implements Comparable<Money> {

  public static final Money ZERO = new Money(BigDecimal.ZERO);

  public Money {
    Objects.requireNonNull(amount, "amount");
    amount = amount.setScale(2, RoundingMode.HALF_UP);
  }

  public static Money of(String amount) {
    return new Money(new BigDecimal(amount));
  }

  public static Money of(BigDecimal amount) {
    return new Money(amount);
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  /** Multiplies by an exact quantity (hours, samples, a share) and rounds the product once. */
  public Money times(BigDecimal quantity) {
    return new Money(amount.multiply(quantity));
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  @Override
  public int compareTo(Money o) {
    return amount.compareTo(o.amount);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " CNY";
  }
}
