package org.invar.terraform.mapping;

/**
 * A mapper with work to do once every resource is mapped: defaults for what no other resource
 * set (a bucket without an {@code aws_s3_bucket_versioning}), or facts that need every entity
 * (the AZ of a NAT gateway from its subnet's).
 */
public interface FinishingMapper extends ResourceMapper {
    void finish(MappingContext ctx);
}
