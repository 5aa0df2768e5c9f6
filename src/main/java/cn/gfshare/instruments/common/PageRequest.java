package cn.gfshare.instruments.common;

import cn.gfshare.instruments.common.problem.RuleViolation;

/** Validated paging parameters: {@code page} is 0-based, {@code size} 1..200 (default 20). */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 0) {
      throw new RuleViolation("paging", "page must be >= 0");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new RuleViolation("paging", "size must be between 1 and " + MAX_SIZE);
    }
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
  }

  public int offset() {
    return page * size;
  }
}
