package cn.gfshare.instruments.catalog;

/** What a bookable resource is. */
public enum ResourceKind {
  INSTRUMENT,
  EXPERT
}
