package cn.gfshare.instruments.common;

import java.util.List;
import java.util.function.Function;

/** The envelope of every list endpoint. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

  public <R> PageResult<R> map(Function<T, R> f) {
    return new PageResult<>(items.stream().map(f).toList(), page, size, total);
  }
}
