package org.invar.terraform.mapping.storage;

import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.model.Value;
import org.invar.terraform.mapping.AttributeCopy;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;

/**
 * The bucket-level resources of AWS provider 4 and later, set on the bucket they name:
 * <ul>
 *   <li>{@code aws_s3_bucket_versioning}: {@code versioning} is whether
 *       {@code versioning_configuration.status} is {@code Enabled};</li>
 *   <li>{@code aws_s3_bucket_server_side_encryption_configuration}: {@code encrypted} when it
 *       has a rule;</li>
 *   <li>{@code aws_s3_bucket_public_access_block}: {@code public_access_blocked} when all four
 *       blocks are on.</li>
 * </ul>
 * Runs after the buckets, and wins over their inline blocks.
 */
public final class BucketSettingsMapper implements ResourceMapper {
    private static final List<String> BLOCKS = List.of("block_public_acls", "block_public_policy",
            "ignore_public_acls", "restrict_public_buckets");

    @Override
    public List<String> types() {
        return List.of("aws_s3_bucket_versioning", "aws_s3_bucket_server_side_encryption_configuration",
                "aws_s3_bucket_public_access_block");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("bucket", "versioning_configuration", "rule", "block_public_acls", "block_public_policy",
                "ignore_public_acls", "restrict_public_buckets");
    }

    @Override
    public String family() {
        return "bucket_settings";
    }

    @Override
    public boolean makesEntity() {
        return false;
    }

    @Override
    public int phase() {
        return 1;
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        Value value = switch (r.type()) {
            case "aws_s3_bucket_versioning" -> versioning(r);
            case "aws_s3_bucket_server_side_encryption_configuration" ->
                    r.unknownWhole("rule") ? Value.unknown(AttributeCopy.AFTER_APPLY) : Value.of(r.count("rule") > 0);
            default -> publicAccessBlocked(r);
        };
        String attribute = switch (r.type()) {
            case "aws_s3_bucket_versioning" -> "versioning";
            case "aws_s3_bucket_server_side_encryption_configuration" -> "encrypted";
            default -> "public_access_blocked";
        };
        for (EntityBuilder bucket : Buckets.of(ctx, r)) {
            bucket.set(attribute, value);
        }
    }

    private static Value versioning(Resource r) {
        Object[] status = {"versioning_configuration", 0, "status"};
        if (r.unknown(status)) {
            return Value.unknown("versioning status of " + r.address() + " is " + AttributeCopy.AFTER_APPLY);
        }
        return Value.of(r.value(status).string().map("Enabled"::equals).orElse(false));
    }

    private static Value publicAccessBlocked(Resource r) {
        boolean all = true;
        for (String block : BLOCKS) {
            if (r.unknown(block)) {
                return Value.unknown(block + " of " + r.address() + " is " + AttributeCopy.AFTER_APPLY);
            }
            all &= r.value(block).bool().orElse(false);
        }
        return Value.of(all);
    }
}
