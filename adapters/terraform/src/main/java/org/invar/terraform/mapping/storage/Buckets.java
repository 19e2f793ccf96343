package org.invar.terraform.mapping.storage;

import java.util.List;
import org.invar.model.EntityBuilder;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;

/** The bucket entities a bucket-level resource ({@code aws_s3_bucket_versioning}, ...) names by {@code bucket}. */
final class Buckets {
    private Buckets() {
    }

    static List<EntityBuilder> of(MappingContext ctx, Resource r) {
        return ctx.ids(r, "bucket", "bucket").stream().map(id -> ctx.builder().entity("bucket", id)).toList();
    }
}
