package org.invar.terraform.mapping;

import java.util.List;
import java.util.Set;

/**
 * Maps the resources of some Terraform types to entities of the model. Each declares the
 * top-level attributes it reads, so the reader keeps only those while it streams the file.
 *
 * <pre>{@code
 * final class VpcMapper implements ResourceMapper {
 *     public List<String> types() { return List.of("aws_vpc"); }
 *     public Set<String> attributes() { return Set.of("cidr_block"); }
 *     public String family() { return "vpc"; }
 *     public void map(Resource r, MappingContext ctx) {
 *         ctx.copy(r, ctx.entity(r)).string("id", "id").string("cidr", "cidr_block");
 *     }
 * }
 * }</pre>
 */
public interface ResourceMapper {
    /** The resource types it maps, such as {@code aws_lb} and {@code aws_alb}. */
    List<String> types();

    /** The top-level attributes it reads; {@code id} and {@code arn} are always kept. */
    Set<String> attributes();

    /**
     * What other resources find its instances as, by value or reference: the entity kind it
     * makes ({@code subnet}), or a name of its own for a resource that makes no entity but is
     * read by others ({@code db_subnet_group}).
     */
    String family();

    /** Whether {@link #family()} is the kind of the entity it makes, with the resource address as id. */
    default boolean makesEntity() {
        return true;
    }

    /**
     * The kinds of the entities it makes from parts of a resource, with {@link MappingContext#child}
     * (a route table's inline {@code route}s are routes).
     */
    default Set<String> partKinds() {
        return Set.of();
    }

    /** Attributes other than {@code id} and {@code arn} that other resources name it by ({@code name}). */
    default Set<String> lookupKeys() {
        return Set.of();
    }

    /**
     * Attributes whose value is built from other resources' names ({@code resource_id =
     * "service/${cluster}/${aws_ecs_service.s.name}"}): in an evaluated configuration, the resources
     * their expression names are its references even where the names taken from them are known,
     * as a plan's configuration lists them.
     */
    default Set<String> namingAttributes() {
        return Set.of();
    }

    /** Whether data sources of its types are mapped too ({@code data.aws_subnet}: an existing subnet). */
    default boolean readsDataSources() {
        return false;
    }

    /**
     * When it runs: 0 for resources that make entities; 1 for those that need other entities'
     * facts (a NAT gateway's AZ is its subnet's) or add to other entities (bucket versioning).
     */
    default int phase() {
        return 0;
    }

    void map(Resource r, MappingContext ctx);
}
