package org.invar.terraform.mapping.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.terraform.json.Json;
import org.invar.terraform.mapping.FinishingMapper;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.Resource;

/**
 * {@code aws_s3_bucket} to {@code bucket}: name, and versioning and default encryption from its
 * inline blocks (older providers); {@code aws_s3_bucket_versioning},
 * {@code aws_s3_bucket_server_side_encryption_configuration} and
 * {@code aws_s3_bucket_public_access_block} override them ({@link BucketSettingsMapper}).
 *
 * <p>What nothing sets: for a bucket a plan creates, AWS's defaults for new buckets (versioning
 * off; SSE-S3 encryption, on for every new bucket since January 2023; all four public access
 * blocks, on for every new bucket since April 2023, unless its {@code acl} makes it public: then
 * the configuration wants it public, and public access is not blocked). For a bucket that exists
 * already, unknown: a state does not record settings no resource manages.
 */
public final class BucketMapper implements FinishingMapper {
    private static final Set<String> PUBLIC_ACLS = Set.of("public-read", "public-read-write", "authenticated-read");

    private final List<Resource> buckets = new ArrayList<>();

    @Override
    public List<String> types() {
        return List.of("aws_s3_bucket");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("bucket", "versioning", "server_side_encryption_configuration", "acl");
    }

    @Override
    public Set<String> lookupKeys() {
        return Set.of("bucket");
    }

    @Override
    public String family() {
        return "bucket";
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder bucket = ctx.entity(r);
        ctx.copy(r, bucket).string("name", "bucket");
        if (!r.unknown("versioning") && r.count("versioning") > 0) {
            ctx.copy(r, bucket).bool("versioning", "versioning", 0, "enabled");
        }
        Json sse = r.value("server_side_encryption_configuration");
        if (!r.unknown("server_side_encryption_configuration") && sse instanceof Json.Arr arr) {
            bucket.set("encrypted", !arr.items().isEmpty());
        }
        buckets.add(r);
    }

    @Override
    public void finish(MappingContext ctx) {
        for (Resource r : buckets) {
            EntityBuilder bucket = ctx.builder().entity("bucket", r.address());
            boolean created = r.record().created();
            String notRecorded = " of " + r.address() + " is not recorded in this " + (ctx.isPlan() ? "plan" : "state");
            if (bucket.attribute("versioning").isEmpty()) {
                if (created) {
                    bucket.set("versioning", false);
                } else {
                    bucket.unknown("versioning", "versioning" + notRecorded);
                }
            }
            if (bucket.attribute("encrypted").isEmpty()) {
                if (created) {
                    bucket.set("encrypted", true);
                } else {
                    bucket.unknown("encrypted", "default encryption" + notRecorded);
                }
            }
            if (bucket.attribute("public_access_blocked").isEmpty()) {
                if (r.value("acl").string().filter(PUBLIC_ACLS::contains).isPresent()) {
                    bucket.set("public_access_blocked", false);
                } else if (created) {
                    bucket.set("public_access_blocked", true);
                } else {
                    bucket.unknown("public_access_blocked", "the public access block" + notRecorded
                            + " (no aws_s3_bucket_public_access_block for it)");
                }
            }
        }
    }
}
