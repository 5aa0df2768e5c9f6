package cn.gfshare.instruments.catalog.rest;

import cn.gfshare.instruments.catalog.CategoryService;
import cn.gfshare.instruments.catalog.dto.CategoryNode;
import cn.gfshare.instruments.catalog.dto.CityView;
import cn.gfshare.instruments.common.PageResult;
import cn.gfshare.instruments.common.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(
    name = "Categories",
    description = "Reference data: the instrument classification and the participating cities")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

  @Inject CategoryService categories;

  @GET
  @Path("categories")
  @Operation(
      operationId = "listCategories",
      summary = "The classification tree",
      description =
          "Public. Pages over the top-level classes; each carries its whole subtree and the count of non-retired instruments in it.")
  @APIResponse(responseCode = "200", description = "Top-level classes with subtrees")
  public PageResult<CategoryNode> tree(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
    return categories.tree(QueryParams.page(page, size));
  }

  @GET
  @Path("categories/{code}")
  @Operation(operationId = "getCategory", summary = "One category with its subtree")
  @APIResponse(responseCode = "200", description = "The category and its subtree")
  @APIResponse(responseCode = "404", description = "No such category")
  public CategoryNode node(@PathParam("code") String code) {
    return categories.node(code);
  }

  @GET
  @Path("cities")
  @Operation(
      operationId = "listCities",
      summary = "Participating cities",
      description = "Data, not an enum: more Greater Bay Area cities can join.")
  public PageResult<CityView> cities(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
      @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size) {
    return categories.cities(QueryParams.page(page, size));
  }
}
