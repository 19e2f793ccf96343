package org.invar.terraform.mapping.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.invar.model.EntityBuilder;
import org.invar.schema.RdsEnginePorts;
import org.invar.terraform.json.Json;
import org.invar.terraform.mapping.Found;
import org.invar.terraform.mapping.MappingContext;
import org.invar.terraform.mapping.ProviderDefaults;
import org.invar.terraform.mapping.Resource;
import org.invar.terraform.mapping.ResourceMapper;
import org.invar.terraform.read.ResourceRecord;

/**
 * {@code aws_db_instance} to {@code db_instance}: its identifier as {@code id}, engine, Multi-AZ,
 * public accessibility, storage encryption, deletion protection, port, VPC security groups, the
 * subnets of its DB subnet group, and its AZ when known. The flags default to false, as in RDS;
 * a port the configuration does not set is the engine's default.
 */
public final class DbInstanceMapper implements ResourceMapper {
    @Override
    public List<String> types() {
        return List.of("aws_db_instance");
    }

    @Override
    public Set<String> attributes() {
        return Set.of("identifier", "engine", "multi_az", "publicly_accessible", "storage_encrypted",
                "deletion_protection", "port", "vpc_security_group_ids", "db_subnet_group_name", "availability_zone",
                "replicate_source_db", "snapshot_identifier");
    }

    @Override
    public String family() {
        return "db_instance";
    }

    @Override
    public void map(Resource r, MappingContext ctx) {
        EntityBuilder db = ctx.entity(r);
        ctx.copy(r, db).string("id", "identifier").string("engine", "engine").boolOr("multi_az", false, "multi_az")
                .boolOr("publicly_accessible", false, "publicly_accessible")
                .boolOr("storage_encrypted", false, "storage_encrypted")
                .boolOr("deletion_protection", false, "deletion_protection").integer("port", "port");
        ResourceRecord record = r.record();
        if (!r.unknown("storage_encrypted") && r.value("storage_encrypted").isNull()
                && ProviderDefaults.inheritsEncryption(record.values().members(),
                        record.unknown() instanceof Json.Obj masks ? masks.members() : Map.of())) {
            // A read replica or a snapshot's restore is encrypted as its source is, which is not in the input.
            db.unknown("storage_encrypted", r.address() + " does not set storage_encrypted and takes its encryption"
                    + " from its source (replicate_source_db or snapshot_identifier)");
        }
        if (r.unknown("port") && !ctx.configured(r, "port")) {
            // Known after apply, yet certain: RDS gives an instance its engine's default port.
            r.value("engine").string().flatMap(RdsEnginePorts::defaultPort)
                    .ifPresent(port -> db.set("port", port));
        }
        ctx.linkIfSet(db, "security_group", r, "vpc_security_group_ids");
        if (ctx.configured(r, "db_subnet_group_name") || !r.strings("db_subnet_group_name").isEmpty()) {
            Found groups = ctx.find(r, "db_subnet_group", "db_subnet_group_name");
            for (ResourceRecord group : groups.records()) {
                ctx.link(db, "subnet", new Resource(group), "subnet_ids");
            }
            if (groups.records().isEmpty() && groups.unknown() != null) {
                db.unknownRelation("subnet", groups.unknown());
            } else if (groups.records().isEmpty() && !groups.unmatched().isEmpty()) {
                db.unknownRelation("subnet", "the DB subnet group " + groups.unmatched().get(0)
                        + " is not described in this " + (ctx.isPlan() ? "plan" : "state"));
            }
        }
        Optional<String> zone = r.value("availability_zone").string().filter(z -> !z.isEmpty());
        if (zone.isPresent() && !r.unknown("availability_zone")) {
            db.relate("az", ctx.az(zone.get()));
        } else if (r.unknown("availability_zone")) {
            db.unknownRelation("az", "availability_zone of " + r.address() + " is known after apply");
        }
    }
}
