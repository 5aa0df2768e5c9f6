package cn.gfshare.instruments.catalog.dto;

import java.util.List;

/**
 * A node of the classification with its subtree; the count covers the subtree's non-retired
 * instruments.
 */
public record CategoryNode(
    String code,
    String name,
    String nameEn,
    int level,
    String path,
    long instrumentCount,
    List<CategoryNode> children) {}
