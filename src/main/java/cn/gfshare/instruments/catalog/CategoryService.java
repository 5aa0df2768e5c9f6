package cn.gfshare.instruments.catalog;

import cn.gfshare.instruments.catalog.dto.CategoryNode;
import cn.gfshare.instruments.catalog.dto.CategoryRef;
import cn.gfshare.instruments.catalog.dto.CityView;
import cn.gfshare.instruments.common.PageRequest;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.common.problem.NotFoundProblem;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The classification tree and the city list: reference data shipped by migrations. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CategoryService {

  public PageResult<CityView> cities(PageRequest page) {
    var q = City.<City>findAll(Sort.by("sortOrder").and("code")).page(page.page(), page.size());
    return new PageResult<>(
        q.list().stream().map(c -> new CityView(c.code, c.nameZh, c.nameEn, c.timeZone)).toList(),
        page.page(),
        page.size(),
        q.count());
  }

  /** Top-level classes with their subtrees, paged over the top level. */
  public PageResult<CategoryNode> tree(PageRequest page) {
    List<CategoryNode> roots = build(Category.listAll(Sort.by("path")), counts());
    int from = Math.min(page.offset(), roots.size());
    int to = Math.min(from + page.size(), roots.size());
    return new PageResult<>(roots.subList(from, to), page.page(), page.size(), roots.size());
  }

  public CategoryNode node(String code) {
    Category root = find(code).orElseThrow(() -> new NotFoundProblem("Category", code));
    List<Category> subtree = Category.list("path like ?1", Sort.by("path"), root.path + "%");
    return build(subtree, counts()).get(0);
  }

  public java.util.Optional<Category> find(String code) {
    return CategoryCode.isWellFormed(code)
        ? Category.findByIdOptional(code)
        : java.util.Optional.empty();
  }

  /** The codes of a category and everything below it (empty when the code is unknown). */
  public List<String> subtreeCodes(String code) {
    return find(code)
        .map(
            c ->
                Panache.getEntityManager()
                    .createQuery("select c.code from Category c where c.path like :p", String.class)
                    .setParameter("p", c.path + "%")
                    .getResultList())
        .orElse(List.of());
  }

  /** Top class first, the category itself last. */
  public List<CategoryRef> lineage(String code) {
    if (!CategoryCode.isWellFormed(code)) {
      return List.of();
    }
    List<Category> found =
        Category.list("code in ?1", Sort.by("level"), CategoryCode.lineage(code));
    return found.stream().map(CatalogViews::categoryRef).toList();
  }

  private Map<String, Long> counts() {
    List<Object[]> rows =
        Panache.getEntityManager()
            .createQuery(
                "select i.categoryCode, count(i) from Instrument i where i.status <> :retired group by i.categoryCode",
                Object[].class)
            .setParameter("retired", InstrumentStatus.RETIRED)
            .getResultList();
    Map<String, Long> rolled = new HashMap<>();
    for (Object[] row : rows) {
      String code = (String) row[0];
      long n = (Long) row[1];
      if (CategoryCode.isWellFormed(code)) {
        for (String ancestor : CategoryCode.lineage(code)) {
          rolled.merge(ancestor, n, Long::sum);
        }
      }
    }
    return rolled;
  }

  /** Builds the forest of the given nodes (sorted by path, so parents come before children). */
  private static List<CategoryNode> build(List<Category> sorted, Map<String, Long> counts) {
    Map<String, List<CategoryNode>> children = new HashMap<>();
    Map<String, Category> byCode = new LinkedHashMap<>();
    for (Category c : sorted) {
      byCode.put(c.code, c);
      children.put(c.code, new ArrayList<>());
    }
    // deepest first (and siblings last-to-first, prepended), so every child list is complete and in
    // path order before its parent node is made
    List<Category> deepestFirst = new ArrayList<>(sorted);
    deepestFirst.sort((a, b) -> b.level != a.level ? b.level - a.level : b.path.compareTo(a.path));
    Map<String, CategoryNode> nodes = new HashMap<>();
    for (Category c : deepestFirst) {
      CategoryNode node =
          new CategoryNode(
              c.code,
              c.nameZh,
              c.nameEn,
              c.level,
              c.path,
              counts.getOrDefault(c.code, 0L),
              List.copyOf(children.get(c.code)));
      nodes.put(c.code, node);
      if (c.parentCode != null && children.containsKey(c.parentCode)) {
        children.get(c.parentCode).add(0, node);
      }
    }
    List<CategoryNode> roots = new ArrayList<>();
    for (Category c : byCode.values()) {
      if (c.parentCode == null || !byCode.containsKey(c.parentCode)) {
        roots.add(nodes.get(c.code));
      }
    }
    return roots;
  }
}
